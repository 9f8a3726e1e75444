package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes a {@link Connection} as the contract's JSON object (§4).
 *
 * <p>Reading is lenient: every field may be absent or null, a number or boolean where a string belongs is taken as
 * its text, map entries with a null value are dropped, and keys of the connection that Dovetail does not model (the
 * platform adds e.g. {@code endpoint}) are kept as raw JSON in {@link Connection#extra()}. Unknown keys inside
 * {@code authConfig} are dropped, as the SDK drops them. Problems name the field but never quote a value: a value
 * may be a secret.
 *
 * <p>Writing emits every field, unset ones as {@code null} (maps as {@code {}}, sorted by key), then the extra keys
 * with their values unchanged.
 */
public final class ConnectionJson {
  private ConnectionJson() {}

  /** A connection in JSON that is not usable; the message names the field, never a value. */
  public static final class InvalidConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvalidConnectionException(String message) {
      super(message);
    }
  }

  /** Parses a whole document holding one connection object (e.g. a {@code --connection} file). */
  public static Connection parse(String json) throws InvalidConnectionException {
    try (JsonParser parser = Json.FACTORY.createParser(json)) {
      parser.nextToken();
      Connection connection = read(parser, "connection");
      if (parser.nextToken() != null) {
        throw new InvalidConnectionException("unexpected content after the connection object");
      }
      return connection;
    } catch (InvalidConnectionException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw new InvalidConnectionException("malformed JSON" + Json.at(e));
    } catch (IOException e) {
      throw new InvalidConnectionException("cannot read the connection: " + e.getClass().getSimpleName());
    }
  }

  /** The connection as one JSON object. */
  public static String toJson(Connection connection) {
    return Json.write(g -> write(connection, g));
  }

  /** Reads the connection object at the parser's current {@code START_OBJECT}; leaves the parser on its end. */
  static Connection read(JsonParser p, String path) throws IOException {
    requireObject(p, path);
    String name = null;
    AuthConfig auth = null;
    String idField = null;
    String watermarkField = null;
    String createdAtField = null;
    String updatedAtField = null;
    String redirectUrl = null;
    Map<String, String> meta = null;
    Map<String, String> extra = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> name = text(p, path, field);
        case "authConfig" -> auth = p.currentToken() == JsonToken.VALUE_NULL ? null : readAuth(p, path.concat(".authConfig"));
        case "idFieldName" -> idField = text(p, path, field);
        case "watermarkFieldName" -> watermarkField = text(p, path, field);
        case "createdAtFieldName" -> createdAtField = text(p, path, field);
        case "updatedAtFieldName" -> updatedAtField = text(p, path, field);
        case "oAuthRedirectUrl" -> redirectUrl = text(p, path, field);
        case "metaConfig" -> meta = readMap(p, path.concat(".metaConfig"));
        default -> extra.put(field, Json.copyValue(p));
      }
    }
    return new Connection(name, auth, idField, watermarkField, createdAtField, updatedAtField, redirectUrl, meta, extra);
  }

  private static AuthConfig readAuth(JsonParser p, String path) throws IOException {
    requireObject(p, path);
    Map<String, String> values = new TreeMap<>();
    Map<String, String> headers = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("additionalHeaders")) {
        headers = readMap(p, path.concat(".additionalHeaders"));
      } else if (field.equals("lastRefreshed") || AuthConfig.STANDARD_FIELDS.contains(field)) {
        values.put(field, text(p, path, field));
      } else {
        p.skipChildren();
      }
    }
    return new AuthConfig(values.get("endpoint"), values.get("userName"), values.get("password"),
        values.get("clientId"), values.get("clientSecret"), values.get("redirectUri"), values.get("token"),
        values.get("accessToken"), values.get("refreshToken"), values.get("expiresIn"), values.get("lastRefreshed"),
        headers);
  }

  /** A string map; scalars as their text, nested values as their JSON text, null entries dropped. */
  private static Map<String, String> readMap(JsonParser p, String path) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    requireObject(p, path);
    Map<String, String> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken token = p.nextToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        map.put(key, Json.copyValue(p));
      } else if (token != JsonToken.VALUE_NULL) {
        map.put(key, p.getText());
      }
    }
    return map;
  }

  /**
   * The text of {@code path.field}. The name is put together only for the error ({@code String.concat} above): a
   * {@code +} on every field would make a synapse's first request bootstrap string concatenation.
   */
  private static String text(JsonParser p, String path, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token.isScalarValue()) {
      return p.getText();
    }
    throw new InvalidConnectionException(path + "." + field + " must be a string, not "
        + (token == JsonToken.START_ARRAY ? "an array" : "an object"));
  }

  private static void requireObject(JsonParser p, String path) throws InvalidConnectionException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new InvalidConnectionException(path + " must be a JSON object");
    }
  }

  /** Writes every field of the connection, nulls included, then its extra keys (sorted) as they came. */
  static void write(Connection c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    g.writeFieldName("authConfig");
    writeAuth(c.authConfig(), g);
    g.writeStringField("idFieldName", c.idFieldName());
    g.writeStringField("watermarkFieldName", c.watermarkFieldName());
    g.writeStringField("createdAtFieldName", c.createdAtFieldName());
    g.writeStringField("updatedAtFieldName", c.updatedAtFieldName());
    g.writeStringField("oAuthRedirectUrl", c.oAuthRedirectUrl());
    g.writeFieldName("metaConfig");
    writeMap(c.metaConfig(), g);
    for (Map.Entry<String, String> entry : new TreeMap<>(c.extra()).entrySet()) {
      g.writeFieldName(entry.getKey());
      g.writeRawValue(entry.getValue());
    }
    g.writeEndObject();
  }

  private static void writeAuth(AuthConfig a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (String field : AuthConfig.STANDARD_FIELDS) {
      g.writeStringField(field, a.field(field));
    }
    g.writeStringField("lastRefreshed", a.lastRefreshed());
    g.writeFieldName("additionalHeaders");
    writeMap(a.additionalHeaders(), g);
    g.writeEndObject();
  }

  private static void writeMap(Map<String, String> map, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
      g.writeStringField(entry.getKey(), entry.getValue());
    }
    g.writeEndObject();
  }
}
