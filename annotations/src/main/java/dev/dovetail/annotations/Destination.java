package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an OCP data-sync destination.
 *
 * <p>The class must be public, concrete, have a public no-argument constructor and implement
 * {@code dev.dovetail.runtime.DestinationHandler<T>}. With a static schema, {@code T} is a type annotated
 * with {@link Schema}; with a dynamic schema ({@link #schemaFunction()}), {@code T} is
 * {@code dev.dovetail.runtime.DynamicRecord}.
 *
 * <p>The processor writes the destination into {@code app.yml} under {@code destinations:}, generates a
 * typed dispatcher ({@code <Class>Dispatcher}) and lists it in the service index.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Destination {

  /** Destination key in {@code app.yml}. Default: the class name in snake_case ({@code AssetSync} → {@code asset_sync}). */
  String name() default "";

  /** Human-readable purpose of the destination. Default: the first sentence of the class Javadoc. */
  String description() default "";

  /** Whether delete events ({@code _isDeleted: true}) reach {@code deliver}. Written as {@code supports_delete}. */
  boolean supportsDelete() default false;

  /**
   * A class implementing {@code dev.dovetail.runtime.DestinationSchemaFunction} that discovers the schema at
   * run time; written as {@code schema: {entry_point: <Class>}}. {@code void.class} (the default) means the
   * schema is static and comes from the {@link Schema} on the handler's record type.
   */
  Class<?> schemaFunction() default void.class;
}
