package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.RequestType;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the top level of a request envelope: {@code type}, {@code connection} (decoded), {@code body} (kept as its
 * JSON text), {@code host}, {@code syncariId}, {@code requestId}; other keys are skipped.
 *
 * <p>Two streaming passes: the first only checks that the text is one JSON value (so "not JSON at all" is told apart
 * from a JSON envelope with a problem), the second reads the fields.
 */
final class EnvelopeParser {
  /** Types that act on the connection; the others (synapse info, and types answered 405) may come without one. */
  private static final Set<RequestType> NEED_CONNECTION = EnumSet.of(RequestType.TEST, RequestType.DESCRIBE,
      RequestType.READ, RequestType.GET_BY_ID, RequestType.CREATE, RequestType.UPDATE, RequestType.DELETE);

  private EnvelopeParser() {}

  /**
   * The envelope, or a {@link RequestFailure}: {@link RequestFailure#malformed()} when the text is not JSON, else a
   * 400 naming what is missing or wrong.
   */
  static Envelope parse(String text) throws RequestFailure {
    requireJson(text);
    try (JsonParser p = Json.FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw RequestFailure.invalid("the request must be a JSON object");
      }
      Fields fields = new Fields();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        fields.read(field, p, text);
      }
      return fields.toEnvelope();
    } catch (ConnectionJson.InvalidConnectionException e) {
      throw RequestFailure.invalid(e.getMessage());
    } catch (IOException e) {
      // Cannot happen after requireJson: the same text parsed once already.
      throw RequestFailure.malformed("unreadable request: " + e.getClass().getSimpleName());
    }
  }

  /** Fails with a malformed-request failure unless {@code text} is exactly one JSON value. */
  private static void requireJson(String text) throws RequestFailure {
    if (text == null || text.isBlank()) {
      throw RequestFailure.malformed("the request body is empty");
    }
    try (JsonParser p = Json.FACTORY.createParser(text)) {
      p.nextToken();
      p.skipChildren();
      if (p.nextToken() != null) {
        throw RequestFailure.malformed("unexpected content after the request object at line "
            + p.currentTokenLocation().getLineNr() + ", column " + p.currentTokenLocation().getColumnNr());
      }
    } catch (JsonProcessingException e) {
      // Jackson's own message may quote the input, which may hold a secret: only the position is reported.
      throw RequestFailure.malformed("malformed JSON" + Json.at(e));
    } catch (IOException e) {
      throw RequestFailure.malformed("unreadable request: " + e.getClass().getSimpleName());
    }
  }

  /** The top-level fields as read; the last of a repeated key wins. */
  private static final class Fields {
    private String type;
    private boolean typeNotText;
    private Connection connection;
    private String body;
    private boolean bodyNotObject;
    private String host;
    private String syncariId;
    private String requestId;

    void read(String field, JsonParser p, String text) throws IOException {
      switch (field) {
        case "type" -> {
          JsonToken token = p.currentToken();
          typeNotText = token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL;
          type = token == JsonToken.VALUE_STRING ? p.getText().trim() : null;
          p.skipChildren();
        }
        case "connection" -> connection =
            p.currentToken() == JsonToken.VALUE_NULL ? null : ConnectionJson.read(p, "connection");
        case "body" -> readBody(p, text);
        case "host" -> host = Json.scalarText(p);
        case "syncariId" -> syncariId = Json.scalarText(p);
        case "requestId" -> requestId = Json.scalarText(p);
        default -> p.skipChildren();
      }
    }

    /** Keeps the body object's text: its span in the envelope, found from the token offsets. */
    private void readBody(JsonParser p, String text) throws IOException {
      JsonToken token = p.currentToken();
      body = null;
      bodyNotObject = token != JsonToken.START_OBJECT && token != JsonToken.VALUE_NULL;
      if (token != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      int start = (int) p.currentTokenLocation().getCharOffset();
      p.skipChildren();
      int end = (int) p.currentTokenLocation().getCharOffset() + 1;
      body = text.substring(start, end);
    }


    Envelope toEnvelope() throws RequestFailure {
      RequestType requestType = requestType();
      if (connection == null && NEED_CONNECTION.contains(requestType)) {
        throw RequestFailure.invalid("the request has no 'connection'");
      }
      if (bodyNotObject) {
        throw RequestFailure.invalid("'body' must be a JSON object");
      }
      return new Envelope(requestType, connection, body, host, syncariId, requestId);
    }

    private RequestType requestType() throws RequestFailure {
      if (typeNotText) {
        throw RequestFailure.invalid("'type' must be a string");
      }
      if (type == null || type.isEmpty()) {
        throw RequestFailure.invalid("the request has no 'type'");
      }
      try {
        return RequestType.valueOf(type);
      } catch (IllegalArgumentException e) {
        String shown = type.length() > 40 ? type.substring(0, 37) + "..." : type;
        throw RequestFailure.invalid("unknown request type '" + shown + "'");
      }
    }
  }
}
