package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code product_archive} ({@link ProductArchive}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination product_archive"
)
public final class ProductArchiveDispatcher implements DestinationDispatcher<Product> {
  private static final DestinationInfo INFO = new DestinationInfo("product_archive",
      "ProductArchive", "Archives every product version in cold storage.", "product_schema", null,
      false);

  /**
   * The content of {@code destinations/schema/product_schema.yml}.
   */
  private static final SchemaDefinition SCHEMA = new SchemaDefinition("product_schema", "Product",
      "A product of the catalogue.",
      List.of(
          SchemaDefinition.Field.primary("product_id", "Product Id", "stock keeping unit",
              "string"),
          SchemaDefinition.Field.of("price", "Price", "unit price", "float"),
          SchemaDefinition.Field.of("qty", "Qty", "units in stock", "long"),
          SchemaDefinition.Field.of("tags", "Tags", "search tags", "[string]")),
      List.of());

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<Product> newHandler() {
    return new ProductArchive();
  }

  @Override
  public RecordCodec<Product> codec(UnknownFields unknownFields) {
    return unknownFields == UnknownFields.IGNORE ? ProductCodec.INSTANCE : new ProductCodec(unknownFields);
  }

  @Override
  public SchemaDefinition schema() {
    return SCHEMA;
  }
}
