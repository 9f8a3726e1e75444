package dev.dovetail.runtime.testing.synapse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only JSON reading into plain maps and lists (the runtime has no databind), so tests can check a reply's exact
 * keys, nulls included. Numbers are {@code Long} or {@code Double}.
 */
public final class JsonTree {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonTree() {}

  public static Object parse(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      Object value = read(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content in " + json);
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String json) {
    return (Map<String, Object>) parse(json);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> array(Object value) {
    return (List<Object>) value;
  }

  /** A double-encoded list reply: each element must be a string; returns the objects they hold. */
  public static List<Map<String, Object>> stringEncodedObjects(Object listReply) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object element : array(listReply)) {
      if (!(element instanceof String text)) {
        throw new AssertionError("list element is not a JSON string: " + element);
      }
      out.add(object(text));
    }
    return out;
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (map.containsKey(name)) {
            throw new IllegalArgumentException("duplicate key " + name);
          }
          map.put(name, read(p));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("unexpected token " + token);
    }
  }
}
