package com.acme.docs;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.ReadyResult;

/** Sends leads to Acme; the fields are whatever the Acme account defines. */
@Destination(schemaFunction = LeadFields.class)
public class LeadSync implements DestinationHandler<DynamicRecord> {
  @Override public ReadyResult ready() { return ReadyResult.ok(); }
  @Override public DeliverResult deliver(Batch<DynamicRecord> batch) { return DeliverResult.ok(); }
}
