package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Refines one field of a {@link Schema} type (or of a nested custom type). Put it on a record component or on
 * a class field.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface SchemaField {

  /** Field name in the schema and in the JSON records. Default: the Java name in snake_case ({@code assetId} → {@code asset_id}). */
  String name() default "";

  /** Label shown in the field mapping. Default: derived from the Java name ({@code assetId} → "Asset Id"). */
  String displayName() default "";

  /** What the field holds. Default: the first sentence of the field's Javadoc (for records: the {@code @param} tag). */
  String description() default "";

  /** Part of the primary key. Several primary fields form a composite key; arrays and custom types cannot be primary. */
  boolean primary() default false;

  /** Optional display format; OCP knows only {@link Format#URL}, valid on string fields. */
  Format format() default Format.NONE;

  /** Display formats of a schema field. */
  enum Format {
    /** No format: the key is not written. */
    NONE,
    /** The string holds a web address ({@code format: url}). */
    URL
  }
}
