package com.acme;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

/** Sends products to the shop. */
@Destination(name = "products", supportsDelete = true)
public class ProductDestination implements DestinationHandler<Product> {
  @Override public ReadyResult ready() { return ReadyResult.ok(); }
  @Override public DeliverResult deliver(Batch<Product> batch) { return DeliverResult.ok(); }
}
