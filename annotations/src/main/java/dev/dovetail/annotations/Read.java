package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Reads an entity's records in a watermark window: {@code ReadPage<E> m(ReadRequest request)}. The value names the entity type {@code E}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Read {
  /** The entity: a {@link Schema} type. */
  Class<?> value();
}
