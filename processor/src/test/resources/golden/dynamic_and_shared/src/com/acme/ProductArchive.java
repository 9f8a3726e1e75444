package com.acme;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;

/**
 * Archives every product version in cold storage. Shares the product schema with {@link ProductDestination}.
 */
@Destination
public class ProductArchive extends BaseHandler<Product> {
  @Override public DeliverResult deliver(Batch<Product> batch) { return DeliverResult.ok(); }
}
