package dev.dovetail.runtime;

import java.util.List;

/**
 * A destination schema as data: the same keys as a {@code destinations/schema/*.yml} file. Returned by a
 * {@link DestinationSchemaFunction}; checked with {@link dev.dovetail.runtime.ocp.SchemaRules}.
 */
public record SchemaDefinition(
    String name, String displayName, String description, List<Field> fields, List<CustomType> customTypes) {

  public SchemaDefinition {
    fields = List.copyOf(fields);
    customTypes = customTypes == null ? List.of() : List.copyOf(customTypes);
  }

  /** One field: {@code type} is {@code string|boolean|int|long|float}, a custom type name, or either in brackets. */
  public record Field(String name, String displayName, String description, String type, boolean primary, String format) {

    public static Field of(String name, String displayName, String description, String type) {
      return new Field(name, displayName, description, type, false, null);
    }

    public static Field primary(String name, String displayName, String description, String type) {
      return new Field(name, displayName, description, type, true, null);
    }
  }

  /** A nested object type fields can refer to by name. */
  public record CustomType(String name, String displayName, String description, List<Field> fields) {
    public CustomType {
      fields = List.copyOf(fields);
    }
  }
}
