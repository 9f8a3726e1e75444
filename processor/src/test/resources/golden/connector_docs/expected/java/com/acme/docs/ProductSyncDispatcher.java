package com.acme.docs;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code product_sync} ({@link ProductSync}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination product_sync"
)
public final class ProductSyncDispatcher implements DestinationDispatcher<Product> {
  private static final DestinationInfo INFO = new DestinationInfo("product_sync", "ProductSync",
      "Upserts products into the Acme catalogue; deletes remove them.", "product", null, true);

  /**
   * The content of {@code destinations/schema/product.yml}.
   */
  private static final SchemaDefinition SCHEMA = new SchemaDefinition("product",
      "Catalogue product", "A product of the catalogue, with its variants | bundles.",
      List.of(
          SchemaDefinition.Field.primary("sku", "SKU", "stock keeping unit such as a-1|b",
              "string"),
          SchemaDefinition.Field.of("name", "Name", "the name shown in the shop", "string"),
          SchemaDefinition.Field.of("kind", "Kind", "what is sold. One of: PHYSICAL, DIGITAL.",
              "string")
              .withAllowedValues("PHYSICAL", "DIGITAL"),
          SchemaDefinition.Field.of("tags", "Tags", "free labels such as new or *sale* [draft]",
              "[string]"),
          SchemaDefinition.Field.of("variants", "Variants", "the variants on offer", "[variant]"),
          SchemaDefinition.Field.of("dimensions", "Dimensions", "outer size of the package",
              "dimensions"),
          new SchemaDefinition.Field("image", "Image", "where the picture is", "string", false,
              "url")),
      List.of(
          new SchemaDefinition.CustomType("variant", "Variant", "One variant of a product.",
              List.of(
                  SchemaDefinition.Field.of("code", "Code", "the variant code", "string"),
                  SchemaDefinition.Field.of("prices", "Prices", "price per currency, in cents",
                      "[long]"))),
          new SchemaDefinition.CustomType("dimensions", "Dimensions",
              "Package size in millimetres.",
              List.of(
                  SchemaDefinition.Field.of("width", "Width", "left to right", "int"),
                  SchemaDefinition.Field.of("height", "Height", "bottom to top", "int")))));

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<Product> newHandler() {
    return new ProductSync();
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
