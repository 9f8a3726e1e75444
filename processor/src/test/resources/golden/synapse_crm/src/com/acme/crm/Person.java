package com.acme.crm;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A contact person.
 *
 * @param id person id
 * @param name full name
 * @param email e-mail address
 * @param modified last change, epoch milliseconds
 */
@Schema(displayName = "Person")
public record Person(
    @SchemaField(primary = true) String id,
    String name,
    @Attribute(unique = true) String email,
    @Attribute(watermark = true) long modified) {}
