package dev.dovetail.processor;

import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.read.Annotations;
import dev.dovetail.processor.read.LeftOutFields;
import dev.dovetail.processor.read.OperationMethods;
import dev.dovetail.processor.read.SynapseReader;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Annotations where they have no effect, which their {@code @Target} cannot rule out: operation annotations on
 * methods of a type that is no {@code @Synapse} and that no synapse inherits from, and {@code @Attribute} on fields of
 * a type that is no synapse entity. The owners are recorded by name round by round and checked after the last round,
 * when every synapse and entity is known, on elements looked up again then (javac positions diagnostics on elements
 * of the current round only).
 */
final class MisplacedAnnotations {
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Set<String> synapses = new TreeSet<>();
  private final Set<String> operationOwners = new TreeSet<>();
  private final Set<String> attributeOwners = new TreeSet<>();

  MisplacedAnnotations(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  void round(RoundEnvironment round) {
    for (Element synapse : annotatedWith(round, SynapseReader.SYNAPSE)) {
      if (synapse instanceof TypeElement type) {
        synapses.add(type.getQualifiedName().toString());
      }
    }
    for (String annotation : OperationMethods.ANNOTATIONS) {
      recordOwners(annotatedWith(round, annotation), operationOwners);
    }
    recordOwners(annotatedWith(round, Annotations.ATTRIBUTE), attributeOwners);
  }

  /**
   * Reports the misplaced annotations. {@code entityTypes}: qualified names of the types synapse operations name; the
   * types misplaced operations name are added, so a forgotten {@code @Synapse} is one error, not also an OCP schema
   * rule broken by an entity. {@code usage}: what uses a {@code @Schema} type that is no entity, for the message.
   */
  void finish(Set<String> entityTypes, Function<String, String> usage) {
    Set<String> inherited = new HashSet<>();
    for (String name : synapses) {
      TypeElement synapse = elements.getTypeElement(name);
      if (synapse != null) {
        OperationMethods.hierarchy(synapse).forEach(t -> inherited.add(t.getQualifiedName().toString()));
      }
    }
    for (String owner : operationOwners) {
      TypeElement type = elements.getTypeElement(owner);
      if (type != null && !inherited.contains(owner) && !Annotations.has(type, SynapseReader.SYNAPSE)) {
        operationsOutsideSynapse(type, entityTypes);
      }
    }
    for (String owner : attributeOwners) {
      TypeElement type = elements.getTypeElement(owner);
      if (type != null && !entityTypes.contains(owner)) {
        attributesOutsideEntity(type, usage);
      }
    }
  }

  /** An error on each operation annotation; only a warning in an abstract class or interface, which may be a base. */
  private void operationsOutsideSynapse(TypeElement type, Set<String> entityTypes) {
    boolean base = type.getKind() == ElementKind.INTERFACE
        || type.getKind() == ElementKind.CLASS && type.getModifiers().contains(Modifier.ABSTRACT);
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      entityTypes.addAll(OperationMethods.entityTypes(method));
      for (String annotation : OperationMethods.ANNOTATIONS) {
        AnnotationMirror mirror = Annotations.find(method, annotation);
        if (mirror == null) {
          continue;
        }
        String label = "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
        if (base) {
          diagnostics.warning(Message.OPERATION_BASE_UNUSED, method, mirror, label, method.getSimpleName(),
              type.getSimpleName(), label);
        } else {
          diagnostics.error(Message.OPERATION_OUTSIDE_SYNAPSE, method, mirror, null, label, method.getSimpleName(),
              type.getSimpleName(), type.getSimpleName(), label);
        }
      }
    }
  }

  /** An error on each {@code @Attribute} of a type without {@code @Schema}, a warning in a {@code @Schema} type. */
  private void attributesOutsideEntity(TypeElement type, Function<String, String> usage) {
    boolean schema = Annotations.has(type, Annotations.SCHEMA);
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      AnnotationMirror mirror = Annotations.find(field, Annotations.ATTRIBUTE);
      if (mirror == null || schema && LeftOutFields.leftOut(field)) {
        // In a @Schema type, an @Attribute on a field the schema leaves out is already an error of its own.
        continue;
      }
      if (schema) {
        diagnostics.warning(Message.ATTRIBUTE_NOT_ENTITY, field, mirror, field.getSimpleName(), type.getSimpleName(),
            usage.apply(type.getQualifiedName().toString()), type.getSimpleName());
      } else {
        diagnostics.error(Message.ATTRIBUTE_OUTSIDE_SCHEMA, field, mirror, null, field.getSimpleName(),
            type.getSimpleName(), type.getSimpleName());
      }
    }
  }

  private Set<? extends Element> annotatedWith(RoundEnvironment round, String annotation) {
    TypeElement type = elements.getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  private static void recordOwners(Set<? extends Element> annotated, Set<String> owners) {
    for (Element element : annotated) {
      if (element.getEnclosingElement() instanceof TypeElement owner) {
        owners.add(owner.getQualifiedName().toString());
      }
    }
  }
}
