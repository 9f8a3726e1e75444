package dev.dovetail.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A {@code @Destination} class.
 *
 * @param recordType the {@code T} of {@code DestinationHandler<T>}
 * @param schema the static schema ({@code null} with a schema function)
 * @param schemaFunction the schema function class ({@code null} for a static schema)
 */
public record DestinationModel(
    TypeElement element,
    String name,
    String description,
    boolean supportsDelete,
    DeclaredType recordType,
    TypeModel schema,
    TypeElement schemaFunction) {

  /** The class name OCP loads: {@code entry_point}. */
  public String entryPoint() {
    return element.getSimpleName().toString();
  }
}
