package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
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
}
