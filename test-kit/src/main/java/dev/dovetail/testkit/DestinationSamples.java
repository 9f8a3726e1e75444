package dev.dovetail.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a destination accepts beyond its schema, so the kit's sample records stay within it. OCP schemas have no
 * "required" flag and no value ranges; a destination that writes into a table with {@code NOT NULL} or
 * {@code CHECK} constraints declares them here. Everything not declared gets the kit's full set of values: typical
 * ones, edge values, {@code null} and absent.
 *
 * <pre>{@code
 * kit.destination("deal_sql", samples -> samples
 *     .required("title")
 *     .values("value", 0, 0.01, 1_000_000_000.5)
 *     .values("expected_close_date", "2026-03-31", "1999-12-31"))
 * }</pre>
 */
public final class DestinationSamples {
  private final Set<String> required = new LinkedHashSet<>();
  private final Map<String, List<Object>> values = new LinkedHashMap<>();

  DestinationSamples() {}

  /**
   * Fields every record carries with a value: the kit never sends them {@code null} or leaves them out. Nested fields
   * are named by path ({@code folder.path}).
   */
  public DestinationSamples required(String... fields) {
    required.addAll(Arrays.asList(fields));
    return this;
  }

  /**
   * The only values the kit sends for {@code field} (a top-level or nested path): numbers, strings, booleans, or lists
   * of them. The first is the field's typical value. The kit still sends {@code null} and leaves the field out, unless
   * it is {@link #required}.
   */
  public DestinationSamples values(String field, Object... accepted) {
    if (accepted.length == 0) {
      throw new IllegalArgumentException("values(\"" + field + "\") needs at least one value");
    }
    List<Object> list = new ArrayList<>();
    for (Object value : accepted) {
      list.add(SampleValues.normalize(value));
    }
    values.put(field, List.copyOf(list));
    return this;
  }

  boolean isRequired(String path) {
    return required.contains(path);
  }

  /** The declared values of {@code path}, or {@code null} when the kit picks them. */
  List<Object> valuesOf(String path) {
    return values.get(path);
  }

  /** Declared fields the schema does not have: a typo the author should hear about. */
  List<String> unknownFields(Set<String> schemaPaths) {
    List<String> unknown = new ArrayList<>();
    for (String path : required) {
      if (!schemaPaths.contains(path)) {
        unknown.add(path);
      }
    }
    for (String path : values.keySet()) {
      if (!schemaPaths.contains(path)) {
        unknown.add(path);
      }
    }
    return unknown;
  }
}
