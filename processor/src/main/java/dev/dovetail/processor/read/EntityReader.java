package dev.dovetail.processor.read;

import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.AttributeModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.FieldModel;
import dev.dovetail.processor.model.FieldType;
import dev.dovetail.processor.model.JavaScalar;
import dev.dovetail.processor.model.OperationKind;
import dev.dovetail.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Derives a synapse entity's Syncari attributes from its {@code @Schema} model and checks id and watermark rules. */
final class EntityReader {
  static final String ATTRIBUTE = Annotations.ATTRIBUTE;

  private final Diagnostics diagnostics;

  EntityReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The entity, or {@code null} when its id, watermark or a reference breaks a rule (reported). {@code synapse}: the
   * name of the synapse reading it; {@code entities}: that synapse's entity types, which references must name.
   */
  EntityModel read(TypeModel type, Map<OperationKind, ExecutableElement> operations, String synapse,
      Set<TypeElement> entities) {
    int errorsBefore = diagnostics.errorCount();
    FieldModel id = null;
    for (FieldModel field : type.fields()) {
      if (field.primary()) {
        if (id == null) {
          id = field;
        } else {
          AnnotationMirror annotation = Annotations.find(field.element(), Annotations.SCHEMA_FIELD);
          diagnostics.error(Message.ENTITY_TWO_IDS, field.element(), annotation, Annotations.explicit(annotation, "primary"),
              type.element().getSimpleName(), id.name());
        }
      }
    }
    FieldModel watermark = null;
    for (FieldModel field : type.fields()) {
      AnnotationMirror attribute = Annotations.find(field.element(), ATTRIBUTE);
      if (!Annotations.bool(attribute, "watermark")) {
        continue;
      }
      if (watermark != null) {
        diagnostics.error(Message.ENTITY_TWO_WATERMARKS, field.element(), attribute, Annotations.explicit(attribute, "watermark"),
            type.element().getSimpleName(), watermark.name());
      } else if (!isTime(field.type())) {
        diagnostics.error(Message.ENTITY_WATERMARK_TYPE, field.element(), attribute, Annotations.explicit(attribute, "watermark"),
            field.name(), field.javaType());
      } else {
        watermark = field;
      }
    }
    ExecutableElement read = operations.get(OperationKind.READ);
    if (read != null && watermark == null && diagnostics.errorCount() == errorsBefore) {
      diagnostics.error(Message.ENTITY_NO_WATERMARK, read, type.element().getSimpleName(), read.getSimpleName() + "()");
    }
    List<AttributeModel> attributes = new ArrayList<>();
    for (FieldModel field : type.fields()) {
      attributes.add(attribute(field, field == id, field == watermark, synapse, entities));
    }
    return diagnostics.errorCount() > errorsBefore ? null : new EntityModel(type, operations, id, watermark, attributes);
  }

  private static boolean isTime(FieldType type) {
    if (!(type instanceof FieldType.Scalar scalar)) {
      return false;
    }
    JavaScalar kind = scalar.scalar();
    return kind == JavaScalar.INSTANT || kind == JavaScalar.LONG || kind == JavaScalar.LONG_BOX;
  }

  private AttributeModel attribute(FieldModel field, boolean isId, boolean isWatermark, String synapse,
      Set<TypeElement> entities) {
    AnnotationMirror attribute = Annotations.find(field.element(), ATTRIBUTE);
    boolean multiValue = field.type() instanceof FieldType.Array;
    FieldType value = multiValue ? ((FieldType.Array) field.type()).element() : field.type();
    String dataType = inferredDataType(value, isWatermark);
    List<String> picklist = value instanceof FieldType.EnumType enumType ? enumType.constants() : null;
    String explicit = Annotations.enumConstant(attribute, "dataType");
    if (explicit != null && !explicit.equals("INFERRED")) {
      dataType = explicit.toLowerCase(java.util.Locale.ROOT);
    }
    String referenceTo = null;
    TypeMirror reference = Annotations.type(attribute, "referenceTo");
    if (reference != null && reference.getKind() != TypeKind.DECLARED && reference.getKind() != TypeKind.VOID) {
      // int.class, String[].class: nothing an entity can be.
      diagnostics.error(Message.ENTITY_REFERENCE_NOT_SCHEMA, field.element(), attribute,
          Annotations.explicit(attribute, "referenceTo"), field.name(), reference);
    } else if (reference != null && reference.getKind() == TypeKind.DECLARED) {
      TypeElement target = (TypeElement) ((DeclaredType) reference).asElement();
      AnnotationMirror schema = Annotations.find(target, Annotations.SCHEMA);
      if (schema == null) {
        diagnostics.error(Message.ENTITY_REFERENCE_NOT_SCHEMA, field.element(), attribute,
            Annotations.explicit(attribute, "referenceTo"), field.name(), target.getSimpleName());
      } else if (entities.stream().noneMatch(e -> e.getQualifiedName().contentEquals(target.getQualifiedName()))) {
        // The platform resolves referenceTo among the synapse's entities; a name it does not describe dangles.
        diagnostics.error(Message.ENTITY_REFERENCE_NOT_ENTITY, field.element(), attribute,
            Annotations.explicit(attribute, "referenceTo"), field.name(), target.getSimpleName(), synapse,
            target.getSimpleName(), synapse);
      } else if (explicit != null && !explicit.equals("INFERRED") && !explicit.equals("REFERENCE")) {
        diagnostics.error(Message.ENTITY_REFERENCE_DATA_TYPE, field.element(), attribute,
            Annotations.explicit(attribute, "dataType"), field.name(), explicit);
      } else {
        String name = Annotations.string(schema, "name");
        referenceTo = name.isEmpty() ? Names.snakeCase(target.getSimpleName().toString()) : name;
        dataType = "reference";
      }
    }
    boolean updatedAt = Annotations.bool(attribute, "updatedAt") || isWatermark && !Annotations.bool(attribute, "createdAt");
    return new AttributeModel(field, dataType, multiValue, picklist, referenceTo,
        !isId && bool(attribute, "nillable", true), bool(attribute, "updateable", true),
        Annotations.bool(attribute, "createOnly"), Annotations.bool(attribute, "calculated"),
        isId || Annotations.bool(attribute, "unique"), isId, isWatermark, Annotations.bool(attribute, "createdAt"), updatedAt);
  }

  private static boolean bool(AnnotationMirror mirror, String name, boolean fallback) {
    return Annotations.explicit(mirror, name) == null ? fallback : Annotations.bool(mirror, name);
  }

  /** Syncari data type from the Java type (J1); a long watermark is a {@code timestamp}. */
  static String inferredDataType(FieldType type, boolean isWatermark) {
    if (type instanceof FieldType.EnumType) {
      return "picklist";
    }
    if (type instanceof FieldType.Custom) {
      return "object";
    }
    if (!(type instanceof FieldType.Scalar scalar)) {
      return "string";
    }
    switch (scalar.scalar()) {
      case BOOLEAN: case BOOLEAN_BOX:
        return "boolean";
      case BYTE: case BYTE_BOX: case SHORT: case SHORT_BOX: case INT: case INT_BOX:
        return "integer";
      case LONG: case LONG_BOX:
        return isWatermark ? "timestamp" : "integer";
      case FLOAT: case FLOAT_BOX: case DOUBLE: case DOUBLE_BOX:
        return "double";
      case BIG_DECIMAL:
        return "decimal";
      case INSTANT:
        return "datetime";
      case LOCAL_DATE:
        return "date";
      default:
        return "string";
    }
  }
}
