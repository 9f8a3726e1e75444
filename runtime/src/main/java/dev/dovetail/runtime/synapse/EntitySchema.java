package dev.dovetail.runtime.synapse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Schema of one synapse entity (contract §5.1), as a {@code @Describe} method returns it for entities only known
 * at run time. Static entities need none: their Schema is generated from the {@code @Schema} type. The runtime checks
 * what the method returns with {@link EntitySchemaRules} and writes it with {@link EntitySchemaJson}, the writer the
 * generated Schemas come from.
 *
 * @param pluralName e.g. {@code Tickets}, or {@code null}
 * @param description or {@code null}
 * @param custom an entity the end system's users defined, rather than one of its standard ones
 * @param readOnly records of the entity cannot be written
 * @param child a child entity: its parent holds it in an attribute of type {@link DataType#CHILD}
 */
public record EntitySchema(
    String apiName,
    String displayName,
    String pluralName,
    String description,
    boolean custom,
    boolean readOnly,
    boolean child,
    List<EntityAttribute> attributes) {

  public EntitySchema {
    // Not List.copyOf: a null attribute must reach EntitySchemaRules, which reports it, instead of failing here.
    attributes = attributes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attributes));
  }

  public static Builder builder(String apiName, String displayName) {
    return new Builder(apiName, displayName);
  }

  /** Collects a Schema; attributes keep the order they are added in. */
  public static final class Builder {
    private final String apiName;
    private final String displayName;
    private String pluralName;
    private String description;
    private boolean custom;
    private boolean readOnly;
    private boolean child;
    private final List<EntityAttribute> attributes = new ArrayList<>();

    private Builder(String apiName, String displayName) {
      this.apiName = apiName;
      this.displayName = displayName;
    }

    public Builder pluralName(String pluralName) {
      this.pluralName = pluralName;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder custom() {
      this.custom = true;
      return this;
    }

    public Builder readOnly() {
      this.readOnly = true;
      return this;
    }

    public Builder child() {
      this.child = true;
      return this;
    }

    public Builder attribute(EntityAttribute attribute) {
      attributes.add(attribute);
      return this;
    }

    public Builder attribute(EntityAttribute.Builder attribute) {
      return attribute(attribute.build());
    }

    public Builder attributes(List<EntityAttribute> attributes) {
      this.attributes.addAll(attributes);
      return this;
    }

    public EntitySchema build() {
      return new EntitySchema(apiName, displayName, pluralName, description, custom, readOnly, child, attributes);
    }
  }
}
