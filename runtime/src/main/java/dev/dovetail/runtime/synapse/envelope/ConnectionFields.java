package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the connection the platform would send for field values a user entered (§3.2): standard auth fields
 * ({@code endpoint}, {@code token}, …) go to {@code authConfig}, the synapse's {@code configuredFields} to
 * {@code metaConfig}, any other field to {@code authConfig.additionalHeaders}. The connection's name is the synapse's.
 */
public final class ConnectionFields {
  private ConnectionFields() {}

  public static Connection connection(SynapseDispatcher dispatcher, Map<String, String> values) {
    Set<String> configured = configuredFieldNames(dispatcher.synapseInfoJson());
    Map<String, String> auth = new TreeMap<>();
    Map<String, String> meta = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String name = entry.getKey();
      if (AuthConfig.STANDARD_FIELDS.contains(name)) {
        auth.put(name, entry.getValue());
      } else if (configured.contains(name)) {
        meta.put(name, entry.getValue());
      } else {
        headers.put(name, entry.getValue());
      }
    }
    AuthConfig authConfig = new AuthConfig(auth.get("endpoint"), auth.get("userName"), auth.get("password"),
        auth.get("clientId"), auth.get("clientSecret"), auth.get("redirectUri"), auth.get("token"),
        auth.get("accessToken"), auth.get("refreshToken"), auth.get("expiresIn"), null, headers);
    return new Connection(dispatcher.name(), authConfig, null, null, null, null, null, meta, Map.of());
  }

  /** The names in SynapseInfo's {@code configuredFields}; none when the JSON has none or cannot be read. */
  static Set<String> configuredFieldNames(String synapseInfoJson) {
    Set<String> names = new LinkedHashSet<>();
    if (synapseInfoJson == null) {
      return names;
    }
    try (JsonParser p = Json.FACTORY.createParser(synapseInfoJson)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return names;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        if (field.equals("configuredFields") && token == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.START_OBJECT) {
              names.add(nameOf(p));
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // Generated JSON is well-formed; if not, every non-standard field is treated as an auth field.
      return Set.of();
    }
    names.remove(null);
    return names;
  }

  private static String nameOf(JsonParser p) throws IOException {
    String name = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      if (field.equals("name") && token == JsonToken.VALUE_STRING) {
        name = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return name;
  }
}
