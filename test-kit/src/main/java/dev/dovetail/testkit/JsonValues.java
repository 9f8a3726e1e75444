package dev.dovetail.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to plain Java values and back, with jackson-core only: objects are {@link LinkedHashMap}s (field order
 * kept), arrays {@link List}s, numbers {@link BigDecimal}s (so no sample value is rounded on the way), JSON
 * {@code null} is {@code null}.
 */
final class JsonValues {
  static final JsonFactory FACTORY = new JsonFactory();

  private JsonValues() {}

  static Object parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return read(p);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(String json) {
    Object value = parse(json);
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("not a JSON object: " + json);
    }
    return (Map<String, Object>) value;
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.put(name, read(p));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(p));
        }
        return array;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected " + token);
    }
  }

  /** Compact JSON text of a value built from maps, lists, strings, numbers, booleans and nulls. */
  static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(Object value, JsonGenerator g) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        g.writeFieldName(String.valueOf(entry.getKey()));
        write(entry.getValue(), g);
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object element : list) {
        write(element, g);
      }
      g.writeEndArray();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof Long || value instanceof Integer) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  /**
   * Whether {@code actual} holds what {@code expected} holds: numbers by value (1.0 equals 1), objects field by
   * field, where a field {@code expected} has as {@code null} or lacks may be anything in {@code actual} (a codec may
   * write defaults for absent values).
   */
  static String firstDifference(String path, Object expected, Object actual) {
    if (expected == null) {
      return null;
    }
    if (expected instanceof Map<?, ?> want) {
      if (!(actual instanceof Map<?, ?> got)) {
        return path + ": sent " + write(expected) + ", got back " + write(actual);
      }
      for (Map.Entry<?, ?> entry : want.entrySet()) {
        String field = path.isEmpty() ? String.valueOf(entry.getKey()) : path + "." + entry.getKey();
        String difference = firstDifference(field, entry.getValue(), got.get(entry.getKey()));
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (expected instanceof List<?> want) {
      if (!(actual instanceof List<?> got) || got.size() != want.size()) {
        return path + ": sent " + write(expected) + ", got back " + write(actual);
      }
      for (int i = 0; i < want.size(); i++) {
        String difference = firstDifference(path + "[" + i + "]", want.get(i), got.get(i));
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    boolean same = expected instanceof BigDecimal want && actual instanceof BigDecimal got
        ? want.compareTo(got) == 0
        : expected.equals(actual);
    return same ? null : path + ": sent " + write(expected) + ", got back " + write(actual);
  }
}
