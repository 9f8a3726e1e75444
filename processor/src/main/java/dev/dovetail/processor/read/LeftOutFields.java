package dev.dovetail.processor.read;

import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Fields a schema leaves out (static, transient, {@code @SchemaIgnore}) that carry {@code @SchemaField} or
 * {@code @Attribute}: the annotation would be silently ignored, so each is an error on it, naming why the field is
 * left out.
 */
public final class LeftOutFields {
  private final Diagnostics diagnostics;

  LeftOutFields(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Whether a schema leaves {@code field} (a field or a record component) out. */
  public static boolean leftOut(Element field) {
    return field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)
        || Annotations.has(field, Annotations.SCHEMA_IGNORE);
  }

  /**
   * Reports the annotations on {@code field}, a field of {@code owner} that {@link #leftOut} says is left out.
   * {@code @Attribute} in a type without {@code @Schema} is left to {@code MisplacedAnnotations}, which reports it
   * whatever the field; {@code @SchemaField(primary = true)} with {@code @SchemaIgnore} has its own rule.
   */
  void check(TypeElement owner, VariableElement field) {
    report(field, Annotations.find(field, Annotations.SCHEMA_FIELD), "@SchemaField", true);
    if (Annotations.has(owner, Annotations.SCHEMA)) {
      report(field, Annotations.find(field, Annotations.ATTRIBUTE), "@Attribute", false);
    }
  }

  private void report(VariableElement field, AnnotationMirror annotation, String label, boolean schemaField) {
    if (annotation == null) {
      return;
    }
    String name = field.getSimpleName().toString();
    if (field.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(Message.FIELD_ANNOTATION_ON_STATIC, field, annotation, null, label, name, label, name);
    } else if (field.getModifiers().contains(Modifier.TRANSIENT)) {
      diagnostics.error(Message.FIELD_ANNOTATION_ON_TRANSIENT, field, annotation, null, label, name, label);
    } else if (!(schemaField && Annotations.bool(annotation, "primary"))) {
      diagnostics.error(Message.FIELD_ANNOTATION_ON_IGNORED, field, annotation, null, label, name, label);
    }
  }
}
