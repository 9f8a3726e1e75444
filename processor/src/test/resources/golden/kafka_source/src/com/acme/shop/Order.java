package com.acme.shop;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A web shop order.
 *
 * @param id order number
 * @param total amount in cents
 * @param updated last change, epoch milliseconds
 */
@Schema
public record Order(@SchemaField(primary = true) String id, long total, @Attribute(watermark = true) long updated) {}
