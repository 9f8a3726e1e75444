package dev.dovetail.processor.read;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.SynapseModel.ConnectionFieldModel;
import dev.dovetail.runtime.synapse.AuthConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Reads the {@code @ConnectionField}s of a {@code @Synapse}: names, labels, secrecy and the auth types they belong to. */
final class ConnectionFieldReader {
  private final Diagnostics diagnostics;

  ConnectionFieldReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The fields; {@code authTypes}: the synapse's, in declaration order. Broken fields are reported and left out. */
  List<ConnectionFieldModel> read(TypeElement type, AnnotationMirror synapse, List<AuthType> authTypes) {
    List<ConnectionFieldModel> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (AnnotationValue value : Annotations.list(synapse, "connectionFields")) {
      AnnotationMirror field = (AnnotationMirror) value.getValue();
      String name = Annotations.string(field, "name");
      if (name.isBlank() || !names.add(name)) {
        diagnostics.error(Message.CONNECTION_FIELD_INVALID, type, synapse, value,
            name.isBlank() ? "has a blank name" : "'" + name + "' is declared twice");
        continue;
      }
      List<String> fieldAuthTypes = authTypes(type, synapse, field, name, authTypes);
      if (fieldAuthTypes == null) {
        continue;
      }
      String label = Annotations.string(field, "label");
      boolean required = Annotations.explicit(field, "required") == null || Annotations.bool(field, "required");
      String defaultValue = Annotations.string(field, "defaultValue");
      out.add(new ConnectionFieldModel(name, label.isBlank() ? Names.displayName(name) : label,
          Annotations.string(field, "description"), required,
          Annotations.bool(field, "secret") || AuthConfig.SECRET_FIELDS.contains(name),
          defaultValue.isEmpty() ? null : defaultValue, fieldAuthTypes));
    }
    return out;
  }

  /**
   * The wire values of the auth types the field is asked under, in the synapse's order: all of the synapse's unless
   * the field names some. {@code null} when it names one the synapse does not declare (reported).
   */
  private List<String> authTypes(TypeElement type, AnnotationMirror synapse, AnnotationMirror field, String name,
      List<AuthType> declared) {
    Set<AuthType> named = new HashSet<>();
    boolean ok = true;
    for (AnnotationValue value : Annotations.list(field, "authTypes")) {
      AuthType authType = AuthType.valueOf(((VariableElement) value.getValue()).getSimpleName().toString());
      named.add(authType);
      if (!declared.isEmpty() && !declared.contains(authType)) {
        diagnostics.error(Message.CONNECTION_FIELD_AUTH_TYPE, type, synapse, value, name, authType, type.getSimpleName(),
            declared.stream().map(AuthType::name).collect(Collectors.joining(", ", "{", "}")));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    return declared.stream().filter(a -> named.isEmpty() || named.contains(a)).map(AuthType::wireValue).toList();
  }
}
