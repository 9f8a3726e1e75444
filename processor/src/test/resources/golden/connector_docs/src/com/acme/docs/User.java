package com.acme.docs;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;

/**
 * An agent or end user of the help desk.
 *
 * @param id user id
 * @param email e-mail address
 * @param updatedAt last change
 */
@Schema
public record User(
    @SchemaField(primary = true) String id,
    @Attribute(unique = true) String email,
    @Attribute(watermark = true) Instant updatedAt) {}
