package ${package};

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;

/**
 * A contact as the source system has it: an entity of {@link ContactSynapse}.
 *
 * <p>The processor turns it into the {@code contact} Schema of the synapse descriptor (attribute names in snake_case:
 * {@code updatedAt} becomes {@code updated_at}) and a codec, {@code ContactCodec}, that reads and writes it as JSON
 * without reflection.
 *
 * @param id Identifier of the contact in the source system
 * @param email Email address
 * @param name Full name
 * @param company Company the contact works for
 * @param updatedAt When the contact last changed: the watermark of incremental reads
 */
@Schema
public record Contact(
    @SchemaField(primary = true, displayName = "Contact ID") @Attribute(updateable = false) String id,
    String email,
    String name,
    String company,
    @Attribute(watermark = true, calculated = true, updateable = false) Instant updatedAt) {}
