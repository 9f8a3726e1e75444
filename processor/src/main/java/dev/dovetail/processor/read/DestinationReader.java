package dev.dovetail.processor.read;

import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.DestinationModel;
import dev.dovetail.processor.model.TypeModel;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationSchemaFunction;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.ocp.OcpRules;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Builds a {@link DestinationModel} from a {@code @Destination} class, checking the class rules (J14, J15, D12–D13). */
public final class DestinationReader {
  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Javadocs javadocs;
  private final TypeReader typeReader;

  public DestinationReader(ProcessingEnvironment env, Diagnostics diagnostics, Javadocs javadocs, TypeReader typeReader) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    this.javadocs = javadocs;
    this.typeReader = typeReader;
  }

  /** The model, or {@code null} when the class breaks a rule (reported). */
  public DestinationModel read(TypeElement type) {
    AnnotationMirror annotation = Annotations.find(type, Annotations.DESTINATION);
    if (type.getKind() != ElementKind.CLASS) {
      diagnostics.error(Message.DESTINATION_NOT_A_CLASS, type, annotation, null,
          type.getKind().toString().toLowerCase(), type.getSimpleName());
      return null;
    }
    int errorsBefore = diagnostics.errorCount();
    checkInstantiable(type);
    String name = Annotations.string(annotation, "name");
    name = name.isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : name;
    if (!OcpRules.isName(name)) {
      diagnostics.error(Message.DESTINATION_NAME_FORMAT, type, annotation, Annotations.explicit(annotation, "name"),
          name, OcpRules.NAME_RULE);
    }
    String description = Annotations.string(annotation, "description");
    description = description.isBlank() ? javadocs.description(type) : description;
    if (description.isBlank()) {
      diagnostics.error(Message.DESTINATION_DESCRIPTION_MISSING, type, annotation, Annotations.explicit(annotation, "description"),
          type.getSimpleName());
    }
    boolean supportsDelete = Annotations.bool(annotation, "supportsDelete");
    TypeElement schemaFunction = schemaFunction(type, annotation);

    DeclaredType recordType = handlerType(type);
    TypeModel schema = null;
    if (recordType != null) {
      TypeElement recordElement = (TypeElement) recordType.asElement();
      boolean dynamic = recordElement.getQualifiedName().contentEquals(DynamicRecord.class.getCanonicalName());
      if (!declaresSchemaFunction(annotation)) {
        if (dynamic) {
          diagnostics.error(Message.DESTINATION_DYNAMIC_NEEDS_FUNCTION, type, annotation, null, type.getSimpleName());
        } else if (!Annotations.has(recordElement, Annotations.SCHEMA)) {
          diagnostics.error(Message.DESTINATION_RECORD_NOT_SCHEMA, type, type.getSimpleName(), recordElement.getSimpleName(),
              recordElement.getSimpleName());
        } else {
          schema = typeReader.readSchema(recordElement);
        }
      } else if (!dynamic) {
        diagnostics.error(Message.DESTINATION_DYNAMIC_RECORD_TYPE, type, annotation, Annotations.explicit(annotation, "schemaFunction"),
            type.getSimpleName(), recordElement.getSimpleName(), recordElement.getSimpleName());
      }
    }
    if (diagnostics.errorCount() > errorsBefore || recordType == null) {
      return null;
    }
    if (schema == null && schemaFunction == null) {
      return null; // the schema type had errors, reported on it
    }
    return new DestinationModel(type, name, description, supportsDelete, recordType, schema, schemaFunction);
  }

  private void checkInstantiable(TypeElement type) {
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      diagnostics.error(Message.DESTINATION_NOT_PUBLIC, type, type.getSimpleName());
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(Message.DESTINATION_ABSTRACT, type, type.getSimpleName());
    }
    if (type.getNestingKind() != NestingKind.TOP_LEVEL && !(type.getNestingKind() == NestingKind.MEMBER
        && type.getModifiers().contains(Modifier.STATIC))) {
      diagnostics.error(Message.DESTINATION_INNER, type, type.getSimpleName());
    }
    if (!hasPublicNoArgConstructor(type)) {
      diagnostics.error(Message.DESTINATION_NO_CONSTRUCTOR, type, type.getSimpleName(), type.getSimpleName());
    }
  }

  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  /** The {@code T} of {@code DestinationHandler<T>} as seen from {@code type}, or null (reported). */
  private DeclaredType handlerType(TypeElement type) {
    String handler = DestinationHandler.class.getCanonicalName();
    Deque<TypeMirror> pending = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    pending.add(type.asType());
    while (!pending.isEmpty()) {
      TypeMirror current = pending.poll();
      if (!seen.add(current.toString())) {
        continue;
      }
      if (current.getKind() == TypeKind.DECLARED) {
        DeclaredType declared = (DeclaredType) current;
        if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(handler)) {
          if (declared.getTypeArguments().isEmpty()) {
            diagnostics.error(Message.DESTINATION_RAW_HANDLER, type, type.getSimpleName());
            return null;
          }
          TypeMirror argument = declared.getTypeArguments().get(0);
          if (argument.getKind() != TypeKind.DECLARED) {
            diagnostics.error(Message.DESTINATION_RECORD_NOT_SCHEMA, type, type.getSimpleName(), argument, argument);
            return null;
          }
          return (DeclaredType) argument;
        }
      }
      pending.addAll(types.directSupertypes(current));
    }
    diagnostics.error(Message.DESTINATION_NOT_A_HANDLER, type, type.getSimpleName());
    return null;
  }

  /** True when {@code schemaFunction} names a class; {@code void.class}, written out or not, means a static schema. */
  private static boolean declaresSchemaFunction(AnnotationMirror annotation) {
    TypeMirror value = Annotations.type(annotation, "schemaFunction");
    return value != null && value.getKind() != TypeKind.VOID;
  }

  private TypeElement schemaFunction(TypeElement type, AnnotationMirror annotation) {
    TypeMirror value = Annotations.type(annotation, "schemaFunction");
    if (value == null || value.getKind() == TypeKind.VOID) {
      return null;
    }
    AnnotationValue position = Annotations.explicit(annotation, "schemaFunction");
    if (value.getKind() != TypeKind.DECLARED) {
      diagnostics.error(Message.SCHEMA_FUNCTION_WRONG_TYPE, type, annotation, position, value);
      return null;
    }
    TypeElement function = (TypeElement) ((DeclaredType) value).asElement();
    TypeMirror required = types.erasure(
        elements.getTypeElement(DestinationSchemaFunction.class.getCanonicalName()).asType());
    if (!types.isAssignable(types.erasure(value), required)) {
      diagnostics.error(Message.SCHEMA_FUNCTION_WRONG_TYPE, type, annotation, position, function.getSimpleName());
      return null;
    }
    String problem = null;
    if (function.getKind() != ElementKind.CLASS || function.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = "it is abstract or not a class";
    } else if (!function.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "it is not public";
    } else if (function.getNestingKind() == NestingKind.MEMBER && !function.getModifiers().contains(Modifier.STATIC)) {
      problem = "it is an inner (non-static) class";
    } else if (!hasPublicNoArgConstructor(function)) {
      problem = "it has no public no-argument constructor";
    }
    if (problem != null) {
      diagnostics.error(Message.SCHEMA_FUNCTION_NOT_INSTANTIABLE, type, annotation, position, function.getSimpleName(), problem);
      return null;
    }
    return function;
  }
}
