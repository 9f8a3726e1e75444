package dev.dovetail.runtime.testing;

import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaDefinition.Field;
import java.util.List;

/** The spec's base schema {@code product_schema}: product_id (string, primary), price (float), qty (long), tags ([string]). */
public record Product(String productId, Double price, Long qty, List<String> tags) {

  /** {@code product_schema} as data, as a generated dispatcher holds it. */
  public static final SchemaDefinition SCHEMA = new SchemaDefinition("product_schema", "Products", "Products of the shop",
      List.of(
          Field.primary("product_id", "Product ID", "Identifier of the product", "string"),
          Field.of("price", "Price", "Unit price", "float"),
          Field.of("qty", "Quantity", "Units in stock", "long"),
          Field.of("tags", "Tags", "Labels", "[string]")),
      List.of());
}
