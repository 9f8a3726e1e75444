package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code products} ({@link ProductDestination}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination products"
)
public final class ProductDestinationDispatcher implements DestinationDispatcher<Product> {
  private static final DestinationInfo INFO = new DestinationInfo("products", "ProductDestination",
      "Sends products to the shop.", "product_schema", null, true);

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
}
