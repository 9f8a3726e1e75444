package dev.dovetail.runtime.sync.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The attributes of a synapse entity, read from its Schema JSON (what {@code DESCRIBE} answers). */
public record SourceSchema(String entity, List<SourceField> fields) {

  public SourceSchema {
    fields = List.copyOf(fields);
  }

  /** The attribute named {@code name}, or {@code null}. */
  public SourceField field(String name) {
    for (SourceField field : fields) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    return null;
  }

  /** The id attribute, or {@code null} when the entity declares none. */
  public SourceField idField() {
    for (SourceField field : fields) {
      if (field.id()) {
        return field;
      }
    }
    return null;
  }

  public List<String> names() {
    List<String> names = new ArrayList<>(fields.size());
    for (SourceField field : fields) {
      names.add(field.name());
    }
    return names;
  }

  /** Reads {@code {"apiName": …, "attributes": [{"apiName", "dataType", "isIdField", "isMultiValueField"} …]}}. */
  public static SourceSchema parse(String schemaJson) {
    try (JsonParser p = new JsonFactory().createParser(schemaJson)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("an entity Schema must be a JSON object");
      }
      String entity = null;
      List<SourceField> fields = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if (key.equals("apiName") && value == JsonToken.VALUE_STRING) {
          entity = p.getText();
        } else if (key.equals("attributes") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            fields.add(attribute(p));
          }
        } else {
          p.skipChildren();
        }
      }
      return new SourceSchema(entity, fields);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable entity Schema: " + e.getMessage(), e);
    }
  }

  private static SourceField attribute(JsonParser p) throws IOException {
    String name = null;
    String dataType = "string";
    boolean id = false;
    boolean multi = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      switch (key) {
        case "apiName" -> name = p.getValueAsString();
        case "dataType" -> dataType = value == JsonToken.VALUE_NULL ? "string" : p.getValueAsString();
        case "isIdField" -> id = value == JsonToken.VALUE_TRUE;
        case "isMultiValueField" -> multi = value == JsonToken.VALUE_TRUE;
        default -> p.skipChildren();
      }
    }
    return new SourceField(name, dataType, id, multi);
  }
}
