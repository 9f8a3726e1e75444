package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Deletes records by id: {@code List<WriteResult> m(IdRequest request)}; a missing record counts as success. The value names the entity type {@code E}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {
  /** The entity: a {@link Schema} type. */
  Class<?> value();
}
