package dev.dovetail.kafka;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.sync.Secrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the records of {@code put()} calls to one destination, with its semantics:
 *
 * <ul>
 *   <li>Records are decoded with the generated codec and delivered in order, in batches of at most
 *       {@value SinkConfig#BATCH_SIZE} records; deletes a destination does not support are dropped, as OCP does.
 *   <li>A retryable failure (or a thrown exception) throws {@link RetriableException}: Connect keeps the records,
 *       waits the backoff set with {@code context.timeout} and calls {@code put()} again; the batch is delivered
 *       again with {@code attempt + 1}. Past the retry policy the task fails, its offsets at the last delivered
 *       batch.
 *   <li>A record that cannot be decoded, and one the destination rejects for good (a failed batch is halved until
 *       the bad records are found; the rest is delivered), goes to Connect's errant record reporter: the dead
 *       letter queue when {@code errors.deadletterqueue.topic.name} is set. Without a reporter the task fails.
 * </ul>
 *
 * <p>Everything is delivered before {@code put()} returns, so Connect commits only delivered offsets.
 */
final class SinkDelivery<T> {
  private static final Logger log = LoggerFactory.getLogger(SinkDelivery.class);

  private final String destination;
  private final boolean supportsDelete;
  private final DestinationHandler<T> handler;
  private final SinkRecordDecoder<T> decoder;
  private final SinkConfig config;
  private final SinkTaskContext context;
  private final Secrets secrets;
  private final DataSync sync;
  private final Redelivery redelivery;

  private long upserts;
  private long deletes;
  private long rejected;
  private long skipped;

  private SinkDelivery(DestinationDispatcher<T> dispatcher, DestinationHandler<T> handler, RecordCodec<T> codec,
      SinkConfig config, SinkTaskContext context, Secrets secrets, DataSync sync) {
    this.destination = dispatcher.info().name();
    this.supportsDelete = dispatcher.info().supportsDelete();
    this.handler = handler;
    this.decoder = new SinkRecordDecoder<>(codec);
    this.config = config;
    this.context = context;
    this.secrets = secrets;
    this.sync = sync;
    this.redelivery = new Redelivery(config.retry(), RandomGenerator.getDefault());
  }

  /**
   * Builds the handler and codec for {@code dispatcher} with the connector's settings and checks {@code ready()}.
   *
   * @throws ConnectException when the destination is not ready or its schema cannot be had
   */
  static <T> SinkDelivery<T> open(DestinationDispatcher<T> dispatcher, SinkConfig config, SinkTaskContext context,
      DataSync sync) {
    Secrets secrets = Secrets.ofSettings(config.settings());
    String name = dispatcher.info().name();
    try (Settings.Scope scope = Settings.scope(config.settings())) {
      RecordCodec<T> codec = dispatcher.codec(config.unknownFields());
      DestinationHandler<T> handler = dispatcher.newHandler();
      ReadyResult ready = handler.ready();
      if (ready == null || !ready.ready()) {
        throw new ConnectException(secrets.redact("destination " + name + " is not ready: "
            + (ready == null ? "ready() returned no result" : ready.message())));
      }
      return new SinkDelivery<>(dispatcher, handler, codec, config, context, secrets, sync);
    } catch (ConnectException e) {
      throw e;
    } catch (Exception e) {
      throw new ConnectException(secrets.redact("destination " + name + " cannot start: " + e.getMessage()));
    }
  }

  void put(Collection<SinkRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    List<SinkRecord> list = new ArrayList<>(records);
    int from = redelivery.begin(where(list.get(0)) + " +" + list.size());
    int attempt = redelivery.attempt();
    for (int start = from; start < list.size(); start += config.batchSize()) {
      List<SinkRecord> chunk = list.subList(start, Math.min(list.size(), start + config.batchSize()));
      List<Pending<T>> pending = new ArrayList<>(chunk.size());
      for (SinkRecord record : chunk) {
        pending.add(new Pending<>(record, decoder.decode(record)));
      }
      settle(pending, attempt);
      attempt = 1;
    }
    redelivery.completed();
  }

  /** What was delivered and reported so far, for the log when the task stops. */
  String summary() {
    return "destination " + destination + ": " + upserts + " upserted, " + deletes + " deleted, " + rejected
        + " sent to the error reporter, " + skipped + " deletes dropped (not supported)";
  }

  /** Delivers {@code part} as one batch; on a non-retryable failure halves it until the bad records are found. */
  private void settle(List<Pending<T>> part, int attempt) {
    List<Pending<T>> deliverable = new ArrayList<>(part.size());
    for (Pending<T> p : part) {
      if (p.item() != null && (supportsDelete || !(p.item() instanceof BatchItem.Delete<T>))) {
        deliverable.add(p);
      }
    }
    Pending<T> refused = null;
    if (!deliverable.isEmpty()) {
      DeliverResult result = deliverOnce(deliverable, attempt);
      if (!result.success()) {
        String reason = result.failureReason() == null || result.failureReason().isBlank() ? "no failureReason given"
            : result.failureReason();
        if (result.retryable()) {
          throw retry(deliverable, attempt, reason);
        }
        if (deliverable.size() > 1) {
          int cut = indexOf(part, deliverable.get(deliverable.size() / 2));
          log.debug("destination {} rejected {} records ({}); halving", destination, deliverable.size(), reason);
          settle(part.subList(0, cut), 1);
          settle(part.subList(cut, part.size()), 1);
          return;
        }
        refused = deliverable.get(0);
        reject(refused.record(), "rejected by destination " + destination + ": " + reason);
      }
    }
    for (Pending<T> p : part) {
      if (p == refused) {
        continue;
      }
      if (p.item() == null) {
        reject(p.record(), p.problem());
      } else if (!supportsDelete && p.item() instanceof BatchItem.Delete<T>) {
        skipped++;
      } else if (p.item() instanceof BatchItem.Delete<T>) {
        deletes++;
      } else {
        upserts++;
      }
    }
    redelivery.settled(part.size());
  }

  /** One deliver() call; a thrown exception is a retryable failure, as the runtime's BatchDeliverer has it. */
  private DeliverResult deliverOnce(List<Pending<T>> deliverable, int attempt) {
    List<BatchItem<T>> items = new ArrayList<>(deliverable.size());
    for (Pending<T> p : deliverable) {
      items.add(p.item());
    }
    try (Settings.Scope scope = Settings.scope(config.settings())) {
      DeliverResult result = handler.deliver(new Batch<>(items, attempt, sync));
      return result != null ? result : DeliverResult.fail("deliver() returned no result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliverResult.retry("interrupted");
    } catch (Exception e) {
      log.debug("deliver() threw", e);
      return DeliverResult.retry(e.getMessage() != null ? e.getMessage() : e.getClass().getName());
    }
  }

  /** The exception that makes Connect redeliver, after the backoff; or fails the task when retries are spent. */
  private ConnectException retry(List<Pending<T>> batch, int attempt, String reason) {
    String what = "destination " + destination + ": batch of " + batch.size() + " records (" + range(batch)
        + ") failed retryably on attempt " + attempt + ": " + reason;
    Optional<Duration> wait = redelivery.failed(System.nanoTime());
    if (wait.isEmpty()) {
      return new ConnectException(secrets.redact(what + "; giving up after " + redelivery.failures()
          + " failed attempts (" + SinkConfig.MAX_RETRIES + "=" + config.retry().maxRetries() + ", "
          + SinkConfig.MAX_TIME_MS + "=" + config.retry().maxTotalTime().toMillis() + "). Offsets stay at the last"
          + " delivered batch: restart the task to resume from there"));
    }
    context.timeout(wait.get().toMillis());
    String message = secrets.redact(what + "; Connect redelivers it in " + wait.get().toMillis() + " ms");
    log.warn(message);
    return new RetriableException(message);
  }

  /** Sends {@code record} to the errant record reporter, or fails the task when there is none. */
  private void reject(SinkRecord record, String reason) {
    String message = secrets.redact("record " + where(record) + ": " + reason);
    ErrantRecordReporter reporter = context.errantRecordReporter();
    if (reporter == null) {
      throw new ConnectException(message + ". To send such records to a dead letter queue instead of stopping,"
          + " set errors.tolerance=all and errors.deadletterqueue.topic.name");
    }
    log.warn("{}; sent to the error reporter", message);
    reporter.report(record, new RejectedRecordException(message));
    rejected++;
  }

  private static <T> int indexOf(List<Pending<T>> part, Pending<T> wanted) {
    for (int i = 0; i < part.size(); i++) {
      if (part.get(i) == wanted) {
        return i;
      }
    }
    throw new IllegalStateException("not in the batch: " + wanted.record());
  }

  private static String where(SinkRecord record) {
    return record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset();
  }

  private static <T> String range(List<Pending<T>> batch) {
    SinkRecord first = batch.get(0).record();
    SinkRecord last = batch.get(batch.size() - 1).record();
    return batch.size() == 1 ? where(first) : where(first) + " to " + where(last);
  }

  /** A record and what decoding made of it. */
  private record Pending<T>(SinkRecord record, SinkRecordDecoder.Decoded<T> decoded) {
    BatchItem<T> item() {
      return decoded.item();
    }

    String problem() {
      return decoded.problem();
    }
  }
}
