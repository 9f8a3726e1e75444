package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.DeliverResult;
import java.io.IOException;
import java.io.StringWriter;

/**
 * {@code DestinationDeliverResult} as JSON. Written with the SDK's spelling {@code retryable}; read leniently
 * (spec §6): {@code retriable} is accepted too, {@code retryable} wins when both appear, an absent flag is false, and
 * unknown keys are ignored.
 */
public final class DeliverResults {
  private static final JsonFactory JSON = new JsonFactory();

  private DeliverResults() {}

  public static DeliverResult fromJson(String json) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      DeliverResult result = read(p);
      if (p.nextToken() != null) {
        throw new RecordDecodeException(null, "unexpected content after the deliver result");
      }
      return result;
    }
  }

  /** Reads the object at the parser's current {@code START_OBJECT}; leaves the parser on its {@code END_OBJECT}. */
  public static DeliverResult read(JsonParser p) throws IOException {
    JsonReaders.expectObject(p, "a deliver result");
    boolean success = false;
    Boolean retryable = null;
    Boolean retriable = null;
    String failureReason = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "success" -> success = JsonReaders.readBoolean(p, name);
        case "retryable" -> retryable = JsonReaders.readBooleanObject(p, name);
        case "retriable" -> retriable = JsonReaders.readBooleanObject(p, name);
        case "failureReason" -> failureReason = JsonReaders.readString(p, name);
        default -> p.skipChildren();
      }
    }
    boolean retry = retryable != null ? retryable : retriable != null && retriable;
    return new DeliverResult(success, retry, failureReason);
  }

  /** {@code {"success":false,"retryable":true,"failureReason":"..."}}; the flag only when the batch failed. */
  public static String toJson(DeliverResult result) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeBooleanField("success", result.success());
      if (!result.success()) {
        g.writeBooleanField("retryable", result.retryable());
      }
      if (result.failureReason() != null) {
        g.writeStringField("failureReason", result.failureReason());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return out.toString();
  }
}
