package dev.dovetail.bench.model;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

/**
 * Accepts every batch and only counts what it got: the destination end-to-end benchmarks run, so what they measure
 * is the framework, not a sink.
 */
@Destination(name = "bench_noop", supportsDelete = true)
public class NoopDestination implements DestinationHandler<BenchAsset> {
  private long upserts;
  private long deletes;
  private long checksum;

  @Override
  public ReadyResult ready() {
    return ReadyResult.ok();
  }

  @Override
  public DeliverResult deliver(Batch<BenchAsset> batch) {
    for (BatchItem<BenchAsset> item : batch.items()) {
      if (item instanceof BatchItem.Upsert<BenchAsset> upsert) {
        upserts++;
        checksum += upsert.record().fileSize();
      } else {
        deletes++;
      }
    }
    return DeliverResult.ok();
  }

  public long upserts() {
    return upserts;
  }

  public long deletes() {
    return deletes;
  }

  /** Sum of the upserted file sizes: something the JIT cannot prove unused. */
  public long checksum() {
    return checksum;
  }
}
