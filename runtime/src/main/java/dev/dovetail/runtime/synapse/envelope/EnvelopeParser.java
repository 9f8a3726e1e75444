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
 * JSON text, its fields other than the records scanned on the way: {@link BodyScan}), {@code host}, {@code syncariId},
 * {@code requestId}; other keys are skipped.
 *
 * <p>One streaming pass. A syntax error anywhere makes the request "not JSON at all"; only once the whole text has
 * parsed are the problems found on the way (a bad connection, a missing type) reported, so the two stay apart.
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
    if (text == null || text.isBlank()) {
      throw RequestFailure.malformed("the request body is empty");
    }
    Fields fields = new Fields();
    try (JsonParser p = Json.FACTORY.createParser(text)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        int depth = p.getParsingContext().getNestingDepth();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          fields.read(field, p, text, depth);
        }
      } else {
        fields.notObject = true;
        p.skipChildren();
      }
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
    return fields.toEnvelope();
  }

  /** The top-level fields as read; the last of a repeated key wins. */
  private static final class Fields {
    private boolean notObject;
    private String type;
    private boolean typeNotText;
    private Connection connection;
    /** The first problem of a connection, which the envelope reports before any other. */
    private String connectionProblem;
    private String body;
    private BodyScan scan = BodyScan.EMPTY;
    private boolean bodyNotObject;
    private String host;
    private String syncariId;
    private String requestId;

    /** Reads {@code field}'s value, the parser on its first token; {@code depth}: the envelope object's depth. */
    void read(String field, JsonParser p, String text, int depth) throws IOException {
      switch (field) {
        case "type" -> {
          JsonToken token = p.currentToken();
          typeNotText = token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL;
          type = token == JsonToken.VALUE_STRING ? p.getText().trim() : null;
          p.skipChildren();
        }
        case "connection" -> readConnection(p, depth);
        case "body" -> readBody(p, text);
        case "host" -> host = Json.scalarText(p);
        case "syncariId" -> syncariId = Json.scalarText(p);
        case "requestId" -> requestId = Json.scalarText(p);
        default -> p.skipChildren();
      }
    }

    private void readConnection(JsonParser p, int depth) throws IOException {
      try {
        connection = p.currentToken() == JsonToken.VALUE_NULL ? null : ConnectionJson.read(p, "connection");
      } catch (ConnectionJson.InvalidConnectionException e) {
        if (connectionProblem == null) {
          connectionProblem = e.getMessage();
        }
        Json.skipRestOfValue(p, depth);
      }
    }

    /** Scans the body object and keeps its text: its span in the envelope, found from the token offsets. */
    private void readBody(JsonParser p, String text) throws IOException {
      JsonToken token = p.currentToken();
      body = null;
      scan = BodyScan.EMPTY;
      bodyNotObject = token != JsonToken.START_OBJECT && token != JsonToken.VALUE_NULL;
      if (token != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      int start = (int) p.currentTokenLocation().getCharOffset();
      scan = BodyScan.read(p);
      int end = (int) p.currentTokenLocation().getCharOffset() + 1;
      body = text.substring(start, end);
    }

    Envelope toEnvelope() throws RequestFailure {
      if (notObject) {
        throw RequestFailure.invalid("the request must be a JSON object");
      }
      if (connectionProblem != null) {
        throw RequestFailure.invalid(connectionProblem);
      }
      RequestType requestType = requestType();
      if (connection == null && NEED_CONNECTION.contains(requestType)) {
        throw RequestFailure.invalid("the request has no 'connection'");
      }
      if (bodyNotObject) {
        throw RequestFailure.invalid("'body' must be a JSON object");
      }
      return new Envelope(requestType, connection, body, scan, host, syncariId, requestId);
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
