package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or class as a destination schema: the processor writes
 * {@code destinations/schema/<name>.yml} and a reflection-free JSON codec {@code <Type>Codec}.
 *
 * <p>Every non-static, non-transient record component or field is a schema field unless it carries
 * {@link SchemaIgnore}; {@link SchemaField} refines one. Plain classes need a public no-argument
 * constructor and, per field, a public field or a getter/setter pair.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Schema {

  /** Schema name and file base name. Default: the type name in snake_case. Must match {@code ^[a-z][a-z0-9_]{1,61}$}. */
  String name() default "";

  /** Label shown in the OCP Sync Manager. Default: derived from the type name ({@code DamAsset} → "Dam Asset"). */
  String displayName() default "";

  /** What a record of this schema is. Default: the first sentence of the type's Javadoc. */
  String description() default "";
}
