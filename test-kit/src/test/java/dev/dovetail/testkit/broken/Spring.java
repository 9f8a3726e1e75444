package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;

/**
 * A spring of {@link SprocketSynapse}.
 *
 * @param id Identifier of the spring
 * @param label What the spring is called
 * @param updatedAt When the spring last changed
 */
@Schema
public record Spring(
    @SchemaField(primary = true) @Attribute(updateable = false) long id,
    String label,
    @Attribute(watermark = true, calculated = true, updateable = false) Instant updatedAt) {}
