package dev.dovetail.testkit;

import dev.dovetail.runtime.SchemaDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sample records generated from a destination schema: a few records of typical values, then one record per edge value
 * of every field (nested fields and array elements included), each otherwise typical. A record that fails therefore
 * names the one field and value that made it fail.
 */
final class SampleRecords {
  /** Records of only typical values at the start of every batch. */
  static final int TYPICAL_RECORDS = 3;

  /**
   * One sample record.
   *
   * @param index 0-based position in the batch (and line number - 1 in the runner's input)
   * @param field the field path whose value is the point of this record, or {@code null} for a typical record
   * @param label what that value is ("empty string"), or {@code null}
   */
  record Sample(int index, Map<String, Object> values, String field, Object value, String label) {

    String json() {
      return JsonValues.write(values);
    }

    /** {@code record #7 {"asset_id":"kit-7",...}}, long values shortened. */
    String subject() {
      return "record #" + index + " " + Text.shorten(json(), 300);
    }

    /** {@code name = "" (empty string)}, or {@code null} for a typical record. */
    String fieldLine() {
      if (field == null) {
        return null;
      }
      String shown = value == ABSENT ? "(left out)" : Text.shorten(JsonValues.write(value), 80);
      return field + " = " + shown + " (" + label + ")";
    }
  }

  /** Marks a field left out of a record (an unmapped field), as opposed to sent as {@code null}. */
  static final Object ABSENT = new Object();

  private final SchemaDefinition schema;
  private final DestinationSamples rules;
  private final Map<String, SchemaDefinition.CustomType> customTypes = new LinkedHashMap<>();
  private final List<Sample> samples = new ArrayList<>();

  private SampleRecords(SchemaDefinition schema, DestinationSamples rules) {
    this.schema = schema;
    this.rules = rules;
    for (SchemaDefinition.CustomType type : schema.customTypes()) {
      customTypes.putIfAbsent(type.name(), type);
    }
  }

  static List<Sample> of(SchemaDefinition schema, DestinationSamples rules) {
    SampleRecords records = new SampleRecords(schema, rules);
    records.generate();
    return List.copyOf(records.samples);
  }

  /** Every field path of the schema ({@code folder}, {@code folder.path}), for checking the author's declarations. */
  static Set<String> paths(SchemaDefinition schema) {
    Set<String> paths = new LinkedHashSet<>();
    new SampleRecords(schema, new DestinationSamples()).collectPaths("", schema.fields(), paths, 0);
    return paths;
  }

  private void collectPaths(String prefix, List<SchemaDefinition.Field> fields, Set<String> paths, int depth) {
    for (SchemaDefinition.Field field : fields) {
      String path = prefix + field.name();
      paths.add(path);
      SchemaDefinition.CustomType custom = customTypes.get(elementType(field.type()));
      if (custom != null && depth < 4) {
        collectPaths(path + ".", custom.fields(), paths, depth + 1);
      }
    }
  }

  private void generate() {
    for (int i = 0; i < TYPICAL_RECORDS; i++) {
      samples.add(new Sample(i, typicalRecord(i), null, null, null));
    }
    for (SchemaDefinition.Field field : schema.fields()) {
      edgesOf("", field, field.primary(), 0);
    }
  }

  private Map<String, Object> typicalRecord(int index) {
    return typicalObject("", schema.fields(), index, 0);
  }

  private Map<String, Object> typicalObject(String prefix, List<SchemaDefinition.Field> fields, int index, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (SchemaDefinition.Field field : fields) {
      object.put(field.name(), typical(prefix + field.name(), field, index, depth));
    }
    return object;
  }

  private Object typical(String path, SchemaDefinition.Field field, int index, int depth) {
    List<Object> declared = rules.valuesOf(path);
    if (declared != null) {
      return declared.get(0);
    }
    if (field.primary() && depth == 0) {
      return field.type().equals("string") ? "kit-" + index : SampleValues.big(index + 1L);
    }
    String type = field.type();
    if (isArray(type)) {
      String element = elementType(type);
      return List.of(typicalOf(path, element, field, index, depth), typicalOf(path, element, field, index + 1, depth));
    }
    return typicalOf(path, type, field, index, depth);
  }

  private Object typicalOf(String path, String type, SchemaDefinition.Field field, int index, int depth) {
    switch (type) {
      case "string": {
        List<String> constants = field.allowedValues();
        if (!constants.isEmpty()) {
          return constants.get(index % constants.size());
        }
        return "url".equals(field.format()) ? "https://example.com/kit/" + index : "kit " + path + " " + index;
      }
      case "int":
        return SampleValues.big(index + 1L);
      case "long":
        return SampleValues.big(1_767_225_600_000L + index); // 2026-01-01 in epoch milliseconds, and after
      case "float":
        return new BigDecimal("12.5").add(SampleValues.big(index));
      case "boolean":
        return index % 2 == 0;
      default: {
        SchemaDefinition.CustomType custom = customTypes.get(type);
        if (custom == null || depth >= 4) {
          return null;
        }
        return typicalObject(path + ".", custom.fields(), index, depth + 1);
      }
    }
  }

  /** One record per edge value of {@code field} (and of its nested fields), each otherwise typical. */
  private void edgesOf(String prefix, SchemaDefinition.Field field, boolean key, int depth) {
    String path = prefix + field.name();
    List<Object> declared = rules.valuesOf(path);
    if (declared != null) {
      for (int i = 1; i < declared.size(); i++) {
        add(path, declared.get(i), "declared value");
      }
    } else if (key) {
      List<SampleValues.Edge> keys = field.type().equals("string") ? SampleValues.stringKeys(samples.size())
          : SampleValues.numberKeys(field.type().equals("long"));
      for (SampleValues.Edge edge : keys) {
        add(path, edge.value(), edge.label());
      }
    } else if (isArray(field.type())) {
      arrayEdges(path, field, depth);
    } else if (customTypes.containsKey(field.type())) {
      if (depth < 4) {
        for (SchemaDefinition.Field nested : customTypes.get(field.type()).fields()) {
          edgesOf(path + ".", nested, false, depth + 1);
        }
      }
    } else {
      for (SampleValues.Edge edge : scalarEdges(field.type(), field)) {
        add(path, edge.value(), edge.label());
      }
    }
    if (!key && !rules.isRequired(path)) {
      add(path, null, "null");
      add(path, ABSENT, "left out, as an unmapped field is");
    }
  }

  private void arrayEdges(String path, SchemaDefinition.Field field, int depth) {
    String element = elementType(field.type());
    add(path, List.of(), "empty array");
    add(path, List.of(typicalOf(path, element, field, samples.size(), depth)), "one element");
    if (!customTypes.containsKey(element)) {
      List<Object> values = new ArrayList<>();
      for (SampleValues.Edge edge : scalarEdges(element, field)) {
        values.add(edge.value());
      }
      add(path, values, "edge values as elements");
    }
  }

  private List<SampleValues.Edge> scalarEdges(String type, SchemaDefinition.Field field) {
    switch (type) {
      case "string": {
        List<String> constants = field.allowedValues();
        if (!constants.isEmpty()) {
          return constants.stream().map(c -> new SampleValues.Edge(c, "allowed value")).toList();
        }
        return "url".equals(field.format()) ? SampleValues.urls() : SampleValues.strings();
      }
      case "int":
        return SampleValues.ints();
      case "long":
        return SampleValues.longs();
      case "float":
        return SampleValues.floats();
      case "boolean":
        return SampleValues.booleans();
      default:
        return List.of();
    }
  }

  /** A typical record (with a fresh key) whose {@code path} holds {@code value}. */
  private void add(String path, Object value, String label) {
    int index = samples.size();
    Map<String, Object> record = typicalRecord(index);
    set(record, path.split("\\."), 0, value);
    samples.add(new Sample(index, record, path, value, label));
  }

  @SuppressWarnings("unchecked")
  private static void set(Map<String, Object> object, String[] path, int at, Object value) {
    if (at == path.length - 1) {
      if (value == ABSENT) {
        object.remove(path[at]);
      } else {
        object.put(path[at], value);
      }
      return;
    }
    Object nested = object.get(path[at]);
    if (nested instanceof Map<?, ?> map) {
      set((Map<String, Object>) map, path, at + 1, value);
    }
  }

  private static boolean isArray(String type) {
    return type.startsWith("[") && type.endsWith("]");
  }

  private static String elementType(String type) {
    return isArray(type) ? type.substring(1, type.length() - 1) : type;
  }
}
