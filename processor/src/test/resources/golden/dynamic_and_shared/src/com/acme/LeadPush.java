package com.acme;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.ReadyResult;

@Destination(description = "Sends leads; fields are discovered at run time", schemaFunction = LeadSchema.class)
public class LeadPush implements DestinationHandler<DynamicRecord> {
  @Override public ReadyResult ready() { return ReadyResult.ok(); }
  @Override public DeliverResult deliver(Batch<DynamicRecord> batch) { return DeliverResult.ok(); }
}
