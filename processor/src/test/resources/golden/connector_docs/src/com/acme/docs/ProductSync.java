package com.acme.docs;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

/** Upserts products into the Acme catalogue; deletes remove them. */
@Destination(supportsDelete = true)
public class ProductSync implements DestinationHandler<Product> {
  @Override public ReadyResult ready() { return ReadyResult.ok(); }
  @Override public DeliverResult deliver(Batch<Product> batch) { return DeliverResult.ok(); }
}
