package dev.dovetail.processor.read;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.OperationKind;
import dev.dovetail.processor.model.SynapseModel;
import dev.dovetail.processor.model.TypeModel;
import dev.dovetail.processor.read.OperationMethods.Operation;
import dev.dovetail.runtime.ocp.OcpRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Builds a {@link SynapseModel} from a {@code @Synapse} class: settings, operation methods and entities (J2–J7). */
public final class SynapseReader {
  public static final String SYNAPSE = "dev.dovetail.annotations.Synapse";
  public static final String TEST_CONNECTION = "dev.dovetail.annotations.TestConnection";
  public static final String DESCRIBE = "dev.dovetail.annotations.Describe";

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Javadocs javadocs;
  private final TypeReader typeReader;
  private final EntityReader entityReader;
  private final OperationChecks checks;
  private final ConnectionFieldReader connectionFieldReader;

  public SynapseReader(ProcessingEnvironment env, Diagnostics diagnostics, Javadocs javadocs, TypeReader typeReader) {
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    this.javadocs = javadocs;
    this.typeReader = typeReader;
    this.entityReader = new EntityReader(diagnostics);
    this.checks = new OperationChecks(env, diagnostics);
    this.connectionFieldReader = new ConnectionFieldReader(diagnostics);
  }

  /** The model, or {@code null} when the class breaks a rule (reported). */
  public SynapseModel read(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    AnnotationMirror annotation = Annotations.find(type, SYNAPSE);
    checkInstantiable(type);
    String simpleName = type.getSimpleName().toString();
    String name = Annotations.string(annotation, "name");
    name = name.isEmpty() ? Names.snakeCase(simpleName) : name;
    if (!OcpRules.isName(name)) {
      diagnostics.error(Message.SYNAPSE_NAME_FORMAT, type, annotation, Annotations.explicit(annotation, "name"), name,
          OcpRules.NAME_RULE);
    }
    String displayName = Annotations.string(annotation, "displayName");
    displayName = displayName.isBlank() ? Names.displayName(simpleName) : displayName;
    String description = Annotations.string(annotation, "description");
    description = description.isBlank() ? javadocs.description(type) : description;
    if (description.isBlank()) {
      diagnostics.error(Message.SYNAPSE_DESCRIPTION_MISSING, type, annotation, null, simpleName);
    }
    String category = Annotations.explicit(annotation, "category") == null ? "custom" : Annotations.string(annotation, "category");
    List<AuthType> authTypes = authTypes(type, annotation);
    List<SynapseModel.ConnectionFieldModel> fields = connectionFieldReader.read(type, annotation, authTypes);
    int crudSize = setting(type, annotation, "apiMaxCrudSize", 20, 1, 1000);
    int skew = setting(type, annotation, "readSkewSeconds", 0, 0, 86_400);
    int pageSize = setting(type, annotation, "pageSize", 100, 1, 10_000);

    ExecutableElement testMethod = null;
    ExecutableElement describeMethod = null;
    Map<TypeElement, Map<OperationKind, ExecutableElement>> byEntity = new LinkedHashMap<>();
    for (Operation operation : OperationMethods.of(type, elements)) {
      ExecutableElement method = operation.method();
      ExecutableElement annotated = operation.annotated();
      List<OperationKind> kinds = operationKinds(annotated);
      boolean test = Annotations.has(annotated, TEST_CONNECTION);
      boolean describe = Annotations.has(annotated, DESCRIBE);
      List<String> labels = new ArrayList<>();
      if (test) {
        labels.add("@TestConnection");
      }
      if (describe) {
        labels.add("@Describe");
      }
      kinds.forEach(kind -> labels.add(kind.label()));
      if (labels.size() > 1) {
        diagnostics.error(Message.OPERATION_TWO_KINDS, annotated, annotated.getSimpleName(), labels.get(0), labels.get(1));
        continue;
      }
      if (test) {
        if (testMethod != null) {
          diagnostics.error(Message.OPERATION_DUPLICATE, method, "@TestConnection", "synapse " + simpleName,
              testMethod.getSimpleName() + "()");
        } else if (checks.callable(type, operation, "@TestConnection") && checks.testSignature(type, operation)) {
          testMethod = method;
        }
      } else if (describe) {
        if (describeMethod != null) {
          diagnostics.error(Message.OPERATION_DUPLICATE, method, "@Describe", "synapse " + simpleName,
              describeMethod.getSimpleName() + "()");
        } else if (checks.callable(type, operation, "@Describe") && checks.describeSignature(type, operation)) {
          describeMethod = method;
        }
      } else if (kinds.size() == 1) {
        operation(type, kinds.get(0), operation, byEntity);
      }
    }
    List<EntityModel> entities = entities(type, name, byEntity);
    if (byEntity.isEmpty() && diagnostics.errorCount() == errorsBefore) {
      diagnostics.error(Message.SYNAPSE_NO_OPERATIONS, type, simpleName);
    }
    // An entity whose @Schema type has errors is left out of entities (its errors may have been reported earlier).
    if (diagnostics.errorCount() > errorsBefore || entities.size() < byEntity.size()) {
      return null;
    }
    return new SynapseModel(type, name, displayName, description, category,
        authTypes.stream().map(AuthType::wireValue).toList(), fields, crudSize, skew, pageSize,
        testMethod, describeMethod, entities);
  }

  /** The auth types, in declaration order; reports an empty list. */
  private List<AuthType> authTypes(TypeElement type, AnnotationMirror annotation) {
    AnnotationValue explicit = Annotations.explicit(annotation, "authTypes");
    if (explicit == null) {
      return List.of(AuthType.API_KEY);
    }
    List<AuthType> out = new ArrayList<>();
    for (AnnotationValue value : Annotations.list(annotation, "authTypes")) {
      AuthType authType = AuthType.valueOf(((VariableElement) value.getValue()).getSimpleName().toString());
      if (!out.contains(authType)) {
        out.add(authType);
      }
    }
    if (out.isEmpty()) {
      diagnostics.error(Message.SYNAPSE_NO_AUTH_TYPE, type, annotation, explicit, type.getSimpleName());
    }
    return out;
  }

  private int setting(TypeElement type, AnnotationMirror annotation, String member, int fallback, int min, int max) {
    AnnotationValue value = Annotations.explicit(annotation, member);
    if (value == null) {
      return fallback;
    }
    int number = (Integer) value.getValue();
    if (number < min || number > max) {
      diagnostics.error(Message.SYNAPSE_SETTING_RANGE, type, annotation, value, member, "between " + min + " and " + max, number);
    }
    return number;
  }

  private void checkInstantiable(TypeElement type) {
    String problem = null;
    if (type.getKind() != ElementKind.CLASS) {
      problem = "is " + article(type.getKind()) + ", not a class";
    } else if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "is not public";
    } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = "is abstract";
    } else if (type.getNestingKind() != NestingKind.TOP_LEVEL
        && !(type.getNestingKind() == NestingKind.MEMBER && type.getModifiers().contains(Modifier.STATIC))) {
      problem = "is an inner (non-static) class";
    } else if (ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .noneMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC))) {
      problem = "has no public no-argument constructor";
    }
    if (problem != null) {
      diagnostics.error(Message.SYNAPSE_NOT_INSTANTIABLE, type, type.getSimpleName(), problem);
    }
  }

  private static String article(ElementKind kind) {
    switch (kind) {
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      case RECORD:
        return "a record";
      default:
        return "a " + kind.toString().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Qualified names of the {@code @Schema} types the operation annotations of {@code type} (and of the methods it
   * inherits) name, whether or not the methods are valid: those types are synapse entities, not OCP schemas, even
   * while the synapse has errors.
   */
  public List<String> entityTypes(TypeElement type) {
    List<String> out = new ArrayList<>();
    for (Operation operation : OperationMethods.of(type, elements)) {
      out.addAll(OperationMethods.entityTypes(operation.annotated()));
    }
    return out;
  }

  private List<OperationKind> operationKinds(ExecutableElement method) {
    List<OperationKind> out = new ArrayList<>();
    for (OperationKind kind : OperationKind.values()) {
      if (Annotations.has(method, kind.annotation())) {
        out.add(kind);
      }
    }
    return out;
  }

  private void operation(TypeElement type, OperationKind kind, Operation operation,
      Map<TypeElement, Map<OperationKind, ExecutableElement>> byEntity) {
    ExecutableElement annotated = operation.annotated();
    AnnotationMirror annotation = Annotations.find(annotated, kind.annotation());
    TypeMirror value = Annotations.type(annotation, "value");
    if (value == null || value.getKind() != TypeKind.DECLARED) {
      diagnostics.error(Message.OPERATION_ENTITY_NOT_SCHEMA, annotated, annotation, Annotations.explicit(annotation, "value"),
          kind.label(), value, value);
      return;
    }
    TypeElement entity = (TypeElement) ((DeclaredType) value).asElement();
    if (!Annotations.has(entity, Annotations.SCHEMA)) {
      diagnostics.error(Message.OPERATION_ENTITY_NOT_SCHEMA, annotated, annotation, Annotations.explicit(annotation, "value"),
          kind.label(), entity.getSimpleName(), entity.getSimpleName());
      return;
    }
    if (!checks.callable(type, operation, kind.label()) || !checks.entitySignature(type, kind, operation, (DeclaredType) value)) {
      return;
    }
    Map<OperationKind, ExecutableElement> operations = byEntity.computeIfAbsent(entity, e -> new EnumMap<>(OperationKind.class));
    ExecutableElement previous = operations.putIfAbsent(kind, operation.method());
    if (previous != null) {
      diagnostics.error(Message.OPERATION_DUPLICATE, annotated, annotation, null, kind.label(), "entity " + entity.getSimpleName(),
          previous.getSimpleName() + "()");
    }
  }

  private List<EntityModel> entities(TypeElement type, String synapseName,
      Map<TypeElement, Map<OperationKind, ExecutableElement>> byEntity) {
    List<EntityModel> out = new ArrayList<>();
    Map<String, TypeModel> byName = new LinkedHashMap<>();
    for (Map.Entry<TypeElement, Map<OperationKind, ExecutableElement>> entry : byEntity.entrySet()) {
      TypeModel model = typeReader.readSchema(entry.getKey());
      if (model == null) {
        continue;
      }
      TypeModel previous = byName.putIfAbsent(model.name(), model);
      if (previous != null) {
        diagnostics.error(Message.ENTITY_NAME_DUPLICATE, entry.getValue().values().iterator().next(), model.name(),
            model.element().getSimpleName(), previous.qualifiedName(), synapseName);
        continue;
      }
      EntityModel entity = entityReader.read(model, entry.getValue(), synapseName, byEntity.keySet());
      if (entity != null) {
        out.add(entity);
      }
    }
    return out;
  }
}
