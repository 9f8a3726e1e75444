package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass over a request body: everything but the records. The body's {@code entity} is a whole Schema object
 * and may come after {@code data}; only its {@code apiName} is needed, and it decides how the records are decoded
 * (second pass, {@link InputRecords}).
 *
 * @param entity the entity's apiName ({@code entity.apiName}, or {@code entity} itself when sent as a string), or
 *     {@code null}
 * @param entities {@code DESCRIBE}'s entity names, or {@code null} when absent
 * @param watermark {@code READ}'s watermark, or {@code null} when absent
 */
record BodyScan(String entity, List<String> entities, Watermark watermark) {

  static final BodyScan EMPTY = new BodyScan(null, null, null);

  /** Scans the body text ({@code null}: an absent body). */
  static BodyScan of(String body) throws IOException, RequestFailure {
    if (body == null) {
      return EMPTY;
    }
    String entity = null;
    List<String> entities = null;
    Watermark watermark = null;
    try (JsonParser p = Json.FACTORY.createParser(body)) {
      p.nextToken();
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
    }
    return new BodyScan(entity, entities, watermark);
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
