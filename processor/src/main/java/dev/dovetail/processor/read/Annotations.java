package dev.dovetail.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotation values through mirrors (never through {@code getAnnotation}, which fails on class values), and
 * keeps the mirror and value at hand so diagnostics can point at them.
 */
public final class Annotations {
  private Annotations() {}

  public static final String DESTINATION = "dev.dovetail.annotations.Destination";
  public static final String SCHEMA = "dev.dovetail.annotations.Schema";
  public static final String SCHEMA_FIELD = "dev.dovetail.annotations.SchemaField";
  public static final String SCHEMA_IGNORE = "dev.dovetail.annotations.SchemaIgnore";
  public static final String OCP_APP = "dev.dovetail.annotations.OcpApp";
  public static final String ATTRIBUTE = "dev.dovetail.annotations.Attribute";

  /** The mirror of annotation {@code qualifiedName} on {@code element}, or {@code null}. */
  public static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName) != null;
  }

  /** The value the author wrote for {@code name}, or {@code null} when it was left at its default. */
  public static AnnotationValue explicit(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The string the author wrote for {@code name}, or {@code ""} when absent. */
  public static String string(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value == null ? "" : String.valueOf(value.getValue());
  }

  public static boolean bool(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value != null && Boolean.TRUE.equals(value.getValue());
  }

  /** The name of an enum constant value ({@code URL}), or {@code null} when absent. */
  public static String enumConstant(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value == null ? null : ((VariableElement) value.getValue()).getSimpleName().toString();
  }

  /** A class literal value, or {@code null} when absent. */
  public static TypeMirror type(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value != null && value.getValue() instanceof TypeMirror type ? type : null;
  }

  /** The elements of an array value (a single value counts as a one-element array). */
  public static List<AnnotationValue> list(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    List<AnnotationValue> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.getValue() instanceof List<?> items) {
      for (Object item : items) {
        out.add((AnnotationValue) item);
      }
    } else {
      out.add(value);
    }
    return out;
  }
}
