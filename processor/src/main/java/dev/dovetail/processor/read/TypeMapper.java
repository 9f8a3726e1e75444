package dev.dovetail.processor.read;

import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.FieldType;
import dev.dovetail.processor.model.JavaScalar;
import dev.dovetail.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Maps a field's Java type to its OCP shape (spec §8 J1–J5), reporting unsupported types on the field. */
final class TypeMapper {
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final TypeReader types;

  TypeMapper(Elements elements, Diagnostics diagnostics, TypeReader types) {
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.types = types;
  }

  /** The field's type, or {@code null} after reporting why it has none. */
  FieldType map(TypeMirror type, VariableElement field, String fieldName) {
    return map(type, field, fieldName, type, true);
  }

  private FieldType map(TypeMirror type, VariableElement field, String fieldName, TypeMirror whole, boolean top) {
    switch (type.getKind()) {
      case BOOLEAN: case BYTE: case SHORT: case INT: case LONG: case FLOAT: case DOUBLE:
        return new FieldType.Scalar(JavaScalar.forJavaName(type.toString()));
      case ARRAY:
        return array(((ArrayType) type).getComponentType(), FieldType.Container.ARRAY, field, fieldName, whole, top);
      case DECLARED:
        return declared((DeclaredType) type, field, fieldName, whole, top);
      case ERROR:
        diagnostics.error(Message.FIELD_UNRESOLVED_TYPE, field, fieldName, whole);
        return null;
      default:
        diagnostics.error(Message.FIELD_UNSUPPORTED_TYPE, field, fieldName, whole);
        return null;
    }
  }

  private FieldType declared(DeclaredType type, VariableElement field, String fieldName, TypeMirror whole, boolean top) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    JavaScalar scalar = JavaScalar.forJavaName(name);
    if (scalar != null) {
      return new FieldType.Scalar(scalar);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new FieldType.EnumType(element, enumConstants(element));
    }
    if (name.equals("java.util.List") || name.equals("java.util.Set")) {
      FieldType.Container container = name.equals("java.util.List") ? FieldType.Container.LIST : FieldType.Container.SET;
      if (type.getTypeArguments().size() != 1 || type.getTypeArguments().get(0).getKind() != TypeKind.DECLARED
          && type.getTypeArguments().get(0).getKind() != TypeKind.ARRAY) {
        diagnostics.error(Message.FIELD_UNSUPPORTED_TYPE, field, fieldName, whole);
        return null;
      }
      return array(type.getTypeArguments().get(0), container, field, fieldName, whole, top);
    }
    if (isCustomTypeCandidate(element)) {
      TypeModel model = types.readCustom(element, field, fieldName);
      return model == null ? null : new FieldType.Custom(model);
    }
    diagnostics.error(Message.FIELD_UNSUPPORTED_TYPE, field, fieldName, whole);
    return null;
  }

  private FieldType array(TypeMirror component, FieldType.Container container, VariableElement field, String fieldName,
      TypeMirror whole, boolean top) {
    if (!top || isCollectionOrArray(component)) {
      diagnostics.error(Message.FIELD_NESTED_ARRAY, field, fieldName, whole);
      return null;
    }
    if (component.getKind() == TypeKind.CHAR) {
      diagnostics.error(Message.FIELD_UNSUPPORTED_TYPE, field, fieldName, whole);
      return null;
    }
    FieldType element = map(component, field, fieldName, whole, false);
    return element == null ? null : new FieldType.Array(element, container);
  }

  private static boolean isCollectionOrArray(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    return name.equals("java.util.List") || name.equals("java.util.Set") || name.equals("java.util.Collection");
  }

  /** A record, or a concrete class outside the JDK: its fields become an OCP custom type. */
  private boolean isCustomTypeCandidate(TypeElement element) {
    if (element.getKind() == ElementKind.RECORD) {
      return true;
    }
    if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    String pkg = elements.getPackageOf(element).getQualifiedName().toString();
    return !(pkg.equals("java") || pkg.startsWith("java.") || pkg.startsWith("javax.") || pkg.startsWith("jdk.")
        || pkg.startsWith("sun.") || pkg.startsWith("com.sun."));
  }

  private static List<String> enumConstants(TypeElement element) {
    List<String> constants = new ArrayList<>();
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(member.getSimpleName().toString());
      }
    }
    return constants;
  }
}
