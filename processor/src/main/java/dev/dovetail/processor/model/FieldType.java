package dev.dovetail.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/** The shape of a schema field's Java type, and the OCP type it maps to. */
public sealed interface FieldType {

  /** The OCP type as written in a schema file ({@code string}, {@code [long]}, {@code folder}), or {@code null} when OCP has none. */
  String ocpType();

  /** A single value that can serve as a primary key. */
  default boolean isScalar() {
    return false;
  }

  /** {@code String}, a number, a boolean. */
  record Scalar(JavaScalar scalar) implements FieldType {
    @Override
    public String ocpType() {
      return scalar.ocpType();
    }

    @Override
    public boolean isScalar() {
      return true;
    }
  }

  /** An enum, carried as its constant name ({@code string}). */
  record EnumType(TypeElement type, List<String> constants) implements FieldType {
    @Override
    public String ocpType() {
      return "string";
    }

    @Override
    public boolean isScalar() {
      return true;
    }
  }

  /** A nested record or class: an OCP custom type. */
  record Custom(TypeModel model) implements FieldType {
    @Override
    public String ocpType() {
      return model.name();
    }
  }

  /** {@code List<X>}, {@code Set<X>} or {@code X[]} of a non-array element. */
  record Array(FieldType element, Container container) implements FieldType {
    @Override
    public String ocpType() {
      return element.ocpType() == null ? null : "[" + element.ocpType() + "]";
    }
  }

  /** The Java container of an array field. */
  enum Container {
    LIST,
    SET,
    ARRAY
  }
}
