package dev.dovetail.kafka;

import dev.dovetail.runtime.runner.PullPolicy;
import dev.dovetail.runtime.runner.PullRequest;
import dev.dovetail.runtime.runner.ReadCycle;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.sync.RecordSource;
import dev.dovetail.runtime.sync.Secrets;
import dev.dovetail.runtime.sync.SynapseSource;
import dev.dovetail.runtime.sync.SynapseSource.Position;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one synapse entity into source records, the way the sync engine reads it: READ cycles over
 * {@code [watermark, now]} through the runtime's {@link ReadCycle} (the contract's paging and stop rules, read skew,
 * retries with quota back-off), a page per {@code poll()}, resuming at the last record's watermark
 * ({@link SynapseSource}). A cycle that reached the end waits the poll interval before the next one starts.
 *
 * <ul>
 *   <li>Key: the record's id (a string). Value: its {@code values} as JSON text ({@link RecordValues}); a deleted
 *       record is a tombstone. Timestamp: its {@code lastModified}.
 *   <li>Offset: the position after the record ({@link SourceOffsets}), so Connect's committed offset is always a
 *       place to resume without a gap or a repeat.
 *   <li>A cycle that fails retryably (quota or outage beyond the retry budget) is logged and started again from the
 *       same watermark after the poll interval; any other failure (a refused READ, a bad reply) fails the task.
 * </ul>
 */
final class EntityPolling {
  private static final Logger log = LoggerFactory.getLogger(EntityPolling.class);
  /** Longest single wait in {@code poll()}: Connect pauses and reconfigures a task between polls. */
  private static final long MAX_IDLE_MS = 1_000;

  private final EnvelopeHandler handler;
  private final SourceConfig config;
  private final Connection connection;
  private final Secrets secrets;
  private final StopSignal stop;
  private final Clock clock;
  private final Map<String, String> partition;
  private final RecordValues values = new RecordValues();
  private final RunListener retries = new RetryLog();

  private Position position;
  private SynapseSource cycle;
  private long cycleStartedAt;
  private long nextCycleAt;
  private long written;

  EntityPolling(EnvelopeHandler handler, SourceConfig config, Connection connection, Secrets secrets,
      StopSignal stop, Clock clock, Position start) {
    this.handler = handler;
    this.config = config;
    this.connection = connection;
    this.secrets = secrets;
    this.stop = stop;
    this.clock = clock;
    this.partition = SourceOffsets.partition(config.synapse(), config.entity());
    this.position = start;
  }

  /** The next page's records; {@code null} while waiting for the next cycle (or when stopped). */
  List<SourceRecord> poll() throws InterruptedException {
    if (cycle == null) {
      long wait = nextCycleAt - clock.millis();
      if (wait > 0) {
        stop.awaitStop(Math.min(wait, MAX_IDLE_MS));
        return null;
      }
      cycle = open();
    }
    List<dev.dovetail.runtime.sync.SourceRecord> page;
    try {
      page = cycle.nextPage();
    } catch (RecordSource.SourceException e) {
      cycle = null;
      nextCycleAt = clock.millis() + config.pollIntervalMs();
      String message = secrets.redact("READ of " + what() + " failed: " + e.getMessage());
      if (!e.retriable()) {
        throw new ConnectException(message + ". Fix the cause and restart the task; it resumes at "
            + Instant.ofEpochMilli(position.since()));
      }
      log.warn("{}; the next cycle starts again at {} in {} ms", message, Instant.ofEpochMilli(position.since()),
          config.pollIntervalMs());
      return null;
    } catch (InterruptedException e) {
      if (stop.stopped()) {
        return null; // the records returned so far carry their offsets; the next task starts after them
      }
      throw e;
    }
    if (page == null) {
      log.debug("{}: cycle ended at {}", what(), Instant.ofEpochMilli(position.since()));
      cycle = null;
      nextCycleAt = cycleStartedAt + config.pollIntervalMs();
      return null;
    }
    List<SourceRecord> records = new ArrayList<>(page.size());
    for (dev.dovetail.runtime.sync.SourceRecord item : page) {
      cycle.advance(item);
      records.add(record(item, cycle.checkpoint()));
    }
    position = cycle.checkpoint();
    written += records.size();
    return records;
  }

  /** What was written, for the log when the task stops. */
  String summary() {
    return what() + ": " + written + " records written; watermark " + Instant.ofEpochMilli(position.since());
  }

  private SynapseSource open() {
    Instant now = clock.instant();
    cycleStartedAt = now.toEpochMilli();
    Instant since = Instant.ofEpochMilli(Math.min(position.since(), cycleStartedAt));
    PullRequest request = new PullRequest(config.entity(), connection, since, now, 0);
    return new SynapseSource(new ReadCycle(handler, PullPolicy.DEFAULT, stop, retries, request), position);
  }

  private SourceRecord record(dev.dovetail.runtime.sync.SourceRecord item, Position after) {
    String value = values.value(item.json());
    Long modified = item.lastModified();
    Long timestamp = modified != null && modified >= 0 ? modified : null;
    // A tombstone has no value schema either: with a schema the JSON converter would write a non-null envelope.
    return new SourceRecord(partition, SourceOffsets.offset(after), config.topic(), null,
        Schema.OPTIONAL_STRING_SCHEMA, item.id(), value == null ? null : Schema.STRING_SCHEMA, value, timestamp);
  }

  private String what() {
    return "entity " + config.entity() + " of synapse " + config.synapse();
  }

  /** Retry notices of a READ cycle (a 429 or an outage being waited out). */
  private final class RetryLog implements RunListener {
    @Override
    public void progress(String message) {
      log.info("{}: {}", what(), secrets.redact(message));
    }

    @Override
    public void problem(String message) {
      log.warn("{}: {}", what(), secrets.redact(message));
    }
  }
}
