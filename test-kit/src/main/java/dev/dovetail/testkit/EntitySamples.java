package dev.dovetail.testkit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typical values of a synapse entity's attributes (a Schema as parsed JSON), by data type. */
final class EntitySamples {
  private EntitySamples() {}

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
