package dev.dovetail.runtime.testing;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The CLI tests' {@code products} handler, loaded through the service index. Reads its behaviour from
 * {@link Settings} at call time, as a real destination reads its settings: {@code products.api_key} must be set
 * unless {@code products.ready} is {@code true}; {@code products.fail=true} rejects every batch.
 */
public final class ProductDestination implements DestinationHandler<Product> {
  /** Every batch delivered by any instance; tests clear it. */
  public static final List<Batch<Product>> DELIVERED = new CopyOnWriteArrayList<>();

  @Override
  public ReadyResult ready() {
    if (Settings.get("products.ready", "true").equals("false")) {
      return ReadyResult.notReady("bad key");
    }
    return ReadyResult.ok();
  }

  @Override
  public DeliverResult deliver(Batch<Product> batch) {
    if (Settings.get("products.fail", "false").equals("true")) {
      return DeliverResult.fail("rejected by the test sink");
    }
    DELIVERED.add(batch);
    return DeliverResult.ok();
  }
}
