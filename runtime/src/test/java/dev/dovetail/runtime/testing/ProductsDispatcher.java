package dev.dovetail.runtime.testing;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;

/** Mimics the generated {@code ProductDestinationDispatcher}. */
public final class ProductsDispatcher implements DestinationDispatcher<Product> {
  private static final DestinationInfo INFO =
      new DestinationInfo("products", "ProductDestination", "Sends products", "product_schema", null, true);

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<Product> newHandler() {
    return new ProductDestination();
  }

  @Override
  public RecordCodec<Product> codec(UnknownFields unknownFields) {
    return unknownFields == UnknownFields.IGNORE ? ProductCodec.INSTANCE : new ProductCodec(unknownFields);
  }

  @Override
  public SchemaDefinition schema() {
    return Product.SCHEMA;
  }
}
