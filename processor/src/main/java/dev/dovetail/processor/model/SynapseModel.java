package dev.dovetail.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Synapse} class.
 *
 * @param authTypes the wire values ({@code ApiKey}), in declaration order
 * @param testMethod the {@code @TestConnection} method, or {@code null}
 * @param describeMethod the {@code @Describe} method, or {@code null}
 * @param entities in order of their first operation method
 */
public record SynapseModel(
    TypeElement element,
    String name,
    String displayName,
    String description,
    String category,
    List<String> authTypes,
    List<ConnectionFieldModel> connectionFields,
    int apiMaxCrudSize,
    int readSkewSeconds,
    int pageSize,
    ExecutableElement testMethod,
    ExecutableElement describeMethod,
    List<EntityModel> entities) {

  /**
   * A field the user fills in when connecting.
   *
   * @param authTypes the wire values of the auth types it is asked under, in the synapse's order
   */
  public record ConnectionFieldModel(String name, String label, String description, boolean required, boolean secret,
      String defaultValue, List<String> authTypes) {}

  /** The connection fields asked under {@code authType} (a wire value), in declaration order. */
  public List<ConnectionFieldModel> connectionFields(String authType) {
    return connectionFields.stream().filter(f -> f.authTypes().contains(authType)).toList();
  }

  public boolean reads() {
    return entities.stream().anyMatch(e -> e.operations().containsKey(OperationKind.READ));
  }

  public boolean writes() {
    return entities.stream().anyMatch(e -> e.operations().keySet().stream().anyMatch(OperationKind::writes));
  }

  /** {@code source}, {@code sink} or {@code source_and_sink} (contract §9). */
  public String kind() {
    return reads() && writes() ? "source_and_sink" : reads() ? "source" : "sink";
  }

  public String entryPoint() {
    return element.getSimpleName().toString();
  }
}
