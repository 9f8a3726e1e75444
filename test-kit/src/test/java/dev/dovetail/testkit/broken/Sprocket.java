package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;

/**
 * A sprocket of {@link SprocketSynapse}.
 *
 * @param id Identifier of the sprocket
 * @param label What the sprocket is called
 * @param updatedAt When the sprocket last changed
 */
@Schema
public record Sprocket(
    @SchemaField(primary = true) @Attribute(updateable = false) long id,
    String label,
    @Attribute(watermark = true, calculated = true, updateable = false) Instant updatedAt) {}
