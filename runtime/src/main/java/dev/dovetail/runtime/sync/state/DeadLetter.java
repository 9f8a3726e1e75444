package dev.dovetail.runtime.sync.state;

import java.time.Instant;

/**
 * A record the sync could not deliver, kept with why and with its raw source payload so it can be replayed.
 *
 * @param id the store's id (0 before it is stored)
 * @param stage where it failed: {@link Stage}
 * @param reason what went wrong, for a person
 * @param payload the record as the source gave it (a Record object, or the JSON Lines line)
 * @param attempts how many times it failed (1, plus one per failed replay)
 * @param replayed when a replay delivered it, or {@code null}
 */
public record DeadLetter(
    long id, String syncName, long runId, Instant created, Stage stage, String reason, String payload, int attempts,
    Instant replayed) {

  /** Where a record failed. */
  public enum Stage {
    /** Not valid JSON, or not the shape the source promised. */
    READ,
    /** The field mapping could not be applied (e.g. a value of the wrong kind). */
    MAP,
    /** The mapped record does not fit the destination schema (the destination's codec rejected it). */
    DECODE,
    /** The destination rejected it as non-retryable. */
    DELIVER
  }

  /** A new dead letter, not yet stored. */
  public static DeadLetter of(Stage stage, String reason, String payload) {
    return new DeadLetter(0, null, 0, null, stage, reason, payload, 1, null);
  }
}
