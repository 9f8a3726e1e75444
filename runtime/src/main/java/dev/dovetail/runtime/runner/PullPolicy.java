package dev.dovetail.runtime.runner;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code pull} waits when the synapse answers a retriable error (429, 502, 503, 504): a 429 carrying a wait
 * ({@code "retry after 30 s"}) is honoured as given, other retriable answers wait an exponential backoff. Every
 * value is bounded.
 *
 * <p>Defaults ({@link #DEFAULT}): 6 attempts per page (5 retries), backoff from 1 s doubling to at most 60 s, at
 * least 1 s per wait, and at most 5 minutes of waiting in one pull. A wait that would go beyond that budget is not
 * started: the pull stops and reports where to resume.
 *
 * @param maxAttempts calls per page including the first, 1–{@value #MAX_ATTEMPTS_LIMIT}
 * @param initialBackoff the first wait without a hint; each further one doubles
 * @param maxBackoff the longest wait without a hint
 * @param maxTotalWait all waits of one pull together, at most {@link #MAX_TOTAL_WAIT_LIMIT}
 */
public record PullPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotalWait) {

  public static final int MAX_ATTEMPTS_LIMIT = 20;
  public static final Duration MIN_WAIT = Duration.ofSeconds(1);
  public static final Duration MAX_TOTAL_WAIT_LIMIT = Duration.ofHours(1);
  public static final PullPolicy DEFAULT =
      new PullPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(5));

  public PullPolicy {
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
      throw new IllegalArgumentException("maxAttempts must be between 1 and " + MAX_ATTEMPTS_LIMIT + ", got " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxTotalWait, "maxTotalWait");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
    }
    if (maxTotalWait.isNegative() || maxTotalWait.compareTo(MAX_TOTAL_WAIT_LIMIT) > 0) {
      throw new IllegalArgumentException("maxTotalWait must be between 0 and " + MAX_TOTAL_WAIT_LIMIT);
    }
  }

  /** The wait before retry {@code retry} (1-based) when the answer gave no hint. */
  public Duration backoff(int retry) {
    Duration wait = initialBackoff;
    for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return atLeastMinimum(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
  }

  /** A hinted wait, never shorter than {@link #MIN_WAIT} (so a "retry after 0 s" cannot spin). */
  public Duration atLeastMinimum(Duration wait) {
    return wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait;
  }
}
