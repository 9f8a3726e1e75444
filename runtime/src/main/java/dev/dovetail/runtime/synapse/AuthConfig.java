package dev.dovetail.runtime.synapse;

import java.util.Map;

/**
 * The credentials part of a {@link Connection} ({@code connection.authConfig}). Every field may be null. Secret
 * values never appear in {@link #toString()}.
 *
 * @param lastRefreshed when the token was last refreshed, as the platform sent it (ISO-8601 text; the platform sends
 *     null); kept so that a connection returned by {@code TEST} echoes it
 * @param additionalHeaders values of auth fields that are not standard fields, by field name; all treated as secret
 */
public record AuthConfig(
    String endpoint,
    String userName,
    String password,
    String clientId,
    String clientSecret,
    String redirectUri,
    String token,
    String accessToken,
    String refreshToken,
    String expiresIn,
    String lastRefreshed,
    Map<String, String> additionalHeaders) {

  /** The standard field names of {@code authConfig}; other auth fields travel in {@code additionalHeaders}. */
  public static final java.util.List<String> STANDARD_FIELDS = java.util.List.of("endpoint", "userName", "password",
      "clientId", "clientSecret", "redirectUri", "token", "accessToken", "refreshToken", "expiresIn");

  /** Standard fields that always hold secrets. */
  public static final java.util.Set<String> SECRET_FIELDS =
      java.util.Set.of("password", "clientSecret", "token", "accessToken", "refreshToken");

  public AuthConfig {
    additionalHeaders = additionalHeaders == null ? Map.of() : Map.copyOf(additionalHeaders);
  }

  /** Without {@code lastRefreshed}. */
  public AuthConfig(String endpoint, String userName, String password, String clientId, String clientSecret,
      String redirectUri, String token, String accessToken, String refreshToken, String expiresIn,
      Map<String, String> additionalHeaders) {
    this(endpoint, userName, password, clientId, clientSecret, redirectUri, token, accessToken, refreshToken, expiresIn,
        null, additionalHeaders);
  }

  /** Only an endpoint, e.g. for tests and the platform's placeholder connection. */
  public static AuthConfig ofEndpoint(String endpoint) {
    return new AuthConfig(endpoint, null, null, null, null, null, null, null, null, null, null, Map.of());
  }

  /** A standard field by name, else an additional header; {@code null} when absent. */
  public String field(String name) {
    switch (name) {
      case "endpoint": return endpoint;
      case "userName": return userName;
      case "password": return password;
      case "clientId": return clientId;
      case "clientSecret": return clientSecret;
      case "redirectUri": return redirectUri;
      case "token": return token;
      case "accessToken": return accessToken;
      case "refreshToken": return refreshToken;
      case "expiresIn": return expiresIn;
      default: return additionalHeaders.get(name);
    }
  }

  @Override
  public String toString() {
    return "AuthConfig{endpoint=" + endpoint + ", userName=" + userName + ", secrets=<redacted>}";
  }
}
