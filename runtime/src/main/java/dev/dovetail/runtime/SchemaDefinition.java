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

  /**
   * One field: {@code type} is {@code string|boolean|int|long|float}, a custom type name, or either in brackets.
   *
   * @param allowedValues the only values the connector's codec accepts (for an array: its elements), such as a Java
   *     enum's constant names; empty when every value of the type is accepted. Not part of the OCP schema file, which
   *     has no such key: the processor also spells them out in the description for the platform's users.
   */
  public record Field(String name, String displayName, String description, String type, boolean primary, String format,
      List<String> allowedValues) {

    public Field {
      allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    /** A field that accepts every value of its type. */
    public Field(String name, String displayName, String description, String type, boolean primary, String format) {
      this(name, displayName, description, type, primary, format, List.of());
    }

    /** This field accepting only {@code values} (none: every value of its type). */
    public Field withAllowedValues(String... values) {
      return new Field(name, displayName, description, type, primary, format, List.of(values));
    }

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
