package com.acme;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.util.List;

/**
 * A product of the catalogue.
 *
 * @param productId stock keeping unit
 * @param price unit price
 * @param qty units in stock
 * @param tags search tags
 */
@Schema(name = "product_schema")
public record Product(@SchemaField(primary = true) String productId, double price, long qty, List<String> tags) {}
