package dev.dovetail.testkit;

import dev.dovetail.runtime.SchemaDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code destinations/schema/*.yml} file read back into a {@link SchemaDefinition}, so the runtime's
 * {@link dev.dovetail.runtime.ocp.SchemaRules} can check it, plus the file-level rules those cannot see (the SDK's
 * JSON-Schema stage: required and unknown keys, value types; S1: name equals the file's base name).
 */
final class SchemaYaml {
  private static final Set<String> TOP_KEYS = Set.of("name", "display_name", "description", "fields", "custom_types");
  private static final Set<String> FIELD_KEYS = Set.of("name", "display_name", "description", "type", "primary", "format");
  private static final Set<String> CUSTOM_TYPE_KEYS = Set.of("name", "display_name", "description", "fields");

  private final List<String> problems = new ArrayList<>();

  private SchemaYaml() {}

  /** The problems of the file-level rules; the definition is checked separately. */
  record Read(SchemaDefinition definition, List<String> problems) {}

  static Read read(Map<?, ?> yaml) {
    SchemaYaml reader = new SchemaYaml();
    reader.closed("", yaml, TOP_KEYS, List.of("name", "display_name", "description", "fields"));
    List<SchemaDefinition.Field> fields = reader.fields("fields", yaml.get("fields"));
    List<SchemaDefinition.CustomType> customTypes = new ArrayList<>();
    Object custom = yaml.get("custom_types");
    if (custom instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String at = "custom_types/" + i;
        if (!(list.get(i) instanceof Map<?, ?> map)) {
          reader.problems.add(at + " must be object");
          continue;
        }
        reader.closed(at + "/", map, CUSTOM_TYPE_KEYS, List.of("name", "display_name", "description", "fields"));
        customTypes.add(new SchemaDefinition.CustomType(text(map.get("name")), text(map.get("display_name")),
            text(map.get("description")), reader.fields(at + "/fields", map.get("fields"))));
      }
    } else if (custom != null) {
      reader.problems.add("custom_types must be array");
    }
    SchemaDefinition definition = new SchemaDefinition(text(yaml.get("name")), text(yaml.get("display_name")),
        text(yaml.get("description")), fields, customTypes);
    return new Read(definition, List.copyOf(reader.problems));
  }

  private List<SchemaDefinition.Field> fields(String at, Object value) {
    List<SchemaDefinition.Field> fields = new ArrayList<>();
    if (!(value instanceof List<?> list)) {
      if (value != null) {
        problems.add(at + " must be array");
      }
      return fields;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = at + "/" + i;
      if (!(list.get(i) instanceof Map<?, ?> field)) {
        problems.add(path + " must be object");
        continue;
      }
      closed(path + "/", field, FIELD_KEYS, List.of("name", "display_name", "description", "type"));
      Object primary = field.get("primary");
      if (primary != null && !(primary instanceof Boolean)) {
        problems.add(path + "/primary must be boolean, found '" + primary + "'");
      }
      fields.add(new SchemaDefinition.Field(text(field.get("name")), text(field.get("display_name")),
          text(field.get("description")), text(field.get("type")), Boolean.TRUE.equals(primary), text(field.get("format"))));
    }
    return fields;
  }

  private void closed(String at, Map<?, ?> object, Set<String> allowed, List<String> required) {
    for (String key : required) {
      if (!object.containsKey(key)) {
        problems.add((at.isEmpty() ? "" : at) + "must have required property '" + key + "'");
      }
    }
    for (Object key : object.keySet()) {
      if (!allowed.contains(String.valueOf(key))) {
        problems.add(at + "must NOT have additional property '" + key + "'");
      }
    }
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
