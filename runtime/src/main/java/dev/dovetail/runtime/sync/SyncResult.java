package dev.dovetail.runtime.sync;

import dev.dovetail.runtime.sync.state.RunCounts;
import dev.dovetail.runtime.sync.state.RunStatus;
import java.time.Duration;

/**
 * How a sync run ended.
 *
 * @param runId the run's id in the state store, 0 when the run could not be recorded
 * @param message why it did not complete, or {@code null}
 * @param recognised records at the checkpoint's watermark that the previous run had settled, skipped this time
 */
public record SyncResult(
    long runId, RunStatus status, RunCounts counts, Duration elapsed, String message, long recognised) {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_INTERRUPTED = 3;

  /** Records read per second over the run. */
  public double recordsPerSecond() {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : counts.read() * 1e9 / nanos;
  }

  /** 0 completed with nothing dead-lettered; 1 failed or records dead-lettered; 3 interrupted. */
  public int exitCode() {
    return switch (status) {
      case COMPLETED -> counts.deadLettered() == 0 ? EXIT_OK : EXIT_FAILED;
      case INTERRUPTED -> EXIT_INTERRUPTED;
      default -> EXIT_FAILED;
    };
  }
}
