package dev.dovetail.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How a batch that failed with {@code retryable: true} (or threw) is delivered again: at most {@code maxRetries}
 * retries after the first attempt, waiting an exponential backoff with full jitter between attempts, and never
 * starting a wait that would end after {@code maxTotalTime} since the first attempt.
 *
 * <p>Defaults ({@link #DEFAULT}): 3 retries (attempts 1–4, as the OCP platform does), 500 ms initial backoff,
 * 30 s maximum backoff, 5 min in total per batch. Every value is bounded so a typo cannot stall a run for days.
 *
 * @param maxRetries retries after the first attempt, 0–{@value #MAX_RETRIES_LIMIT}
 * @param initialBackoff ceiling of the first wait; each further wait doubles the ceiling
 * @param maxBackoff largest ceiling of a single wait, at most {@link #MAX_BACKOFF_LIMIT}
 * @param maxTotalTime time budget of one batch's retries, at most {@link #MAX_TOTAL_TIME_LIMIT}
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxTotalTime) {

  public static final int DEFAULT_MAX_RETRIES = 3;
  public static final int MAX_RETRIES_LIMIT = 10;
  public static final Duration MAX_BACKOFF_LIMIT = Duration.ofMinutes(5);
  public static final Duration MAX_TOTAL_TIME_LIMIT = Duration.ofHours(1);

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(DEFAULT_MAX_RETRIES, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));

  public RetryPolicy {
    if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
      throw new IllegalArgumentException("maxRetries must be between 0 and " + MAX_RETRIES_LIMIT + ", got " + maxRetries);
    }
    requireBetween("initialBackoff", initialBackoff, Duration.ZERO, MAX_BACKOFF_LIMIT);
    requireBetween("maxBackoff", maxBackoff, initialBackoff, MAX_BACKOFF_LIMIT);
    requireBetween("maxTotalTime", maxTotalTime, Duration.ofMillis(1), MAX_TOTAL_TIME_LIMIT);
  }

  /** The default policy with another retry count. */
  public RetryPolicy withMaxRetries(int retries) {
    return new RetryPolicy(retries, initialBackoff, maxBackoff, maxTotalTime);
  }

  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxRetries, initial, max, maxTotalTime);
  }

  public RetryPolicy withMaxTotalTime(Duration total) {
    return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, total);
  }

  /** Attempts including the first: {@code maxRetries + 1}. */
  public int maxAttempts() {
    return maxRetries + 1;
  }

  /** The longest wait before retry {@code retry} (1-based): {@code min(maxBackoff, initialBackoff × 2^(retry-1))}. */
  public Duration backoffCeiling(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry is 1-based, got " + retry);
    }
    long initial = initialBackoff.toMillis();
    long max = maxBackoff.toMillis();
    int doublings = Math.min(retry - 1, 62);
    // Stop doubling once past the cap: avoids overflow for any retry number.
    long ceiling = initial == 0 ? 0 : (initial > (max >> doublings) ? max : Math.min(max, initial << doublings));
    return Duration.ofMillis(ceiling);
  }

  /**
   * The wait before retry {@code retry}, drawn uniformly from {@code [0, ceiling]} ("full jitter"): spreads the
   * retries of many failing batches instead of sending them back together.
   */
  public Duration backoff(int retry, RandomGenerator random) {
    long ceiling = backoffCeiling(retry).toMillis();
    long millis = (long) (random.nextDouble() * (ceiling + 1));
    return Duration.ofMillis(Math.min(millis, ceiling));
  }

  private static void requireBetween(String name, Duration value, Duration min, Duration max) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
    }
  }
}
