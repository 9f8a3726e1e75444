package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;

/** Sends gadgets to the widget shop. Broken: it reads a setting the author never supplies to the kit. */
@Destination(name = "widget_push")
public class WidgetDestination implements DestinationHandler<Gadget> {

  @Override
  public ReadyResult ready() {
    return Settings.get("widget.token").isPresent() ? ReadyResult.ok() : ReadyResult.notReady("set widget.token");
  }

  @Override
  public DeliverResult deliver(Batch<Gadget> batch) {
    return DeliverResult.ok();
  }
}
