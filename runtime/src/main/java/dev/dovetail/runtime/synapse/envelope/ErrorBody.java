package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.synapse.RequestType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The contract's error body: exactly {@code {"status_code", "message", "detail"}}, no other key (the platform's strict
 * parse would otherwise not see an error). Messages follow the SDK's texts, {@code RequestType.X} included.
 */
public record ErrorBody(int statusCode, String message, String detail) {

  static final int BAD_REQUEST = 400;
  static final int NOT_FOUND = 404;
  static final int NOT_SUPPORTED = 405;
  static final int TOO_MANY_REQUESTS = 429;
  static final int INTERNAL_ERROR = 500;

  public ErrorBody {
    message = message == null ? "" : message;
  }

  /** The SDK's answer to an operation the synapse does not implement. */
  static ErrorBody notSupported(RequestType type) {
    return new ErrorBody(NOT_SUPPORTED, "Operation " + type.sdkName() + " is not supported", null);
  }

  /** The SDK's answer to an exception that is not a synapse error. */
  static ErrorBody failed(RequestType type, String detail) {
    return new ErrorBody(BAD_REQUEST, "Failed to execute request " + type.sdkName(), detail);
  }

  /** An {@link Error} of the author's code (a bug in the synapse, not in the request): 500, the SDK's message. */
  static ErrorBody crashed(RequestType type, String detail) {
    return new ErrorBody(INTERNAL_ERROR, "Failed to execute request " + type.sdkName(), detail);
  }

  /** The SDK's answer to a handler result of the wrong type (Dovetail: also {@code null} or a wrong count). */
  static ErrorBody invalidResponse(RequestType type, String what) {
    return new ErrorBody(BAD_REQUEST, "Invalid response type for request " + type.sdkName(), "The response: " + what);
  }

  /** An entity the synapse does not have: 400, not 404, which GET_BY_ID would read as "no records". */
  static ErrorBody unknownEntity(String synapse, String apiName, List<String> known) {
    return new ErrorBody(BAD_REQUEST, "Unknown entity '" + apiName + "'",
        "synapse " + synapse + " has the entities " + String.join(", ", known));
  }

  /** An envelope Dovetail cannot act on: not JSON, no or unknown type, no connection. */
  static ErrorBody invalidRequest(String detail) {
    return new ErrorBody(BAD_REQUEST, "Invalid request", detail);
  }

  /**
   * The error in a reply body, when the body is exactly an error object: {@code status_code} (an integer) and
   * {@code message} present and no key but those and {@code detail} — the platform's strict reading (§8.1).
   */
  public static Optional<ErrorBody> parse(String json) throws IOException {
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Integer status = null;
      String message = null;
      String detail = null;
      boolean hasMessage = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        switch (field) {
          case "status_code" -> {
            if (token != JsonToken.VALUE_NUMBER_INT) {
              return Optional.empty();
            }
            status = p.getIntValue();
          }
          case "message" -> {
            hasMessage = token == JsonToken.VALUE_STRING;
            message = hasMessage ? p.getText() : null;
          }
          case "detail" -> detail = token == JsonToken.VALUE_NULL ? null : token == JsonToken.VALUE_STRING ? p.getText() : Json.copyValue(p);
          default -> {
            return Optional.empty();
          }
        }
      }
      return status != null && hasMessage ? Optional.of(new ErrorBody(status, message, detail)) : Optional.empty();
    }
  }

  /** 429, 502, 503, 504: the platform calls again later. */
  public boolean retriable() {
    return statusCode == TOO_MANY_REQUESTS || statusCode == 502 || statusCode == 503 || statusCode == 504;
  }

  /** One line for a per-record {@code errors} entry or a log: {@code status 429: Quota exceeded (retry after 2 s)}. */
  public String summary() {
    return "status " + statusCode + ": " + message + (detail == null ? "" : " (" + detail + ")");
  }

  public String toJson() {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeNumberField("status_code", statusCode);
      g.writeStringField("message", message);
      g.writeStringField("detail", detail);
      g.writeEndObject();
    });
  }
}
