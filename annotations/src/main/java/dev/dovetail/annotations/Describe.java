package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes the entities only known at run time (Syncari {@code DESCRIBE}):
 * {@code List<EntitySchema> m()} or {@code List<EntitySchema> m(Connection connection)}, at most one per synapse.
 * Optional: the Schemas of the {@link Schema} entities are generated, and the reply lists them first, then the
 * returned ones. A returned entity must not have the name of a {@link Schema} entity: the runtime answers an error
 * rather than let a described Schema replace the one the entity's typed operations follow.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Describe {}
