package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchDeliverer;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.DestinationHandler;
import java.util.ArrayList;
import java.util.List;

/** Collects items into batches of a fixed size, in input order, and delivers each full batch with retries. */
final class Batcher<T> {
  private final DestinationHandler<T> handler;
  private final BatchDeliverer deliverer;
  private final int batchSize;
  private final DataSync sync;
  private final RunTally tally;
  private final RunListener listener;
  /** Whether the listener wants progress messages; when not, none are built. */
  private final boolean progress;
  private final BatchDeliverer.RetryListener retries;
  private final List<BatchItem<T>> pending;
  private int pendingDeletes;
  private long firstLine;
  private long lastLine;
  private int batchNumber;

  Batcher(DestinationHandler<T> handler, BatchDeliverer deliverer, int batchSize, DataSync sync, RunTally tally,
      RunListener listener) {
    this.handler = handler;
    this.deliverer = deliverer;
    this.batchSize = batchSize;
    this.sync = sync;
    this.tally = tally;
    this.listener = listener;
    this.progress = listener.wantsProgress();
    // The pending items are those of the batch being delivered while it is retried, so label() still names it.
    this.retries = progress
        ? (attempt, reason, backoff) -> listener.progress(
            label() + ": attempt " + attempt + " failed (" + reason + "); retrying in " + backoff.toMillis() + " ms")
        : BatchDeliverer.RetryListener.NONE;
    this.pending = new ArrayList<>(Math.min(batchSize, 1024));
  }

  void add(BatchItem<T> item, long line) throws InterruptedException {
    if (pending.isEmpty()) {
      firstLine = line;
    }
    lastLine = line;
    pending.add(item);
    if (item instanceof BatchItem.Delete) {
      pendingDeletes++;
    }
    if (pending.size() == batchSize) {
      flush();
    }
  }

  /** Delivers the pending items, if any, as one batch. */
  void flush() throws InterruptedException {
    if (pending.isEmpty()) {
      return;
    }
    batchNumber++;
    int size = pending.size();
    Batch<T> batch = new Batch<>(pending, 1, sync);
    BatchDeliverer.Outcome outcome;
    try {
      outcome = deliverer.deliver(handler, batch, retries);
    } catch (InterruptedException e) {
      fail(label() + " failed: interrupted", size);
      clear();
      throw e;
    }
    tally.retries += outcome.retries();
    if (outcome.delivered()) {
      tally.batchesOk++;
      tally.deletesDelivered += pendingDeletes;
      tally.upsertsDelivered += size - pendingDeletes;
      if (progress) {
        listener.progress(label() + ": " + items(size) + " delivered"
            + (outcome.attempts() > 1 ? " on attempt " + outcome.attempts() : ""));
      }
    } else {
      String limit = outcome.outOfTime() ? " (retry time limit reached)" : "";
      fail(label() + " failed after " + attempts(outcome.attempts()) + limit + ": " + outcome.failureReason(), size);
    }
    clear();
  }

  /** Counts the pending items as one failed batch without delivering them. */
  void failPending(String reason) {
    if (!pending.isEmpty()) {
      batchNumber++;
      fail(label() + " failed: " + reason, pending.size());
      clear();
    }
  }

  private void clear() {
    pending.clear();
    pendingDeletes = 0;
  }

  private void fail(String message, int items) {
    tally.batchesFailed++;
    tally.failedRecords += items;
    tally.problem(message);
    listener.problem(message);
  }

  /** Names the pending batch: {@code batch 3 (lines 201-300, 100 items)}. */
  private String label() {
    String lines = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
    return "batch " + batchNumber + " (" + lines + ", " + items(pending.size()) + ")";
  }

  private static String items(int count) {
    return count == 1 ? "1 item" : count + " items";
  }

  private static String attempts(int attempts) {
    return attempts == 1 ? "1 attempt" : attempts + " attempts";
  }
}
