package dev.dovetail.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.codec.RecordCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * Turns what a converter made of a record's key or value into the JSON text the generated codec reads: JSON text
 * as is ({@code String} from StringConverter, {@code byte[]} from ByteArrayConverter), and Connect data
 * ({@code Map} from JsonConverter with {@code schemas.enable=false}, {@code Struct} from converters with schemas)
 * written field by field. Timestamps and dates ({@code java.util.Date}) become epoch milliseconds, OCP having no
 * time type; bytes become base64.
 */
final class ConnectJson {
  private static final JsonFactory JSON = new JsonFactory();

  /** A key or value that cannot become a record. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private ConnectJson() {}

  /** The JSON text of a record value (non-null). */
  static String value(Object value) throws Unreadable {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof Map<?, ?> || value instanceof Struct) {
      StringWriter out = new StringWriter();
      try (JsonGenerator generator = JSON.createGenerator(out)) {
        write(value, generator);
      } catch (IOException e) {
        throw new Unreadable("cannot write the value as JSON: " + e.getMessage());
      }
      return out.toString();
    }
    throw new Unreadable("a value of type " + value.getClass().getName() + " is not a record; use a converter that"
        + " gives JSON text, a Map or a Struct (StringConverter, ByteArrayConverter, JsonConverter)");
  }

  /**
   * The delete item for a tombstone: the key's fields (a JSON object, a Map or a Struct), or the key itself as the
   * only primary field, plus {@code "_isDeleted": true}.
   */
  static String deleteItem(Object key, List<String> primaryKey) throws Unreadable {
    if (key == null) {
      throw new Unreadable("a tombstone (null value) needs the primary key (" + String.join(", ", primaryKey)
          + ") in the record key, and this record has no key");
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.writeStartObject();
      String text = key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
          : key instanceof String s ? s : null;
      if (text != null && text.trim().startsWith("{")) {
        copyFields(text, generator);
      } else if (key instanceof Map<?, ?> || key instanceof Struct) {
        writeFields(key, generator, true);
      } else if (primaryKey.size() == 1) {
        generator.writeFieldName(primaryKey.get(0));
        write(text != null ? text : key, generator);
      } else {
        throw new Unreadable("the key of a tombstone must be an object with the primary fields "
            + String.join(", ", primaryKey) + ", got " + describe(key));
      }
      generator.writeBooleanField(RecordCodec.DELETED_FLAG, true);
      generator.writeEndObject();
    } catch (IOException e) {
      throw new Unreadable("the key of a tombstone is not a JSON object: " + firstLine(e.getMessage()));
    }
    return out.toString();
  }

  private static void copyFields(String json, JsonGenerator generator) throws IOException, Unreadable {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (RecordCodec.DELETED_FLAG.equals(name)) {
          parser.skipChildren();
          continue;
        }
        generator.writeFieldName(name);
        generator.copyCurrentStructure(parser);
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new Unreadable("the key of a tombstone is not one JSON object: " + json);
      }
    }
  }

  /** The fields of a Map or Struct; a key's own {@code _isDeleted} is left out ({@code skipFlag}), the caller adds it. */
  private static void writeFields(Object object, JsonGenerator generator, boolean skipFlag)
      throws IOException, Unreadable {
    if (object instanceof Struct struct) {
      for (Field field : struct.schema().fields()) {
        if (!skipFlag || !RecordCodec.DELETED_FLAG.equals(field.name())) {
          generator.writeFieldName(field.name());
          write(struct.get(field), generator);
        }
      }
    } else {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) object).entrySet()) {
        String name = String.valueOf(entry.getKey());
        if (!skipFlag || !RecordCodec.DELETED_FLAG.equals(name)) {
          generator.writeFieldName(name);
          write(entry.getValue(), generator);
        }
      }
    }
  }

  private static void write(Object value, JsonGenerator generator) throws IOException, Unreadable {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String s) {
      generator.writeString(s);
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof Float || value instanceof Double) {
      generator.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else if (value instanceof Date date) {
      generator.writeNumber(date.getTime());
    } else if (value instanceof byte[] bytes) {
      generator.writeBinary(bytes);
    } else if (value instanceof ByteBuffer buffer) {
      byte[] bytes = new byte[buffer.remaining()];
      buffer.duplicate().get(bytes);
      generator.writeBinary(bytes);
    } else if (value instanceof Map<?, ?> || value instanceof Struct) {
      generator.writeStartObject();
      writeFields(value, generator, false);
      generator.writeEndObject();
    } else if (value instanceof Collection<?> collection) {
      generator.writeStartArray();
      for (Object element : collection) {
        write(element, generator);
      }
      generator.writeEndArray();
    } else {
      throw new Unreadable("cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private static String describe(Object key) {
    return key instanceof String || key instanceof byte[] ? "a plain key" : "a " + key.getClass().getSimpleName();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
