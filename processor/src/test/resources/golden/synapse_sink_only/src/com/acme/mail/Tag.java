package com.acme.mail;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A tag subscribers can carry.
 *
 * @param name the tag
 */
@Schema
public record Tag(@SchemaField(primary = true) String name) {}
