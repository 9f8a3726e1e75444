package com.acme;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

/** Stores measurements: a <em>time-series</em> sink for {@code Measurement} values. See {@link Measurement}. */
@Destination(supportsDelete = true)
public class MeasurementSink implements DestinationHandler<Measurement> {
  @Override public ReadyResult ready() { return ReadyResult.ok(); }
  @Override public DeliverResult deliver(Batch<Measurement> batch) { return DeliverResult.ok(); }
}
