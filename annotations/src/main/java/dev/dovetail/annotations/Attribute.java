package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Syncari attribute metadata of a field of a synapse entity (a {@link Schema} type used by {@link Synapse}
 * operations). The id attribute is the field marked {@code @SchemaField(primary = true)}; the data type is inferred
 * from the Java type unless given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Attribute {

  /** The watermark: a time ({@code Instant}) or epoch-millisecond {@code long} that changes on every update. */
  boolean watermark() default false;

  boolean createdAt() default false;

  /** Marks the last-update time; a watermark is also marked updated-at unless another field is. */
  boolean updatedAt() default false;

  /** Explicit data type; {@link DataType#INFERRED} derives it from the Java type. */
  DataType dataType() default DataType.INFERRED;

  boolean nillable() default true;

  boolean updateable() default true;

  /** Set on create only. */
  boolean createOnly() default false;

  /** Computed by the end system; never written. */
  boolean calculated() default false;

  boolean unique() default false;

  /** For a {@code reference}: the entity type referenced. */
  Class<?> referenceTo() default void.class;

  /** Syncari data types. */
  enum DataType {
    INFERRED(null), BOOLEAN("boolean"), DECIMAL("decimal"), DOUBLE("double"), REFERENCE("reference"),
    PICKLIST("picklist"), STRING("string"), DATETIME("datetime"), TIMESTAMP("timestamp"), INTEGER("integer"),
    DATE("date"), OBJECT("object"), PASSWORD("password");

    private final String wireValue;

    DataType(String wireValue) {
      this.wireValue = wireValue;
    }

    public String wireValue() {
      return wireValue;
    }
  }
}
