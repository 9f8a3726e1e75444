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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one synapse entity into source records, the way the sync engine reads it: READ cycles over
 * {@code [watermark, now]} through the runtime's {@link ReadCycle} (the contract's paging and stop rules, read skew,
 * retries with quota back-off), resuming at the last record's watermark ({@link SynapseSource}). A cycle that reached
 * the end waits the poll interval before the next one starts.
 *
 * <p>The reading runs on a thread of its own and hands whole pages to {@link #poll()}, which waits at most a second:
 * Connect stops or pauses a source task only between polls (and calls {@code stop()} on the task's thread), so a
 * quota back-off of minutes must not happen inside {@code poll()}. {@link #stop()} ends any wait of the reader.
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
  /** Longest wait in {@code poll()}: Connect stops, pauses and reconfigures a task between polls. */
  private static final long MAX_IDLE_MS = 1_000;
  /** Pages read ahead of {@code poll()}. */
  private static final int PAGES_AHEAD = 2;

  private final EnvelopeHandler handler;
  private final SourceConfig config;
  private final Connection connection;
  private final Secrets secrets;
  private final StopSignal stop;
  private final Clock clock;
  private final Map<String, String> partition;
  private final RecordValues values = new RecordValues();
  private final RunListener retries = new RetryLog();
  private final BlockingQueue<List<SourceRecord>> pages = new ArrayBlockingQueue<>(PAGES_AHEAD);
  private final Thread reader;

  private Position position;
  private volatile long watermark;
  private volatile long written;
  private volatile ConnectException failure;

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
    this.watermark = start.since();
    this.reader = new Thread(this::read, "dovetail-source-" + config.synapse() + "-" + config.entity());
    reader.setDaemon(true);
  }

  void start() {
    reader.start();
  }

  /** The next page's records; {@code null} when none is ready within a second. */
  List<SourceRecord> poll() throws InterruptedException {
    List<SourceRecord> page = pages.poll(MAX_IDLE_MS, TimeUnit.MILLISECONDS);
    if (page == null && failure != null) {
      throw failure;
    }
    return page;
  }

  /** Ends the reader's waits and its thread; the records polled so far carry their offsets. */
  void stop() throws InterruptedException {
    stop.stop();
    reader.interrupt();
    reader.join(MAX_IDLE_MS);
  }

  /** What was written, for the log when the task stops. */
  String summary() {
    return what() + ": " + written + " records written; watermark " + Instant.ofEpochMilli(watermark);
  }

  /** The reader thread: cycle after cycle until stopped or failed. */
  private void read() {
    long nextCycleAt = 0;
    try {
      while (!stop.stopped()) {
        long wait = nextCycleAt - clock.millis();
        if (wait > 0 && stop.awaitStop(wait)) {
          return;
        }
        long started = clock.millis();
        nextCycleAt = cycle() ? started + config.pollIntervalMs() : clock.millis() + config.pollIntervalMs();
      }
    } catch (InterruptedException e) {
      // stopping
    } catch (ConnectException e) {
      failure = e;
    } catch (RuntimeException e) {
      failure = new ConnectException(secrets.redact("reading " + what() + " failed: " + e), e);
    }
  }

  /** One READ cycle into the queue; {@code false} when it failed retryably (the next one starts from the same place). */
  private boolean cycle() throws InterruptedException {
    SynapseSource cycle = open();
    try {
      for (List<dev.dovetail.runtime.sync.SourceRecord> page = cycle.nextPage(); page != null;
          page = cycle.nextPage()) {
        List<SourceRecord> records = new ArrayList<>(page.size());
        for (dev.dovetail.runtime.sync.SourceRecord item : page) {
          cycle.advance(item);
          records.add(record(item, cycle.checkpoint()));
        }
        pages.put(records);
        position = cycle.checkpoint();
        watermark = position.since();
        written += records.size();
      }
      log.debug("{}: cycle ended at {}", what(), Instant.ofEpochMilli(position.since()));
      return true;
    } catch (RecordSource.SourceException e) {
      String message = secrets.redact("READ of " + what() + " failed: " + e.getMessage());
      if (!e.retriable()) {
        throw new ConnectException(message + ". Fix the cause and restart the task; it resumes at "
            + Instant.ofEpochMilli(position.since()));
      }
      log.warn("{}; the next cycle starts again at {} in {} ms", message, Instant.ofEpochMilli(position.since()),
          config.pollIntervalMs());
      return false;
    }
  }

  private SynapseSource open() {
    Instant now = clock.instant();
    Instant since = Instant.ofEpochMilli(Math.min(position.since(), now.toEpochMilli()));
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
