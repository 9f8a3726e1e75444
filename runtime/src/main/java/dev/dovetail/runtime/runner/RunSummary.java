package dev.dovetail.runtime.runner;

import java.time.Duration;
import java.util.List;

/**
 * What a run did.
 *
 * @param destination the destination key
 * @param status how the run ended
 * @param recordsRead non-blank input lines
 * @param upsertsDelivered upserts in batches that were delivered
 * @param deletesDelivered deletes in batches that were delivered
 * @param deletesDropped deletes not sent because the destination does not support deletes (as the platform does)
 * @param rejected lines that were not valid JSON or did not fit the schema
 * @param failedRecords items in batches that failed for good
 * @param batchesOk batches delivered
 * @param batchesFailed batches failed for good
 * @param retries redeliveries over all batches
 * @param elapsed wall time of the run
 * @param messages the first problem messages (see {@link RunOptions#maxMessages()})
 * @param messageCount all problem messages, kept or not
 */
public record RunSummary(
    String destination,
    Status status,
    long recordsRead,
    long upsertsDelivered,
    long deletesDelivered,
    long deletesDropped,
    long rejected,
    long failedRecords,
    long batchesOk,
    long batchesFailed,
    long retries,
    Duration elapsed,
    List<String> messages,
    long messageCount) {

  /** How a run ended. */
  public enum Status {
    /** Every line was read; records may still have been rejected or failed. */
    COMPLETED,
    /** Stopped before delivering anything: not ready, handler or codec unavailable, invalid dynamic schema. */
    NOT_READY,
    /** Stopped early: the input could not be read or the run was interrupted. */
    ABORTED
  }

  public static final int EXIT_OK = 0;
  public static final int EXIT_RECORDS_FAILED = 1;
  public static final int EXIT_NOT_READY = 2;

  public RunSummary {
    messages = List.copyOf(messages);
  }

  /** Records per second over the whole run; 0 when no time was measured. */
  public double recordsPerSecond() {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : recordsRead * 1e9 / nanos;
  }

  /** Whether anything was rejected or failed, or the run did not complete. */
  public boolean hasProblems() {
    return status != Status.COMPLETED || rejected > 0 || failedRecords > 0;
  }

  /** 0 all good; 1 records rejected or failed, or the run aborted; 2 not ready. */
  public int exitCode() {
    if (status == Status.NOT_READY) {
      return EXIT_NOT_READY;
    }
    return hasProblems() ? EXIT_RECORDS_FAILED : EXIT_OK;
  }
}
