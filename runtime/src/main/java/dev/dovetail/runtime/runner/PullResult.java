package dev.dovetail.runtime.runner;

import java.time.Duration;
import java.time.Instant;

/**
 * How a pull ended.
 *
 * @param records records written (deleted ones included)
 * @param pages READ replies that held records or ended the window
 * @param retries READ calls repeated after a retriable error
 * @param waited time spent waiting before retries
 * @param nextWatermark where the next pull starts: the last record's {@code lastModified}, else the window's start
 *     (the platform's rule); valid whatever the status, since only whole pages are written
 * @param problem what went wrong, or {@code null}
 */
public record PullResult(
    Status status, long records, int pages, int retries, Duration waited, Instant nextWatermark, String problem) {

  public enum Status {
    /** The window was read to the platform's stop rules. */
    COMPLETED,
    /** The synapse does not support READ of the entity (405). */
    NOT_SUPPORTED,
    /** An error answer, retries exhausted, or output that could not be written. */
    FAILED
  }
}
