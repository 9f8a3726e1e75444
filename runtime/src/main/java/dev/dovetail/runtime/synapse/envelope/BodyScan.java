package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request body says besides its records, read in the envelope's single pass ({@link EnvelopeParser}). The
 * body's {@code entity} is a whole Schema object and may come after {@code data}; only its {@code apiName} is needed,
 * and it decides how the records are decoded (a second pass over the body's text, {@link InputRecords}).
 *
 * <p>A problem in these fields (e.g. a watermark without {@code start}) does not stop the envelope's pass: it is kept
 * in {@code problem} and thrown by {@link #checked()}, i.e. only for the request types that read the body, and after
 * the checks of the envelope itself, as when the body was scanned on its own.
 *
 * @param entity the entity's apiName ({@code entity.apiName}, or {@code entity} itself when sent as a string), or
 *     {@code null}
 * @param entities {@code DESCRIBE}'s entity names, or {@code null} when absent
 * @param watermark {@code READ}'s watermark, or {@code null} when absent
 * @param problem the first problem met in the body (the other components are then {@code null}), or {@code null}
 */
record BodyScan(String entity, List<String> entities, Watermark watermark, RequestFailure problem) {

  static final BodyScan EMPTY = new BodyScan(null, null, null, null);

  /** This scan, or its problem thrown. */
  BodyScan checked() throws RequestFailure {
    if (problem != null) {
      throw problem;
    }
    return this;
  }

  /** Reads the body object at the parser's {@code START_OBJECT}; leaves the parser on its {@code END_OBJECT}. */
  static BodyScan read(JsonParser p) throws IOException {
    int outside = p.getParsingContext().getParent().getNestingDepth();
    String entity = null;
    List<String> entities = null;
    Watermark watermark = null;
    try {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        switch (field) {
          case "entity" -> entity = entityName(p);
          case "entities" -> entities = token == JsonToken.VALUE_NULL ? null : names(p);
          case "watermark" -> watermark = token == JsonToken.VALUE_NULL ? null : Watermark.read(p);
          default -> p.skipChildren();
        }
      }
    } catch (RequestFailure problem) {
      Json.skipRestOfValue(p, outside);
      return new BodyScan(null, null, null, problem);
    }
    return new BodyScan(entity, entities, watermark, null);
  }

  private static String entityName(JsonParser p) throws IOException, RequestFailure {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw RequestFailure.invalid("body.entity must be a Schema object");
    }
    String apiName = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("apiName") && value == JsonToken.VALUE_STRING) {
        apiName = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return apiName;
  }

  private static List<String> names(JsonParser p) throws IOException, RequestFailure {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw RequestFailure.invalid("body.entities must be an array of entity names");
    }
    List<String> names = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw RequestFailure.invalid("body.entities must be an array of entity names");
      }
      names.add(p.getText());
    }
    return names;
  }
}
