package dev.dovetail.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A Java type the processor maps to an OCP object: a {@code @Schema} record type, or a nested custom type.
 *
 * @param isRecord a Java record (built through its canonical constructor) rather than a class (no-argument
 *     constructor and setters)
 * @param schema true for a {@code @Schema} type (a schema file, a record codec, a primary key)
 * @param components every record component in declaration order, {@code null} for ignored ones in {@code fields};
 *     for records the codec passes a default for each ignored component
 */
public record TypeModel(
    TypeElement element,
    boolean isRecord,
    boolean schema,
    String name,
    String displayName,
    String description,
    List<FieldModel> fields,
    List<RecordComponent> components) {

  /** A record component, in canonical-constructor order. {@code field} is null when the component is ignored. */
  public record RecordComponent(String javaName, javax.lang.model.type.TypeMirror type, FieldModel field) {}

  public List<FieldModel> primaryFields() {
    return fields.stream().filter(FieldModel::primary).toList();
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }
}
