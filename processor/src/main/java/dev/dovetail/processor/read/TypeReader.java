package dev.dovetail.processor.read;

import dev.dovetail.processor.check.SchemaChecks;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.FieldModel;
import dev.dovetail.processor.model.TypeModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Builds {@link TypeModel}s of {@code @Schema} types and the custom types they reach, once per type. Reports
 * what cannot be mapped; rule checks on the finished model are {@code SchemaChecks}' job.
 */
public final class TypeReader {
  private final Types types;
  private final Diagnostics diagnostics;
  private final Javadocs javadocs;
  private final TypeMapper mapper;
  private final FieldReader fields;
  private final SchemaChecks checks;
  private final LeftOutFields leftOut;
  private final Map<String, TypeModel> models = new HashMap<>();
  private final Set<String> failed = new HashSet<>();
  private final Deque<TypeElement> reading = new ArrayDeque<>();
  /** Types with a declared field whose type could not be mapped (reported on that field). */
  private final Set<String> unmappedFields = new HashSet<>();

  public TypeReader(ProcessingEnvironment env, Diagnostics diagnostics, Javadocs javadocs) {
    this.types = env.getTypeUtils();
    this.diagnostics = diagnostics;
    this.javadocs = javadocs;
    this.mapper = new TypeMapper(env.getElementUtils(), diagnostics, this);
    this.fields = new FieldReader(javadocs, mapper, types, diagnostics);
    this.checks = new SchemaChecks(diagnostics, env.getElementUtils());
    this.leftOut = new LeftOutFields(diagnostics);
  }

  /** The model of a {@code @Schema} type, or {@code null} when it has errors (already reported). */
  public TypeModel readSchema(TypeElement type) {
    return read(type);
  }

  /** The model of a custom type reached through {@code field}; reports a cycle on that field. */
  TypeModel readCustom(TypeElement type, VariableElement field, String fieldName) {
    if (reading.contains(type)) {
      List<String> cycle = new ArrayList<>();
      reading.descendingIterator().forEachRemaining(t -> cycle.add(t.getSimpleName().toString()));
      cycle.add(type.getSimpleName().toString());
      diagnostics.error(Message.CUSTOM_TYPE_RECURSIVE, field, fieldName, type.getSimpleName(), String.join(" → ", cycle));
      return null;
    }
    return read(type);
  }

  private TypeModel read(TypeElement type) {
    String key = type.getQualifiedName().toString();
    if (models.containsKey(key)) {
      return models.get(key);
    }
    if (failed.contains(key)) {
      return null;
    }
    reading.push(type);
    int errorsBefore = diagnostics.errorCount();
    TypeModel model;
    try {
      model = build(type);
      if (model != null) {
        checks.check(model, unmappedFields.contains(key));
      }
    } finally {
      reading.pop();
    }
    if (model == null || diagnostics.errorCount() > errorsBefore) {
      failed.add(key);
      return null;
    }
    models.put(key, model);
    return model;
  }

  private TypeModel build(TypeElement type) {
    AnnotationMirror schema = Annotations.find(type, Annotations.SCHEMA);
    if (type.getKind() != ElementKind.RECORD && type.getKind() != ElementKind.CLASS) {
      diagnostics.error(Message.SCHEMA_NOT_A_TYPE, type, schema, null, type.getKind().toString().toLowerCase(), type.getSimpleName());
      return null;
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(Message.SCHEMA_GENERIC, type, type.getSimpleName());
      return null;
    }
    boolean isRecord = type.getKind() == ElementKind.RECORD;
    if (!isRecord) {
      checkConstructible(type);
      checkNoInheritedFields(type);
    }
    String simpleName = type.getSimpleName().toString();
    String name = Annotations.string(schema, "name");
    String displayName = Annotations.string(schema, "displayName");
    String description = Annotations.string(schema, "description");
    name = name.isEmpty() ? Names.snakeCase(simpleName) : name;
    displayName = Annotations.explicit(schema, "displayName") == null ? Names.displayName(simpleName) : displayName;
    description = description.isBlank() ? javadocs.description(type) : description;

    List<FieldModel> fieldModels = new ArrayList<>();
    List<TypeModel.RecordComponent> components = new ArrayList<>();
    if (isRecord) {
      List<VariableElement> declared = ElementFilter.fieldsIn(type.getEnclosedElements());
      declared.stream().filter(f -> f.getModifiers().contains(Modifier.STATIC)).forEach(f -> leftOut.check(type, f));
      Map<String, VariableElement> backing = declared.stream()
          .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
          .collect(Collectors.toMap(f -> f.getSimpleName().toString(), f -> f));
      for (RecordComponentElement component : type.getRecordComponents()) {
        VariableElement field = backing.get(component.getSimpleName().toString());
        // The field first: javac (JDK 17) gives no position for diagnostics on record component elements.
        boolean skip = ignored(field) || ignored(component);
        if (skip && field != null) {
          leftOut.check(type, field);
        }
        FieldModel model = skip ? null : fields.recordComponent(type, component, field);
        if (model != null) {
          fieldModels.add(model);
        } else if (!skip) {
          unmappedFields.add(type.getQualifiedName().toString());
        }
        components.add(new TypeModel.RecordComponent(component.getSimpleName().toString(), component.asType(), model));
      }
    } else {
      List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)
            || ignored(field)) {
          leftOut.check(type, field);
          continue;
        }
        FieldModel model = fields.classField(type, field, methods);
        if (model != null) {
          fieldModels.add(model);
        } else {
          unmappedFields.add(type.getQualifiedName().toString());
        }
      }
    }
    return new TypeModel(type, isRecord, schema != null, name, displayName, description, fieldModels, components);
  }

  private boolean ignored(Element element) {
    if (element == null || !Annotations.has(element, Annotations.SCHEMA_IGNORE)) {
      return false;
    }
    AnnotationMirror field = Annotations.find(element, Annotations.SCHEMA_FIELD);
    if (Annotations.bool(field, "primary")) {
      diagnostics.error(Message.FIELD_PRIMARY_IGNORED, element, field, Annotations.explicit(field, "primary"), element.getSimpleName());
    }
    return true;
  }

  /** The codec reads and sets declared fields only; fields of a superclass would silently vanish. */
  private void checkNoInheritedFields(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement parent = (TypeElement) ((javax.lang.model.type.DeclaredType) superclass).asElement();
      if (parent.getQualifiedName().contentEquals("java.lang.Object")) {
        return;
      }
      boolean hasFields = ElementFilter.fieldsIn(parent.getEnclosedElements()).stream()
          .anyMatch(f -> !f.getModifiers().contains(Modifier.STATIC) && !f.getModifiers().contains(Modifier.TRANSIENT));
      if (hasFields) {
        diagnostics.error(Message.SCHEMA_INHERITED_FIELDS, type, type.getSimpleName(), parent.getSimpleName(),
            type.getSimpleName());
        return;
      }
      superclass = parent.getSuperclass();
    }
  }

  private void checkConstructible(TypeElement type) {
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(Message.SCHEMA_NOT_CONSTRUCTIBLE, type, type.getSimpleName(), "it is abstract");
    } else if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(Message.SCHEMA_NOT_CONSTRUCTIBLE, type, type.getSimpleName(), "it is an inner (non-static) class");
    } else if (type.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(Message.SCHEMA_NOT_CONSTRUCTIBLE, type, type.getSimpleName(), "it is private");
    } else if (ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .noneMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE))) {
      diagnostics.error(Message.SCHEMA_NOT_CONSTRUCTIBLE, type, type.getSimpleName(), "it has no non-private no-argument constructor");
    }
  }
}
