package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Fetches records by end-system id: {@code List<E> m(IdRequest request)}; missing ids are simply absent. The value names the entity type {@code E}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GetById {
  /** The entity: a {@link Schema} type. */
  Class<?> value();
}
