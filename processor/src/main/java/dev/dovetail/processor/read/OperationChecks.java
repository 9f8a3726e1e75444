package dev.dovetail.processor.read;

import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.OperationKind;
import dev.dovetail.processor.read.OperationMethods.Operation;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules on one operation method of a synapse (J4, J6): modifiers, whether the generated dispatcher can call it,
 * thrown types and signature. Inherited methods are checked as members of the synapse class, so a generic superclass
 * method ({@code List<WriteResult> create(WriteRequest<E> r)}) is seen with the synapse's type arguments.
 */
final class OperationChecks {
  private static final String SYNAPSE_PACKAGE = "dev.dovetail.runtime.synapse";

  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  OperationChecks(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
  }

  /** Modifiers, access from the dispatcher and thrown types; reports the first problem and answers whether there was none. */
  boolean callable(TypeElement synapse, Operation operation, String label) {
    ExecutableElement method = operation.method();
    for (Modifier bad : List.of(Modifier.PRIVATE, Modifier.STATIC, Modifier.ABSTRACT)) {
      if (method.getModifiers().contains(bad)) {
        diagnostics.error(Message.OPERATION_MODIFIERS, method, label, method.getSimpleName() + "()", bad.toString());
        return false;
      }
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (!method.getModifiers().contains(Modifier.PUBLIC) && !samePackage(owner, synapse)) {
      String access = method.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "package-private";
      diagnostics.error(Message.OPERATION_NOT_ACCESSIBLE, method, label, method.getSimpleName() + "()", access,
          owner.getQualifiedName(), synapse.getSimpleName(), elements.getPackageOf(synapse).getQualifiedName(),
          synapse.getSimpleName());
      return false;
    }
    // The dispatcher's methods declare 'throws Exception'; unchecked throwables (Error) need no declaration there.
    TypeMirror exception = elements.getTypeElement("java.lang.Exception").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    for (TypeMirror thrown : member(synapse, method).getThrownTypes()) {
      if (!types.isAssignable(thrown, exception) && !types.isAssignable(thrown, error)) {
        diagnostics.error(Message.OPERATION_THROWS, method, label, method.getSimpleName() + "()", thrown);
        return false;
      }
    }
    return true;
  }

  /** {@code Connection m(Connection)} or {@code void m(Connection)}. */
  boolean testSignature(TypeElement synapse, Operation operation) {
    ExecutableType member = member(synapse, operation.method());
    TypeMirror connection = runtimeType("Connection");
    boolean parameterOk = member.getParameterTypes().size() == 1
        && types.isSameType(member.getParameterTypes().get(0), connection);
    boolean returnOk = member.getReturnType().getKind() == TypeKind.VOID || types.isSameType(member.getReturnType(), connection);
    return signature(parameterOk && returnOk, operation, "@TestConnection",
        "Connection name(Connection connection) or void name(Connection connection)");
  }

  /** {@code List<EntitySchema> m()} or {@code List<EntitySchema> m(Connection connection)}. */
  boolean describeSignature(TypeElement synapse, Operation operation) {
    ExecutableType member = member(synapse, operation.method());
    List<? extends TypeMirror> parameters = member.getParameterTypes();
    boolean parametersOk = parameters.isEmpty()
        || parameters.size() == 1 && types.isSameType(parameters.get(0), runtimeType("Connection"));
    return signature(parametersOk && types.isSameType(member.getReturnType(), list(runtimeType("EntitySchema"))),
        operation, "@Describe", "List<EntitySchema> name() or List<EntitySchema> name(Connection connection)");
  }

  boolean entitySignature(TypeElement synapse, OperationKind kind, Operation operation, DeclaredType entity) {
    TypeMirror parameter;
    TypeMirror returns;
    TypeMirror results = list(runtimeType("WriteResult"));
    switch (kind) {
      case READ:
        parameter = runtimeType("ReadRequest");
        returns = types.getDeclaredType(runtimeElement("ReadPage"), entity);
        break;
      case GET_BY_ID:
        parameter = runtimeType("IdRequest");
        returns = list(entity);
        break;
      case CREATE:
      case UPDATE:
        parameter = types.getDeclaredType(runtimeElement("WriteRequest"), entity);
        returns = results;
        break;
      default:
        parameter = runtimeType("IdRequest");
        returns = results;
    }
    ExecutableType member = member(synapse, operation.method());
    boolean ok = member.getParameterTypes().size() == 1
        && types.isSameType(member.getParameterTypes().get(0), parameter)
        && types.isSameType(member.getReturnType(), returns);
    return signature(ok, operation, kind.label(), kind.signature(entity.asElement().getSimpleName().toString()));
  }

  private boolean signature(boolean ok, Operation operation, String label, String expected) {
    if (!ok) {
      diagnostics.error(Message.OPERATION_SIGNATURE, operation.method(), label,
          operation.method().getSimpleName() + "()", expected);
    }
    return ok;
  }

  /** The method's type as a member of the synapse class: type variables of a generic superclass substituted. */
  private ExecutableType member(TypeElement synapse, ExecutableElement method) {
    if (synapse.asType().getKind() == TypeKind.DECLARED && !method.getEnclosingElement().equals(synapse)) {
      try {
        return (ExecutableType) types.asMemberOf((DeclaredType) synapse.asType(), method);
      } catch (IllegalArgumentException e) {
        // Not a member (an unrelated or unresolved supertype): its declared type is all there is.
      }
    }
    return (ExecutableType) method.asType();
  }

  private boolean samePackage(TypeElement a, TypeElement b) {
    return elements.getPackageOf(a).equals(elements.getPackageOf(b));
  }

  private TypeElement runtimeElement(String simpleName) {
    return elements.getTypeElement(SYNAPSE_PACKAGE + "." + simpleName);
  }

  private TypeMirror runtimeType(String simpleName) {
    return runtimeElement(simpleName).asType();
  }

  private TypeMirror list(TypeMirror element) {
    return types.getDeclaredType(elements.getTypeElement("java.util.List"), element);
  }
}
