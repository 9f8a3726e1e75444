package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;

/**
 * A gizmo of the broken synapse.
 *
 * @param id Identifier of the gizmo
 * @param label What the gizmo is called
 * @param updatedAt When the gizmo last changed
 */
@Schema
public record Gizmo(
    @SchemaField(primary = true) @Attribute(updateable = false) long id,
    String label,
    @Attribute(watermark = true, calculated = true, updateable = false) Instant updatedAt) {}
