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
 *
 * <p><b>Described entities are describe-only.</b> Operations ({@link Read}, {@link GetById}, {@link Create},
 * {@link Update}, {@link Delete}) name a {@link Schema} class and receive typed records through its generated codec;
 * an entity only this method returns has no class, so no operation can name it. {@code READ}, {@code GET_BY_ID},
 * {@code CREATE}, {@code UPDATE} and {@code DELETE} of it answer 400 {@code Unknown entity}. An entity the synapse must
 * read or write needs a {@link Schema} type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Describe {}
