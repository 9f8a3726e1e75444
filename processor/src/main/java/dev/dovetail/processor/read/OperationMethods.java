package dev.dovetail.processor.read;

import dev.dovetail.processor.model.OperationKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The operation methods of a {@code @Synapse} class: those it declares and those it inherits from its superclasses
 * and interfaces (default methods included), which the dispatcher calls through an instance of the class like its
 * own. A method carries the operation annotations it declares or, when it declares none, those of the nearest method
 * it overrides: an override without annotations implements the inherited operation.
 */
public final class OperationMethods {
  /** The annotations that make a method an operation method. */
  public static final List<String> ANNOTATIONS = annotations();

  private OperationMethods() {}

  /**
   * A method implementing an operation of the synapse. {@code annotated} declares the operation annotations: the
   * method itself, or a method of a supertype it overrides.
   */
  public record Operation(ExecutableElement method, ExecutableElement annotated) {}

  private static List<String> annotations() {
    List<String> out = new ArrayList<>();
    for (OperationKind kind : OperationKind.values()) {
      out.add(kind.annotation());
    }
    out.add(SynapseReader.TEST_CONNECTION);
    out.add(SynapseReader.DESCRIBE);
    return List.copyOf(out);
  }

  public static boolean isAnnotated(ExecutableElement method) {
    return ANNOTATIONS.stream().anyMatch(annotation -> Annotations.has(method, annotation));
  }

  /** Qualified names of the {@code @Schema} types the entity operation annotations of {@code method} name. */
  public static List<String> entityTypes(ExecutableElement method) {
    List<String> out = new ArrayList<>();
    for (OperationKind kind : OperationKind.values()) {
      TypeMirror value = Annotations.type(Annotations.find(method, kind.annotation()), "value");
      if (value != null && value.getKind() == TypeKind.DECLARED) {
        TypeElement entity = (TypeElement) ((DeclaredType) value).asElement();
        if (Annotations.has(entity, Annotations.SCHEMA)) {
          out.add(entity.getQualifiedName().toString());
        }
      }
    }
    return out;
  }

  /**
   * The operations of {@code type}: its own methods in declaration order, then those of its superclasses (nearest
   * first) and then of its interfaces that no method before them overrides.
   */
  static List<Operation> of(TypeElement type, Elements elements) {
    // Method → where its operation annotations are (null: none yet), in discovery order.
    Map<ExecutableElement, ExecutableElement> seen = new LinkedHashMap<>();
    for (TypeElement owner : hierarchy(type)) {
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        ExecutableElement overrider = owner.equals(type) ? null : overrider(seen, method, type, elements);
        if (overrider == null) {
          seen.put(method, isAnnotated(method) ? method : null);
        } else if (seen.get(overrider) == null && isAnnotated(method)) {
          seen.put(overrider, method);
        }
      }
    }
    List<Operation> out = new ArrayList<>();
    seen.forEach((method, annotated) -> {
      if (annotated != null) {
        out.add(new Operation(method, annotated));
      }
    });
    return out;
  }

  private static ExecutableElement overrider(Map<ExecutableElement, ExecutableElement> seen, ExecutableElement method,
      TypeElement type, Elements elements) {
    for (ExecutableElement candidate : seen.keySet()) {
      if (elements.overrides(candidate, method, type)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * {@code type}, its superclasses nearest first, then the interfaces of all of them (each once, in declaration
   * order, depth first); JDK types and types javac could not resolve are left out.
   */
  public static List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement current = type; current != null; current = element(current.getSuperclass())) {
      classes.add(current);
    }
    List<TypeElement> out = new ArrayList<>(classes);
    for (TypeElement current : classes) {
      addInterfaces(current, out);
    }
    return out;
  }

  private static void addInterfaces(TypeElement type, List<TypeElement> out) {
    for (TypeMirror mirror : type.getInterfaces()) {
      TypeElement element = element(mirror);
      if (element != null && !out.contains(element)) {
        out.add(element);
        addInterfaces(element, out);
      }
    }
  }

  private static TypeElement element(TypeMirror mirror) {
    if (mirror.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) mirror).asElement();
    String name = element.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.") ? null : element;
  }
}
