package dev.dovetail.runtime.synapse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One attribute of an {@link EntitySchema} (contract §5.2), as a {@code @Describe} method returns it. Build it with
 * {@link #builder}: the builder applies the rules the processor applies to {@code @Attribute} fields, so an attribute
 * described at run time reads on the wire exactly like a generated one. Fields Syncari assigns itself ({@code id},
 * {@code entityId}, ...) are not modelled and go out as {@code null}.
 *
 * @param length for strings, the longest value, or {@code null}
 * @param precision for decimals, the number of digits, or {@code null}
 * @param scale for decimals, the digits after the point, or {@code null}
 * @param picklistValues the allowed values of a {@link DataType#PICKLIST}, or {@code null}
 * @param referenceTo the {@code apiName} of the entity a {@link DataType#REFERENCE} points to, or {@code null}
 */
public record EntityAttribute(
    String apiName,
    String displayName,
    DataType dataType,
    Integer length,
    Integer precision,
    Integer scale,
    List<String> picklistValues,
    String referenceTo,
    boolean custom,
    String defaultValue,
    boolean nillable,
    boolean initializable,
    boolean updateable,
    boolean createOnly,
    boolean calculated,
    boolean unique,
    Status status,
    boolean idField,
    boolean watermarkField,
    boolean createdAtField,
    boolean updatedAtField,
    boolean multiValue,
    boolean system) {

  /** An attribute's lifecycle state in the end system. */
  public enum Status {
    ACTIVE,
    INACTIVE,
    DELETED,
    PENDING
  }

  public EntityAttribute {
    // Not List.copyOf: a null value must reach EntitySchemaRules, which reports it, instead of failing here.
    picklistValues = picklistValues == null ? null : Collections.unmodifiableList(new ArrayList<>(picklistValues));
    status = status == null ? Status.ACTIVE : status;
  }

  /** An attribute with the SDK's defaults: nillable, initializable and updateable, no role, status ACTIVE. */
  public static Builder builder(String apiName, String displayName, DataType dataType) {
    return new Builder(apiName, displayName, dataType);
  }

  /** Collects an attribute; {@link #build()} derives the dependent flags. */
  public static final class Builder {
    private final String apiName;
    private final String displayName;
    private final DataType dataType;
    private Integer length;
    private Integer precision;
    private Integer scale;
    private List<String> picklistValues;
    private String referenceTo;
    private boolean custom;
    private String defaultValue;
    private boolean nillable = true;
    private boolean initializable = true;
    private boolean updateable = true;
    private boolean createOnly;
    private boolean calculated;
    private boolean unique;
    private Status status = Status.ACTIVE;
    private boolean idField;
    private boolean watermarkField;
    private boolean createdAtField;
    private boolean updatedAtField;
    private boolean multiValue;
    private boolean system;

    private Builder(String apiName, String displayName, DataType dataType) {
      this.apiName = apiName;
      this.displayName = displayName;
      this.dataType = dataType;
    }

    public Builder length(int length) {
      this.length = length;
      return this;
    }

    public Builder precision(int precision, int scale) {
      this.precision = precision;
      this.scale = scale;
      return this;
    }

    public Builder picklistValues(String... values) {
      return picklistValues(Arrays.asList(values));
    }

    public Builder picklistValues(List<String> values) {
      this.picklistValues = values;
      return this;
    }

    /** The entity a {@link DataType#REFERENCE} attribute points to, by its {@code apiName}. */
    public Builder referenceTo(String entityApiName) {
      this.referenceTo = entityApiName;
      return this;
    }

    /** A field the end system's users added (not part of its standard model). */
    public Builder custom() {
      this.custom = true;
      return this;
    }

    public Builder defaultValue(String defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }

    public Builder nillable(boolean nillable) {
      this.nillable = nillable;
      return this;
    }

    public Builder initializable(boolean initializable) {
      this.initializable = initializable;
      return this;
    }

    public Builder updateable(boolean updateable) {
      this.updateable = updateable;
      return this;
    }

    /** Set on create only: the attribute is then not updateable. */
    public Builder createOnly() {
      this.createOnly = true;
      return this;
    }

    /** Computed by the end system: neither initializable nor updateable. */
    public Builder calculated() {
      this.calculated = true;
      return this;
    }

    public Builder unique() {
      this.unique = true;
      return this;
    }

    public Builder status(Status status) {
      this.status = status;
      return this;
    }

    /** The entity's id (exactly one per entity): also unique and not nillable. */
    public Builder idField() {
      this.idField = true;
      return this;
    }

    /**
     * The watermark (at most one per entity, a {@link DataType#DATETIME} or {@link DataType#TIMESTAMP} that changes
     * on every update): also a system attribute, and the updated-at attribute unless it is marked created-at.
     */
    public Builder watermarkField() {
      this.watermarkField = true;
      return this;
    }

    public Builder createdAtField() {
      this.createdAtField = true;
      return this;
    }

    public Builder updatedAtField() {
      this.updatedAtField = true;
      return this;
    }

    /** The attribute holds a list of values. */
    public Builder multiValue() {
      this.multiValue = true;
      return this;
    }

    /** Maintained by the end system itself. */
    public Builder system() {
      this.system = true;
      return this;
    }

    /** The attribute, with the flags that follow from its roles (see the methods above). */
    public EntityAttribute build() {
      return new EntityAttribute(apiName, displayName, dataType, length, precision, scale, picklistValues, referenceTo,
          custom, defaultValue, nillable && !idField, initializable && !calculated,
          updateable && !calculated && !createOnly, createOnly, calculated, unique || idField, status, idField,
          watermarkField, createdAtField, updatedAtField || watermarkField && !createdAtField, multiValue,
          system || watermarkField);
    }
  }
}
