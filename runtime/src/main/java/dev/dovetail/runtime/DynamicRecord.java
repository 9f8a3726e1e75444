package dev.dovetail.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A record of a schema discovered at run time (a destination with a {@link DestinationSchemaFunction}).
 *
 * <p>Values sit in an array aligned with {@link DynamicRecordType#fields()}; the type, shared by all records of a
 * schema, maps names to indexes. Java types: {@code string} → {@link String}, {@code int}/{@code long} →
 * {@link Long}, {@code float} → {@link Double}, {@code boolean} → {@link Boolean}, {@code [x]} → an unmodifiable
 * {@link List}, custom type → {@code DynamicRecord}. A field the sync did not map is absent ({@code null}).
 *
 * <p>Typed getters check the field's declared type, so asking {@code getLong("email")} fails at once instead of
 * answering a surprising value; an unknown field name fails with the list of known ones.
 */
public final class DynamicRecord {
  private final DynamicRecordType type;
  private final Object[] values;

  private DynamicRecord(DynamicRecordType type, Object[] values) {
    this.type = type;
    this.values = values;
  }

  public DynamicRecordType type() {
    return type;
  }

  /** Whether {@code field} has a value (unmapped and null fields have none). Unknown names answer false. */
  public boolean has(String field) {
    int index = type.indexOf(field);
    return index >= 0 && values[index] != null;
  }

  /** The value of {@code field} as its Java type (see the class comment), or {@code null}. */
  public Object get(String field) {
    return values[type.requireIndex(field)];
  }

  /** The value at {@code index} in schema order. */
  public Object get(int index) {
    return values[index];
  }

  public String getString(String field) {
    return (String) typed(field, DynamicRecordType.Kind.STRING, "getString");
  }

  /** An {@code int} or {@code long} field. */
  public Long getLong(String field) {
    int index = type.requireIndex(field);
    DynamicRecordType.FieldType fieldType = type.field(index).type();
    if (fieldType.array() || (fieldType.kind() != DynamicRecordType.Kind.LONG && fieldType.kind() != DynamicRecordType.Kind.INT)) {
      throw wrongGetter(field, fieldType, "getLong");
    }
    return (Long) values[index];
  }

  public Double getDouble(String field) {
    return (Double) typed(field, DynamicRecordType.Kind.FLOAT, "getDouble");
  }

  public Boolean getBoolean(String field) {
    return (Boolean) typed(field, DynamicRecordType.Kind.BOOLEAN, "getBoolean");
  }

  /** A custom-type field. */
  public DynamicRecord getRecord(String field) {
    return (DynamicRecord) typed(field, DynamicRecordType.Kind.RECORD, "getRecord");
  }

  /** An array field; elements follow the scalar mapping (a {@code [long]} holds {@code Long}s). */
  public List<?> getList(String field) {
    int index = type.requireIndex(field);
    DynamicRecordType.FieldType fieldType = type.field(index).type();
    if (!fieldType.array()) {
      throw wrongGetter(field, fieldType, "getList");
    }
    return (List<?>) values[index];
  }

  private Object typed(String field, DynamicRecordType.Kind kind, String getter) {
    int index = type.requireIndex(field);
    DynamicRecordType.FieldType fieldType = type.field(index).type();
    if (fieldType.array() || fieldType.kind() != kind) {
      throw wrongGetter(field, fieldType, getter);
    }
    return values[index];
  }

  private IllegalArgumentException wrongGetter(String field, DynamicRecordType.FieldType fieldType, String getter) {
    return new IllegalArgumentException(
        type.name() + "." + field + " is of type '" + fieldType + "'; " + getter + " does not apply, use " + getterFor(fieldType));
  }

  private static String getterFor(DynamicRecordType.FieldType fieldType) {
    if (fieldType.array()) {
      return "getList";
    }
    return switch (fieldType.kind()) {
      case STRING -> "getString";
      case BOOLEAN -> "getBoolean";
      case INT, LONG -> "getLong";
      case FLOAT -> "getDouble";
      case RECORD -> "getRecord";
    };
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof DynamicRecord other && type.equals(other.type) && Arrays.equals(values, other.values));
  }

  @Override
  public int hashCode() {
    return type.name().hashCode() * 31 + Arrays.hashCode(values);
  }

  /** {@code lead{email=a@b.c, score=3}}: present fields only, in schema order. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(type.name()).append('{');
    String separator = "";
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        out.append(separator).append(type.field(i).name()).append('=').append(values[i]);
        separator = ", ";
      }
    }
    return out.append('}').toString();
  }

  /**
   * Builds one record, checking each value against its field type (so a record can never hold a value its schema
   * does not allow). Integral numbers are widened to {@code Long}, floating ones to {@code Double}.
   */
  public static final class Builder {
    private final DynamicRecordType type;
    private Object[] values;

    Builder(DynamicRecordType type) {
      this.type = type;
      this.values = new Object[type.size()];
    }

    public Builder set(String field, Object value) {
      return set(type.requireIndex(field), value);
    }

    /** Sets the field at {@code index} (schema order); {@code null} leaves it absent. */
    public Builder set(int index, Object value) {
      if (values == null) {
        throw new IllegalStateException("build() was already called");
      }
      DynamicRecordType.Field field = type.field(index);
      values[index] = value == null ? null : FieldValues.check(type.name() + "." + field.name(), field.type(), value);
      return this;
    }

    /** The value set so far at {@code index}, or {@code null}. */
    public Object get(int index) {
      return values[index];
    }

    /** The record; the builder cannot be used afterwards (the record takes its array without copying). */
    public DynamicRecord build() {
      if (values == null) {
        throw new IllegalStateException("build() was already called");
      }
      DynamicRecord record = new DynamicRecord(type, values);
      values = null;
      return record;
    }
  }

  /** Checks and normalizes one value for a field type. */
  private static final class FieldValues {
    private FieldValues() {}

    static Object check(String path, DynamicRecordType.FieldType type, Object value) {
      if (!type.array()) {
        return element(path, type, value);
      }
      if (!(value instanceof List<?> list)) {
        throw mismatch(path, type, value);
      }
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        copy.add(element == null ? null : element(path + "[" + i + "]", type, element));
      }
      return Collections.unmodifiableList(copy);
    }

    private static Object element(String path, DynamicRecordType.FieldType type, Object value) {
      switch (type.kind()) {
        case STRING:
          if (value instanceof String) {
            return value;
          }
          break;
        case BOOLEAN:
          if (value instanceof Boolean) {
            return value;
          }
          break;
        case LONG:
          if (isIntegral(value)) {
            return ((Number) value).longValue();
          }
          break;
        case INT:
          if (isIntegral(value)) {
            long v = ((Number) value).longValue();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
              throw new IllegalArgumentException(path + ": " + v + " is out of range for int");
            }
            return v;
          }
          break;
        case FLOAT:
          if (value instanceof Double || value instanceof Float || isIntegral(value)) {
            return ((Number) value).doubleValue();
          }
          break;
        case RECORD:
          if (value instanceof DynamicRecord record && record.type().equals(type.recordType())) {
            return value;
          }
          break;
      }
      throw mismatch(path, type, value);
    }

    private static boolean isIntegral(Object value) {
      return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    private static IllegalArgumentException mismatch(String path, DynamicRecordType.FieldType type, Object value) {
      String found = value instanceof DynamicRecord record ? "a " + record.type().name() + " record" : value.getClass().getSimpleName();
      return new IllegalArgumentException(path + " is of type '" + type + "' but the value is " + found);
    }
  }
}
