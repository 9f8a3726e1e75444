package com.acme.feed;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A writer of articles.
 *
 * @param id author id
 * @param name display name
 * @param modified last profile change, epoch milliseconds
 */
@Schema(displayName = "Feed Author")
public record Author(
    @SchemaField(primary = true) String id,
    String name,
    @Attribute(watermark = true) long modified) {}
