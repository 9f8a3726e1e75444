package dev.dovetail.runtime.sync;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchDeliverer;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.sync.state.DeadLetter;
import dev.dovetail.runtime.sync.state.StateStore;
import dev.dovetail.runtime.sync.state.StateStoreException;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * {@code dlq replay}: sends the dead letters of a sync through today's mapping, codec and destination again, one
 * record per batch (so one bad record cannot hold back the others), with the destination retry policy. A record
 * that is delivered is marked replayed; one that fails again stays, with the new reason and one more attempt.
 * The checkpoint is not touched.
 */
public final class DeadLetterReplay<T> {
  /** What a replay did. */
  public record Result(int delivered, int failed, List<String> failures) {}

  private final SyncJob<T> job;
  private final StateStore store;
  private final Clock clock;
  private final BatchDeliverer deliverer;
  private final ItemDecoder<T> decoder;

  public DeadLetterReplay(SyncJob<T> job, StateStore store, Clock clock, Sleeper sleeper, RandomGenerator random) {
    this.job = job;
    this.store = store;
    this.clock = clock;
    this.deliverer = new BatchDeliverer(job.retry(), sleeper, random);
    this.decoder = new ItemDecoder<>(job.mapper(), job.codec());
  }

  /** Replays up to {@code limit} dead letters, oldest first. */
  public Result replay(int limit) throws StateStoreException, InterruptedException {
    store.lock(job.name(), clock.instant());
    int delivered = 0;
    List<String> failures = new java.util.ArrayList<>();
    for (DeadLetter letter : store.deadLetters(job.name(), false, limit)) {
      String failure = deliver(letter);
      if (failure == null) {
        store.replayed(letter.id(), clock.instant());
        delivered++;
      } else {
        String reason = job.secrets().redact(failure);
        store.replayFailed(letter.id(), reason);
        failures.add("dead letter " + letter.id() + ": " + reason);
      }
    }
    return new Result(delivered, failures.size(), failures);
  }

  /** {@code null} when delivered, else why not. */
  private String deliver(DeadLetter letter) throws InterruptedException {
    String item = letter.payload();
    if (item == null || item.isEmpty()) {
      return "no payload kept (the record was too long to store)";
    }
    BatchItem<T> decoded;
    try {
      decoded = decoder.decode(item);
    } catch (ItemDecoder.Rejected e) {
      return (e.inMapping() ? "mapping: " : "does not fit the destination schema: ") + e.getMessage();
    }
    if (decoded instanceof BatchItem.Delete<T> && !job.destination().supportsDelete()) {
      return "a delete, and destination " + job.destination().name() + " does not support deletes";
    }
    BatchDeliverer.Outcome outcome =
        deliverer.deliver(job.handler(), new Batch<>(List.of(decoded), 1, job.sync()), BatchDeliverer.RetryListener.NONE);
    if (outcome.delivered()) {
      return null;
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException();
    }
    return "rejected by destination " + job.destination().name() + " after " + outcome.attempts()
        + (outcome.attempts() == 1 ? " attempt: " : " attempts: ") + outcome.failureReason();
  }
}
