package dev.dovetail.runtime.sync.state;

/**
 * What a sync run has done so far. Every record read ends in exactly one of the four outcomes, so
 * {@code read == upserts + deletes + deadLettered + skipped} once nothing is in flight.
 *
 * @param read records taken from the source (records a resumed run recognises as already delivered are not read again)
 * @param upserts records the destination acknowledged as upserts
 * @param deletes deletes the destination acknowledged
 * @param deadLettered records that could not be decoded or mapped, or that the destination rejected for good
 * @param skipped deletes not sent because the destination does not support deletes (as the platform drops them)
 * @param retries redeliveries of batches and repeated READ calls
 * @param pages source pages read (READ replies; for a file, batches of lines)
 */
public record RunCounts(long read, long upserts, long deletes, long deadLettered, long skipped, long retries, long pages) {
  public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0);

  /** Records whose outcome is known. */
  public long settled() {
    return upserts + deletes + deadLettered + skipped;
  }
}
