package com.acme.shop;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A refund the shop is told about.
 *
 * @param id refund id
 * @param orderId the refunded order
 */
@Schema
public record Refund(@SchemaField(primary = true) String id, String orderId) {}
