package dev.dovetail.testkit;

import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.runtime.synapse.EntityBinding;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typical values of a synapse entity's attributes (a Schema as parsed JSON), by data type. */
final class EntitySamples {
  private EntitySamples() {}

  /** Sample records to create, decoded by the entity's codec, with the JSON each was decoded from. */
  record Batch<T>(List<T> records, List<String> json) {}

  /**
   * {@code count} records of writable typical values, the fixture's own values on top (a currency it accepts, say):
   * what the kit's create calls send.
   */
  static <T> Batch<T> writable(EntityBinding<T> binding, Map<String, Object> schema, Map<String, Object> fixed,
      int count) throws IOException {
    List<T> records = new ArrayList<>();
    List<String> json = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> values = values(schema, i, true);
      values.putAll(fixed);
      json.add(JsonValues.write(values));
      try (JsonParser parser = JsonValues.FACTORY.createParser(json.get(i))) {
        parser.nextToken();
        records.add(binding.codec().decode(parser));
      }
    }
    return new Batch<>(List.copyOf(records), List.copyOf(json));
  }

  /**
   * A record's {@code values}. With {@code writable}, only what a create may set: no id, no calculated or
   * non-initializable attribute, and no reference (it would need a record of another entity to point at).
   */
  static Map<String, Object> values(Map<String, Object> schema, int index, boolean writable) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Object element : (List<?>) schema.get("attributes")) {
      Map<?, ?> attribute = (Map<?, ?>) element;
      String dataType = String.valueOf(attribute.get("dataType"));
      if (writable && (Boolean.TRUE.equals(attribute.get("isIdField")) || Boolean.TRUE.equals(attribute.get("calculated"))
          || Boolean.FALSE.equals(attribute.get("initializable")) || dataType.equals("reference"))) {
        continue;
      }
      Object value = typical(dataType, attribute, index);
      if (value != null) {
        values.put(String.valueOf(attribute.get("apiName")),
            Boolean.TRUE.equals(attribute.get("isMultiValueField")) ? List.of(value) : value);
      }
    }
    return values;
  }

  private static Object typical(String dataType, Map<?, ?> attribute, int index) {
    switch (dataType) {
      case "string":
        return "kit sample " + index + " ü 😀";
      case "integer":
      case "reference":
        return BigDecimal.valueOf(index + 1L);
      case "decimal":
        return new BigDecimal("1250.50").add(BigDecimal.valueOf(index));
      case "double":
        return new BigDecimal("0.5");
      case "boolean":
        return index % 2 == 0;
      case "date":
        return "2026-03-" + (10 + index);
      case "datetime":
        return "2026-03-" + (10 + index) + "T10:15:30Z";
      case "timestamp":
        return BigDecimal.valueOf(1_773_137_730_000L + index);
      case "picklist": {
        Object values = attribute.get("picklistValues");
        return values instanceof List<?> list && !list.isEmpty() ? list.get(index % list.size()) : null;
      }
      default:
        return null;
    }
  }
}
