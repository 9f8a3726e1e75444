package dev.dovetail.runtime.sync.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import dev.dovetail.runtime.codec.RecordCodec;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Applies a {@link MappingPlan} to one source record, streaming: the source JSON is read token by token and the
 * destination item written as it goes, no {@code Map} in between. The result is a destination item as JSON text,
 * decoded by the destination's generated codec like any other input.
 *
 * <p>A synapse Record ({@code {"id", "deleted", "values": {…}, …}}) maps its {@code values}; a deleted Record
 * becomes a delete item ({@code "_isDeleted": true}) whose key comes from {@code values}, or from the Record's
 * {@code id} when the key is filled from the id attribute. A flat record (a JSON Lines line) maps its top-level
 * fields and keeps its {@code _isDeleted} flag.
 */
public final class RecordMapper {

  /** A record the mapping cannot be applied to; the message says which field and why. */
  public static final class MappingFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean malformed;

    MappingFailure(String message, boolean malformed) {
      super(message, null, false, false);
      this.malformed = malformed;
    }

    /** Whether the record was not valid JSON (or not an object) at all, rather than not mappable. */
    public boolean malformed() {
      return malformed;
    }
  }

  /** The shape of the source records. */
  public enum Shape {
    /** A Syncari Record: fields under {@code values}, {@code deleted} and {@code id} beside them. */
    RECORD,
    /** A flat object, fields at the top level, {@code _isDeleted} for deletes. */
    FLAT
  }

  private final JsonFactory json;
  private final MappingPlan plan;
  private final Shape shape;
  private final BufferRecycler recycler = new BufferRecycler();

  public RecordMapper(JsonFactory json, MappingPlan plan, Shape shape) {
    this.json = json;
    this.plan = plan;
    this.shape = shape;
  }

  /** The destination item for {@code source}, as JSON text. */
  public String map(String source) throws MappingFailure {
    SegmentedStringWriter out = new SegmentedStringWriter(recycler);
    try (JsonParser p = json.createParser(source); JsonGenerator g = json.createGenerator(out)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MappingFailure("not a JSON object", true);
      }
      Record record = new Record(plan.keyTargets().size());
      g.writeStartObject();
      if (shape == Shape.RECORD) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          switch (name) {
            case "values" -> {
              if (value == JsonToken.START_OBJECT) {
                fields(p, g, record);
              } else if (value != JsonToken.VALUE_NULL) {
                throw new MappingFailure("'values' must be an object, got " + value.asString(), true);
              }
            }
            case "id" -> record.id = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
            case "deleted" -> record.deleted = value == JsonToken.VALUE_TRUE;
            default -> p.skipChildren();
          }
        }
      } else {
        fields(p, g, record);
      }
      if (p.nextToken() != null) {
        throw new MappingFailure("unexpected content after the JSON object", true);
      }
      fillKeyFromId(g, record);
      if (record.deleted) {
        g.writeBooleanField(RecordCodec.DELETED_FLAG, true);
      }
      g.writeEndObject();
      g.flush();
      return out.getAndClear();
    } catch (JsonProcessingException e) {
      throw new MappingFailure("malformed JSON: " + firstLine(e.getOriginalMessage()), true);
    } catch (IOException e) {
      throw new MappingFailure("cannot read the record: " + e.getMessage(), true);
    }
  }

  /** The fields of the object the parser is in, up to its END_OBJECT. */
  private void fields(JsonParser p, JsonGenerator g, Record record) throws IOException, MappingFailure {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (shape == Shape.FLAT && name.equals(RecordCodec.DELETED_FLAG)) {
        record.deleted = p.currentToken() == JsonToken.VALUE_TRUE;
        continue;
      }
      MappingPlan.Target[] targets = plan.targets(name);
      if (targets == null) {
        p.skipChildren();
        continue;
      }
      if (targets.length == 1) {
        write(p, g, targets[0], name, record);
      } else {
        // One source field, several destination fields: read the value once, write it to each.
        String raw = raw(p);
        for (MappingPlan.Target target : targets) {
          try (JsonParser again = json.createParser(raw)) {
            again.nextToken();
            write(again, g, target, name, record);
          }
        }
      }
    }
  }

  private void write(JsonParser p, JsonGenerator g, MappingPlan.Target target, String source, Record record)
      throws IOException, MappingFailure {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      g.writeNullField(target.field());
      return;
    }
    switch (target.conversion()) {
      case COPY -> {
        g.writeFieldName(target.field());
        copyExactly(p, g);
      }
      case TEXT -> {
        if (!token.isScalarValue()) {
          throw new MappingFailure(source + " → " + target.field() + ": expected a single value, got "
              + describe(token), false);
        }
        g.writeStringField(target.field(), p.getText());
      }
      case INTEGER -> g.writeNumberField(target.field(), integer(p, token, source, target));
    }
    if (target.keyIndex() >= 0) {
      record.keyFilled[target.keyIndex()] = true;
    }
  }

  private static long integer(JsonParser p, JsonToken token, String source, MappingPlan.Target target)
      throws IOException, MappingFailure {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return Long.parseLong(p.getText().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new MappingFailure(source + " → " + target.field() + " (" + target.type() + "): '" + p.getText()
        + "' is not a whole number", false);
  }

  /** A deleted Record may carry its key only as {@code id}: fill key fields the id attribute maps to. */
  private void fillKeyFromId(JsonGenerator g, Record record) throws IOException, MappingFailure {
    for (MappingPlan.Target target : plan.keyTargets()) {
      if (record.keyFilled[target.keyIndex()] || !target.fromId() || record.id == null) {
        continue;
      }
      if (target.type().equals("int") || target.type().equals("long")) {
        try {
          g.writeNumberField(target.field(), Long.parseLong(record.id.trim()));
        } catch (NumberFormatException e) {
          throw new MappingFailure("id '" + record.id + "' → " + target.field() + " (" + target.type()
              + "): not a whole number", false);
        }
      } else {
        g.writeStringField(target.field(), record.id);
      }
      record.keyFilled[target.keyIndex()] = true;
    }
  }

  private String raw(JsonParser p) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator copy = json.createGenerator(text)) {
      copyExactly(p, copy);
    }
    return text.toString();
  }

  /**
   * Copies the value at the parser, numbers as their text: {@code copyCurrentStructure} would read {@code 12.50}
   * as a double and write {@code 12.5}, and lose digits of large decimals (amounts of money).
   */
  private static void copyExactly(JsonParser p, JsonGenerator g) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
      case START_OBJECT -> {
        g.writeStartObject();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          g.writeFieldName(p.currentName());
          p.nextToken();
          copyExactly(p, g);
        }
        g.writeEndObject();
      }
      case START_ARRAY -> {
        g.writeStartArray();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          copyExactly(p, g);
        }
        g.writeEndArray();
      }
      default -> g.copyCurrentEvent(p);
    }
  }

  private static String describe(JsonToken token) {
    return token == JsonToken.START_OBJECT ? "an object" : token == JsonToken.START_ARRAY ? "a list" : token.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** What one record told on the way. */
  private static final class Record {
    final boolean[] keyFilled;
    String id;
    boolean deleted;

    Record(int keys) {
      this.keyFilled = new boolean[keys];
    }
  }
}
