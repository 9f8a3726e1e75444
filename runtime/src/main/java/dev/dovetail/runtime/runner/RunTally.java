package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.Sleeper;
import java.time.Duration;

/** The counters of one run, filled in as it goes; turned into the immutable {@link RunSummary} at the end. */
final class RunTally {
  private final String destination;
  private final MessageLog messages;
  private final Sleeper clock;
  private final long startNanos;

  long recordsRead;
  long upsertsDelivered;
  long deletesDelivered;
  long deletesDropped;
  long rejected;
  long failedRecords;
  long batchesOk;
  long batchesFailed;
  long retries;

  RunTally(String destination, int maxMessages, Sleeper clock) {
    this.destination = destination;
    this.messages = new MessageLog(maxMessages);
    this.clock = clock;
    this.startNanos = clock.nanoTime();
  }

  void problem(String message) {
    messages.add(message);
  }

  RunSummary summary(RunSummary.Status status) {
    return new RunSummary(destination, status, recordsRead, upsertsDelivered, deletesDelivered, deletesDropped, rejected,
        failedRecords, batchesOk, batchesFailed, retries, Duration.ofNanos(clock.nanoTime() - startNanos),
        messages.kept(), messages.total());
  }
}
