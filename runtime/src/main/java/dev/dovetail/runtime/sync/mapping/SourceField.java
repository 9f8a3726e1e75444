package dev.dovetail.runtime.sync.mapping;

/**
 * An attribute of a source entity, as its Syncari Schema describes it.
 *
 * @param name the attribute's {@code apiName}: the key in a record's {@code values}
 * @param dataType the contract's {@code dataType} ({@code string}, {@code integer}, {@code datetime} …)
 * @param id whether it is the entity's id attribute (the Record's {@code id} holds it too)
 * @param multiValue whether values are lists of {@code dataType}
 */
public record SourceField(String name, String dataType, boolean id, boolean multiValue) {

  /** {@code decimal}, or {@code [string]} for a multi-value attribute. */
  public String typeLabel() {
    return multiValue ? "[" + dataType + "]" : dataType;
  }
}
