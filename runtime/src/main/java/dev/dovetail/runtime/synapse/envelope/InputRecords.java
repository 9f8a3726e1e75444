package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.codec.RecordDecodeException;
import dev.dovetail.runtime.codec.ValueCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The second pass over a request body: the records of {@code data}. Each record's {@code id} and
 * {@code syncariEntityId} are read; its {@code values} object, when wanted, is decoded with the entity's codec from
 * its own text, so a record whose values do not fit the entity costs that record only.
 */
final class InputRecords {
  private InputRecords() {}

  /** Ids only (GET_BY_ID, DELETE): {@code values} is skipped. */
  static List<InputRecord<Void>> ids(String body) throws IOException, RequestFailure {
    return read(body, null);
  }

  /** Ids only, typed for an operation on entity {@code T} (the values stay {@code null}). */
  static <T> List<InputRecord<T>> typedIds(String body) throws IOException, RequestFailure {
    return read(body, null);
  }

  /** With {@code values} decoded by {@code codec} (CREATE, UPDATE). */
  static <T> List<InputRecord<T>> decoded(String body, ValueCodec<T> codec) throws IOException, RequestFailure {
    return read(body, codec);
  }

  private static <T> List<InputRecord<T>> read(String body, ValueCodec<T> codec) throws IOException, RequestFailure {
    List<InputRecord<T>> records = new ArrayList<>();
    if (body == null) {
      return records;
    }
    try (JsonParser p = Json.FACTORY.createParser(body)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        if (!field.equals("data") || token == JsonToken.VALUE_NULL) {
          p.skipChildren();
          continue;
        }
        if (token != JsonToken.START_ARRAY) {
          throw RequestFailure.invalid("body.data must be an array of records");
        }
        records.clear();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          records.add(record(p, body, records.size(), codec));
        }
      }
    }
    return records;
  }

  private static <T> InputRecord<T> record(JsonParser p, String body, int index, ValueCodec<T> codec)
      throws IOException, RequestFailure {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw RequestFailure.invalid("body.data[" + index + "] must be a Record object");
    }
    String id = null;
    String syncariEntityId = null;
    String values = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      switch (field) {
        case "id" -> id = Json.scalarText(p);
        case "syncariEntityId" -> syncariEntityId = Json.scalarText(p);
        case "values" -> values = codec != null && token == JsonToken.START_OBJECT ? span(p, body) : skip(p);
        default -> p.skipChildren();
      }
    }
    if (codec == null) {
      return new InputRecord<>(index, id, syncariEntityId, null, null);
    }
    if (values == null) {
      return new InputRecord<>(index, id, syncariEntityId, null, "data[" + index + "] has no values object");
    }
    try (JsonParser valuesParser = Json.FACTORY.createParser(values)) {
      valuesParser.nextToken();
      return new InputRecord<>(index, id, syncariEntityId, codec.decode(valuesParser), null);
    } catch (RecordDecodeException e) {
      return new InputRecord<>(index, id, syncariEntityId, null, "data[" + index + "].values: " + e.getMessage());
    }
  }

  private static String span(JsonParser p, String body) throws IOException {
    int start = (int) p.currentTokenLocation().getCharOffset();
    p.skipChildren();
    int end = (int) p.currentTokenLocation().getCharOffset() + 1;
    return body.substring(start, end);
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

}
