package dev.dovetail.runtime.sync;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchDeliverer;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.sync.state.DeadLetter;
import dev.dovetail.runtime.sync.state.RunCounts;
import dev.dovetail.runtime.sync.state.RunStatus;
import dev.dovetail.runtime.sync.state.StateStore;
import dev.dovetail.runtime.sync.state.StateStoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one sync: pages from the source → field mapping → the destination's codec → batches delivered with the
 * destination retry policy → checkpoint.
 *
 * <ul>
 *   <li>The checkpoint moves only after the destination acknowledged every record before it; it is stored in one
 *       transaction with the run's counters and the dead letters found since the last one. A run killed at any
 *       moment resumes from it and replays at most the batch that was in flight.
 *   <li>A record that is not valid JSON, cannot be mapped, does not fit the destination schema, or that the
 *       destination rejects as non-retryable becomes a dead letter (its reason and raw payload) and the run goes
 *       on. A non-retryable batch failure is bisected to find the records that cause it; the others are delivered.
 *   <li>A destination that still fails after its retries (retryable failures) stops the run: nothing after the
 *       last acknowledged batch is checkpointed, and the next run starts there.
 *   <li>{@link #requestStop()} (SIGTERM, Ctrl-C) ends the run after the batch in flight is settled and the
 *       checkpoint stored; interrupting the thread abandons the batch instead (it is replayed next run).
 * </ul>
 *
 * <p>Every record read ends in exactly one of: upserted, deleted, dead-lettered, skipped (a delete the destination
 * does not support), so {@code read == upserts + deletes + deadLettered + skipped} when a run ends.
 */
public final class SyncEngine<T> {
  private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

  private final SyncJob<T> job;
  private final StateStore store;
  private final SyncListener listener;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BatchDeliverer deliverer;
  private final ItemDecoder<T> decoder;
  private volatile boolean stopRequested;

  private final List<Pending<T>> pending = new ArrayList<>();
  private final List<DeadLetter> newDeadLetters = new ArrayList<>();
  private RecordSource source;
  private long runId;
  private boolean dirty;
  private int batchNumber;
  private long read;
  private long upserts;
  private long deletes;
  private long deadLettered;
  private long skipped;
  private long batchRetries;
  private long pages;

  public SyncEngine(SyncJob<T> job, StateStore store, SyncListener listener, Clock clock, Sleeper sleeper,
      RandomGenerator random) {
    this.job = job;
    this.store = store;
    this.listener = listener;
    this.clock = clock;
    this.sleeper = sleeper;
    this.deliverer = new BatchDeliverer(job.retry(), sleeper, random);
    this.decoder = new ItemDecoder<>(job.mapper(), job.codec());
  }

  /** Ends the run at the next record boundary, after settling the batch in flight. Safe from any thread. */
  public void requestStop() {
    stopRequested = true;
  }

  public SyncResult run() {
    long start = sleeper.nanoTime();
    String checkpoint;
    try {
      store.lock(job.name(), clock.instant());
      checkpoint = store.checkpoint(job.name(), job.sourceKey()).orElse(null);
      runId = store.startRun(job.name(), job.sourceKey(), job.destination().name(), clock.instant());
    } catch (StateStoreException e) {
      return new SyncResult(0, RunStatus.FAILED, counts(), elapsed(start), redact(e.getMessage()), 0);
    }
    listener.started(redact("sync " + job.name() + ": " + job.sourceLabel() + " → destination "
        + job.destination().name() + ", batches of " + job.batchSize()
        + (checkpoint == null ? ", first run (no checkpoint)" : ", resuming from checkpoint " + checkpoint)));
    RunStatus status;
    String message = null;
    try {
      source = job.opener().open(checkpoint);
      status = loop();
      if (status == RunStatus.INTERRUPTED) {
        message = "stopped on request after settling the batch in flight; the next run resumes from the checkpoint";
      }
    } catch (RecordSource.SourceException e) {
      status = settleAfterSourceFailure();
      message = "the source failed: " + e.getMessage() + (status == RunStatus.FAILED
          ? "; records read before it were delivered and checkpointed, the next run resumes there" : "");
    } catch (DestinationFailure e) {
      status = RunStatus.FAILED;
      message = e.getMessage() + "; nothing after the last delivered batch was checkpointed: run the sync again"
          + " to resume from there";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = RunStatus.INTERRUPTED;
      message = "interrupted: the batch in flight was abandoned; the next run replays it";
    } catch (StateStoreException e) {
      status = RunStatus.FAILED;
      message = e.getMessage();
    } finally {
      if (source != null) {
        source.close();
      }
    }
    message = redact(message);
    RunCounts counts = counts();
    try {
      store.finishRun(runId, status, counts, message, clock.instant());
    } catch (StateStoreException e) {
      log.debug("cannot finish run {}", runId, e);
      message = (message == null ? "" : message + "; ") + "and the run could not be recorded: " + redact(e.getMessage());
      status = status == RunStatus.COMPLETED ? RunStatus.FAILED : status;
    }
    listener.finished(counts);
    long recognised = source instanceof SynapseSource synapse ? synapse.recognised() : 0;
    return new SyncResult(runId, status, counts, elapsed(start), message, recognised);
  }

  /** Pages until the source ends or a stop is requested. */
  private RunStatus loop() throws RecordSource.SourceException, DestinationFailure, InterruptedException,
      StateStoreException {
    while (!stopRequested) {
      List<SourceRecord> page = source.nextPage();
      if (page == null) {
        flush();
        commit();
        return RunStatus.COMPLETED;
      }
      pages++;
      for (SourceRecord record : page) {
        if (stopRequested) {
          break;
        }
        accept(record);
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
      }
      if (pending.isEmpty()) {
        commit(); // progress made only of dead letters and skips is kept too
      }
      listener.progress(counts());
    }
    flush();
    commit();
    return RunStatus.INTERRUPTED;
  }

  /** After the source failed: what was read is good, deliver it and keep the checkpoint. */
  private RunStatus settleAfterSourceFailure() {
    try {
      flush();
      commit();
      return RunStatus.FAILED;
    } catch (DestinationFailure | StateStoreException e) {
      log.debug("could not settle the records read before the source failed", e);
      return RunStatus.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RunStatus.INTERRUPTED;
    }
  }

  private void accept(SourceRecord record) throws DestinationFailure, InterruptedException, StateStoreException {
    read++;
    source.advance(record);
    dirty = true;
    if (record.problem() != null) {
      deadLetter(DeadLetter.Stage.READ, record, record.problem());
      return;
    }
    BatchItem<T> decoded;
    try {
      decoded = decoder.decode(record.json());
    } catch (ItemDecoder.Rejected e) {
      deadLetter(e.stage(), record, e.getMessage());
      return;
    }
    if (decoded instanceof BatchItem.Delete<T> && !job.destination().supportsDelete()) {
      skipped++;
      return;
    }
    pending.add(new Pending<>(decoded, record));
    if (pending.size() >= job.batchSize()) {
      flush();
      commit();
    }
  }

  /** Delivers the pending records as one batch (bisecting it on a non-retryable failure). */
  private void flush() throws DestinationFailure, InterruptedException {
    if (pending.isEmpty()) {
      return;
    }
    batchNumber++;
    settle(new ArrayList<>(pending), "batch " + batchNumber);
    pending.clear();
  }

  private void settle(List<Pending<T>> items, String label) throws DestinationFailure, InterruptedException {
    List<BatchItem<T>> batchItems = new ArrayList<>(items.size());
    for (Pending<T> p : items) {
      batchItems.add(p.item());
    }
    BatchDeliverer.RetryListener retries = (attempt, reason, backoff) -> listener.problem(redact(label + " ("
        + items(items.size()) + "): attempt " + attempt + " failed (" + reason + "); retrying in " + backoff.toMillis()
        + " ms"));
    BatchDeliverer.Outcome outcome = deliverer.deliver(job.handler(), new Batch<>(batchItems, 1, job.sync()), retries);
    batchRetries += outcome.retries();
    if (outcome.delivered()) {
      for (Pending<T> p : items) {
        if (p.item() instanceof BatchItem.Delete<T>) {
          deletes++;
        } else {
          upserts++;
        }
      }
      return;
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException();
    }
    if (outcome.retryable()) {
      throw new DestinationFailure(redact("destination " + job.destination().name() + ": " + label + " ("
          + items(items.size()) + ") failed after " + outcome.attempts() + " attempts"
          + (outcome.outOfTime() ? " (retry time limit reached)" : "") + ": " + outcome.failureReason()));
    }
    if (items.size() == 1) {
      Pending<T> only = items.get(0);
      deadLetter(DeadLetter.Stage.DELIVER, only.record(), "rejected by destination " + job.destination().name()
          + ": " + outcome.failureReason());
      return;
    }
    // Non-retryable: some record(s) in the batch are bad. Halve until they are found; the rest is delivered.
    log.debug("{} rejected ({}); bisecting {} items", label, outcome.failureReason(), items.size());
    int half = items.size() / 2;
    settle(items.subList(0, half), label + "a");
    settle(items.subList(half, items.size()), label + "b");
  }

  private void deadLetter(DeadLetter.Stage stage, SourceRecord record, String reason) {
    deadLettered++;
    String message = redact(record.label() + ": " + reason);
    String payload = record.json() != null ? record.json() : "";
    newDeadLetters.add(DeadLetter.of(stage, message, redact(payload)));
    listener.problem("dead letter (" + stage.name().toLowerCase(java.util.Locale.ROOT) + "): " + message);
  }

  /** Stores the checkpoint, counters and new dead letters together, when anything moved. */
  private void commit() throws StateStoreException {
    if (!dirty || !pending.isEmpty()) {
      return;
    }
    store.commit(runId, job.name(), job.sourceKey(), source.position(), counts(), newDeadLetters, clock.instant());
    newDeadLetters.clear();
    dirty = false;
    listener.progress(counts());
  }

  private RunCounts counts() {
    long sourceRetries = source == null ? 0 : source.retries();
    return new RunCounts(read, upserts, deletes, deadLettered, skipped, batchRetries + sourceRetries, pages);
  }

  private Duration elapsed(long start) {
    return Duration.ofNanos(sleeper.nanoTime() - start);
  }

  private String redact(String text) {
    return job.secrets().redact(text);
  }

  private static String items(int n) {
    return n == 1 ? "1 record" : n + " records";
  }

  /** A decoded record waiting for its batch, with the source record it came from (for dead letters). */
  private record Pending<T>(BatchItem<T> item, SourceRecord record) {}

  /** The destination failed for good with retryable failures: the run stops. */
  private static final class DestinationFailure extends Exception {
    private static final long serialVersionUID = 1L;

    DestinationFailure(String message) {
      super(message, null, false, false);
    }
  }
}
