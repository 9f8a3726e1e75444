package ${package};

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A contact as {@link ContactFileDestination} receives it: the {@code contact_row} schema of the generated
 * {@code destinations/schema/contact_row.yml}, keyed by {@code contact_id}.
 *
 * @param contactId Identifier of the contact in the source system
 * @param email Email address
 * @param name Full name
 * @param company Company the contact works for
 * @param updatedAt When the contact last changed, ISO-8601
 */
@Schema(displayName = "Contact")
public record ContactRow(
    @SchemaField(primary = true, displayName = "Contact ID") String contactId,
    String email,
    String name,
    String company,
    String updatedAt) {}
