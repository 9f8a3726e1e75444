package dev.dovetail.processor.read;

import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.FieldModel;
import dev.dovetail.processor.model.FieldType;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Builds one {@link FieldModel}: names, description, type and how generated code reads and writes it. */
final class FieldReader {
  private final Javadocs javadocs;
  private final TypeMapper mapper;
  private final Types types;
  private final Diagnostics diagnostics;

  FieldReader(Javadocs javadocs, TypeMapper mapper, Types types, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.javadocs = javadocs;
    this.mapper = mapper;
    this.types = types;
  }

  /** A record component; {@code field} is its private backing field, where diagnostics are reported. */
  FieldModel recordComponent(TypeElement owner, RecordComponentElement component, VariableElement field) {
    String javaName = component.getSimpleName().toString();
    String doc = javadocs.paramDescription(owner, javaName);
    return build(field, javaName, component.asType(), doc, javaName, false, null, false);
  }

  /** A class field; accessors are found among {@code methods}. Returns null when the type cannot be mapped. */
  FieldModel classField(TypeElement owner, VariableElement field, List<ExecutableElement> methods) {
    String javaName = field.getSimpleName().toString();
    TypeMirror type = field.asType();
    boolean visible = !field.getModifiers().contains(Modifier.PRIVATE);
    String capitalized = javaName.substring(0, 1).toUpperCase(Locale.ROOT) + javaName.substring(1);
    String getter = null;
    boolean getterIsField = false;
    for (String candidate : List.of("get" + capitalized, "is" + capitalized)) {
      if (candidate.startsWith("is") && type.getKind() != TypeKind.BOOLEAN
          && !type.toString().equals("java.lang.Boolean")) {
        continue;
      }
      if (findMethod(methods, candidate, type, 0) != null) {
        getter = candidate;
        break;
      }
    }
    if (getter == null && visible) {
      getter = javaName;
      getterIsField = true;
    }
    String setter = null;
    boolean setterIsField = false;
    if (findMethod(methods, "set" + capitalized, type, 1) != null) {
      setter = "set" + capitalized;
    } else if (visible && !field.getModifiers().contains(Modifier.FINAL)) {
      setter = javaName;
      setterIsField = true;
    }
    FieldModel model = build(field, javaName, type, javadocs.description(field), getter, getterIsField, setter, setterIsField);
    if (model == null) {
      return null;
    }
    if (getter == null) {
      diagnostics.error(Message.FIELD_NOT_READABLE, field, javaName, owner.getSimpleName(), "get" + capitalized);
    }
    if (setter == null) {
      diagnostics.error(Message.FIELD_NOT_WRITABLE, field, javaName, owner.getSimpleName(), "set" + capitalized, type);
    }
    return model;
  }

  private FieldModel build(VariableElement field, String javaName, TypeMirror type, String doc, String getter,
      boolean getterIsField, String setter, boolean setterIsField) {
    AnnotationMirror annotation = Annotations.find(field, Annotations.SCHEMA_FIELD);
    String name = Annotations.string(annotation, "name");
    name = name.isEmpty() ? Names.snakeCase(javaName) : name;
    String displayName = Annotations.explicit(annotation, "displayName") == null
        ? Names.displayName(name) : Annotations.string(annotation, "displayName");
    String description = Annotations.string(annotation, "description");
    description = description.isBlank() ? doc : description;
    FieldType fieldType = mapper.map(type, field, name);
    if (fieldType == null) {
      return null;
    }
    FieldType valueType = fieldType instanceof FieldType.Array array ? array.element() : fieldType;
    if (valueType instanceof FieldType.EnumType enumType && !description.isBlank()) {
      String sentence = description.matches(".*[.!?]$") ? description : description + ".";
      description = sentence + " One of: " + String.join(", ", enumType.constants()) + ".";
    }
    boolean primary = Annotations.bool(annotation, "primary");
    boolean url = "URL".equals(Annotations.enumConstant(annotation, "format"));
    return new FieldModel(field, javaName, type, name, displayName, description, primary, url, fieldType, getter,
        getterIsField, setter, setterIsField);
  }

  private ExecutableElement findMethod(List<ExecutableElement> methods, String name, TypeMirror type, int parameters) {
    for (ExecutableElement method : methods) {
      if (!method.getSimpleName().contentEquals(name) || method.getParameters().size() != parameters
          || method.getModifiers().contains(Modifier.PRIVATE) || method.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      TypeMirror actual = parameters == 0 ? method.getReturnType() : method.getParameters().get(0).asType();
      if (types.isSameType(actual, type)) {
        return method;
      }
    }
    return null;
  }
}
