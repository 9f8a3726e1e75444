package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Creates records: {@code List<WriteResult> m(WriteRequest<E> request)}, one result per record, in order. The value names the entity type {@code E}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Create {
  /** The entity: a {@link Schema} type. */
  Class<?> value();
}
