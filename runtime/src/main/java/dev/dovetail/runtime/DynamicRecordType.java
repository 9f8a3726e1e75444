package dev.dovetail.runtime;

import dev.dovetail.runtime.ocp.InvalidSchemaException;
import dev.dovetail.runtime.ocp.SchemaRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shape of a {@link DynamicRecord}: a checked schema, or one of its custom types. Built once per schema and
 * shared by every record of it, so each record holds only its values and the name→index lookup costs nothing per
 * record.
 */
public final class DynamicRecordType {

  /** What a field holds; {@code RECORD} is a custom type. */
  public enum Kind {
    STRING, BOOLEAN, INT, LONG, FLOAT, RECORD
  }

  /** A field type: a scalar or custom type, optionally as an array ({@code [x]}). */
  public record FieldType(Kind kind, boolean array, DynamicRecordType recordType) {
    public FieldType {
      Objects.requireNonNull(kind, "kind");
      if ((kind == Kind.RECORD) != (recordType != null)) {
        throw new IllegalArgumentException("a record type is required exactly for kind RECORD");
      }
    }

    public boolean scalar() {
      return !array && kind != Kind.RECORD;
    }

    /** The schema spelling: {@code long}, {@code [string]}, {@code folder_ref}. */
    @Override
    public String toString() {
      String element = kind == Kind.RECORD ? recordType.name() : kind.name().toLowerCase(java.util.Locale.ROOT);
      return array ? "[" + element + "]" : element;
    }
  }

  /** One field, in schema order. {@code primary} is only meaningful at the top level. */
  public record Field(String name, FieldType type, boolean primary) {}

  private final String name;
  private final List<Field> fields;
  private final Map<String, Integer> indexByName;
  private final List<String> primaryKey;

  private DynamicRecordType(String name, List<Field> fields) {
    this.name = name;
    this.fields = List.copyOf(fields);
    Map<String, Integer> index = new HashMap<>();
    List<String> keyNames = new ArrayList<>();
    for (int i = 0; i < this.fields.size(); i++) {
      Field field = this.fields.get(i);
      index.put(field.name(), i);
      if (field.primary()) {
        keyNames.add(field.name());
      }
    }
    this.indexByName = Map.copyOf(index);
    this.primaryKey = List.copyOf(keyNames);
  }

  /**
   * The record type of {@code schema}, after checking it with every OCP schema rule: a schema function's answer is
   * never trusted (the SDK does not check it).
   */
  public static DynamicRecordType of(SchemaDefinition schema) throws InvalidSchemaException {
    SchemaRules.requireValid(schema);
    return new Resolver(schema).type(schema.name(), schema.fields(), true);
  }

  /** The schema or custom type name. */
  public String name() {
    return name;
  }

  public List<Field> fields() {
    return fields;
  }

  public int size() {
    return fields.size();
  }

  public Field field(int index) {
    return fields.get(index);
  }

  /** Index of {@code field} in schema order, or {@code -1} when this type has no such field. */
  public int indexOf(String field) {
    Integer index = indexByName.get(field);
    return index == null ? -1 : index;
  }

  public boolean hasField(String field) {
    return indexByName.containsKey(field);
  }

  /** Like {@link #indexOf} but fails with the list of known fields: for author-facing lookups. */
  public int requireIndex(String field) {
    int index = indexOf(field);
    if (index < 0) {
      throw new IllegalArgumentException("'" + field + "' is not a field of " + name + "; fields are " + fieldNames());
    }
    return index;
  }

  public List<String> fieldNames() {
    return fields.stream().map(Field::name).toList();
  }

  /** The primary fields, in schema order (empty for custom types). */
  public List<String> primaryKey() {
    return primaryKey;
  }

  /** A builder for one record of this type. */
  public DynamicRecord.Builder newRecord() {
    return new DynamicRecord.Builder(this);
  }

  /** Structural: two codecs built from the same schema produce equal types. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof DynamicRecordType other && name.equals(other.name) && fields.equals(other.fields));
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + fields.size();
  }

  @Override
  public String toString() {
    return name + fields.stream().map(f -> f.name() + ":" + f.type()).toList();
  }

  /** Builds each custom type once; the schema rules have excluded cycles and unknown type names. */
  private static final class Resolver {
    private final Map<String, SchemaDefinition.CustomType> declared = new LinkedHashMap<>();
    private final Map<String, DynamicRecordType> built = new HashMap<>();

    Resolver(SchemaDefinition schema) {
      for (SchemaDefinition.CustomType custom : schema.customTypes()) {
        declared.putIfAbsent(custom.name(), custom);
      }
    }

    DynamicRecordType type(String name, List<SchemaDefinition.Field> definitions, boolean topLevel) {
      List<Field> fields = new ArrayList<>(definitions.size());
      for (SchemaDefinition.Field definition : definitions) {
        fields.add(new Field(definition.name(), fieldType(definition.type()), topLevel && definition.primary()));
      }
      return new DynamicRecordType(name, fields);
    }

    private FieldType fieldType(String text) {
      boolean array = text.startsWith("[");
      String element = array ? text.substring(1, text.length() - 1) : text;
      Kind scalar = scalarKind(element);
      return scalar != null ? new FieldType(scalar, array, null) : new FieldType(Kind.RECORD, array, custom(element));
    }

    private static Kind scalarKind(String type) {
      return switch (type) {
        case "string" -> Kind.STRING;
        case "boolean" -> Kind.BOOLEAN;
        case "int" -> Kind.INT;
        case "long" -> Kind.LONG;
        case "float" -> Kind.FLOAT;
        default -> null;
      };
    }

    private DynamicRecordType custom(String name) {
      DynamicRecordType type = built.get(name);
      if (type == null) {
        SchemaDefinition.CustomType custom = declared.get(name);
        type = type(custom.name(), custom.fields(), false);
        built.put(name, type);
      }
      return type;
    }
  }
}
