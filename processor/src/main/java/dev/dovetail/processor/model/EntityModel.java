package dev.dovetail.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * A synapse entity: a {@code @Schema} type with the operations implemented for it and its Syncari attributes.
 *
 * @param operations in {@link OperationKind} order
 * @param watermark the watermark field, or {@code null} (only allowed without {@code @Read})
 */
public record EntityModel(
    TypeModel type,
    Map<OperationKind, ExecutableElement> operations,
    FieldModel id,
    FieldModel watermark,
    List<AttributeModel> attributes) {

  public String apiName() {
    return type.name();
  }
}
