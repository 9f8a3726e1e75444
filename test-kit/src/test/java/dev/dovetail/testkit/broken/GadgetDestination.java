package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

/**
 * Sends gadgets nowhere. Broken: it rejects empty names, and fails every batch with a delete although it declares
 * {@code supportsDelete}.
 */
@Destination(name = "gadget_push", supportsDelete = true)
public class GadgetDestination implements DestinationHandler<Gadget> {

  @Override
  public ReadyResult ready() {
    return ReadyResult.ok();
  }

  @Override
  public DeliverResult deliver(Batch<Gadget> batch) {
    if (!batch.deletes().isEmpty()) {
      return DeliverResult.fail("deletes are not implemented");
    }
    for (Gadget gadget : batch.upserts()) {
      if (gadget.name() != null && gadget.name().isEmpty()) {
        return DeliverResult.fail("name must not be empty");
      }
    }
    return DeliverResult.ok();
  }
}
