package com.acme;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

/** Sends assets to the DAM. */
@Destination(supportsDelete = true)
public class AssetSync implements DestinationHandler<Asset> {
  @Override public ReadyResult ready() { return ReadyResult.ok(); }
  @Override public DeliverResult deliver(Batch<Asset> batch) { return DeliverResult.ok(); }
}
