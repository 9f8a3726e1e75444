package dev.dovetail.runtime.testing;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.ReadyResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The CLI tests' dynamic-schema handler. */
public final class LeadSync implements DestinationHandler<DynamicRecord> {
  public static final List<Batch<DynamicRecord>> DELIVERED = new CopyOnWriteArrayList<>();

  @Override
  public ReadyResult ready() {
    return ReadyResult.ok();
  }

  @Override
  public DeliverResult deliver(Batch<DynamicRecord> batch) {
    DELIVERED.add(batch);
    return DeliverResult.ok();
  }
}
