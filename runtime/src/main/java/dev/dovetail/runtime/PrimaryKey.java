package dev.dovetail.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The primary key of a record: the values of its primary fields, in schema order. A composite key has several.
 * Values are the decoded Java values ({@code String}, {@code Long}, {@code Integer}, ...).
 */
public final class PrimaryKey {
  private final List<String> fields;
  private final Object[] values;

  public PrimaryKey(List<String> fields, Object... values) {
    if (fields.size() != values.length) {
      throw new IllegalArgumentException("key fields " + fields + " but " + values.length + " values");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException("primary key field '" + fields.get(i) + "' is null");
      }
    }
    this.fields = fields;
    this.values = values.clone();
  }

  /** Names of the primary fields, in schema order. */
  public List<String> fields() {
    return fields;
  }

  public int size() {
    return values.length;
  }

  /** The value at {@code index} (schema order). */
  public Object value(int index) {
    return values[index];
  }

  /** The value of the primary field {@code field}. */
  public Object value(String field) {
    int index = fields.indexOf(field);
    if (index < 0) {
      throw new IllegalArgumentException("'" + field + "' is not a primary field; primary fields are " + fields);
    }
    return values[index];
  }

  /** The single key value of a one-field key. */
  public Object single() {
    if (values.length != 1) {
      throw new IllegalStateException("composite key " + fields + " has no single value");
    }
    return values[0];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrimaryKey other && fields.equals(other.fields) && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : ", ").append(fields.get(i)).append('=').append(values[i]);
    }
    return out.append('}').toString();
  }
}
