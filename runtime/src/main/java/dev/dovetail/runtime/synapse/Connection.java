package dev.dovetail.runtime.synapse;

import java.util.Map;

/**
 * The connection the platform sends with every request ({@code connection}): its name, credentials and the
 * values of configured fields. {@code TEST} may return an enriched copy (minted tokens, {@code metaConfig}
 * entries), which the platform stores and sends back on every later call.
 *
 * @param extra keys of the connection object Dovetail does not model, kept as raw JSON text so they are echoed back
 */
public record Connection(
    String name,
    AuthConfig authConfig,
    String idFieldName,
    String watermarkFieldName,
    String createdAtFieldName,
    String updatedAtFieldName,
    String oAuthRedirectUrl,
    Map<String, String> metaConfig,
    Map<String, String> extra) {

  public Connection {
    authConfig = authConfig == null ? AuthConfig.ofEndpoint(null) : authConfig;
    metaConfig = metaConfig == null ? Map.of() : Map.copyOf(metaConfig);
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  public static Connection of(String name, AuthConfig authConfig) {
    return new Connection(name, authConfig, null, null, null, null, null, Map.of(), Map.of());
  }

  /**
   * A connection field declared with {@code @Synapse(connectionFields = ...)}: a standard auth field, else an
   * additional header, else a {@code metaConfig} entry; {@code null} when absent.
   */
  public String field(String name) {
    String value = authConfig.field(name);
    return value != null ? value : metaConfig.get(name);
  }

  /** {@code authConfig.endpoint}; the platform ends it with '/'. */
  public String endpoint() {
    return authConfig.endpoint();
  }

  /** A copy with extra {@code metaConfig} entries (for {@code TEST} to return). */
  public Connection withMetaConfig(Map<String, String> entries) {
    java.util.Map<String, String> merged = new java.util.TreeMap<>(metaConfig);
    merged.putAll(entries);
    return new Connection(name, authConfig, idFieldName, watermarkFieldName, createdAtFieldName, updatedAtFieldName,
        oAuthRedirectUrl, merged, extra);
  }

  @Override
  public String toString() {
    return "Connection{name=" + name + ", " + authConfig + "}";
  }
}
