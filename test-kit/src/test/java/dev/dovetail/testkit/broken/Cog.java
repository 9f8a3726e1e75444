package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;

/**
 * A cog of {@link SprocketSynapse}.
 *
 * @param id Identifier of the cog
 * @param label What the cog is called
 * @param updatedAt When the cog last changed
 */
@Schema
public record Cog(
    @SchemaField(primary = true) @Attribute(updateable = false) long id,
    String label,
    @Attribute(watermark = true, calculated = true, updateable = false) Instant updatedAt) {}
