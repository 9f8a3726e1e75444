package dev.dovetail.kafka;

import dev.dovetail.runtime.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Retry accounting across {@code put()} calls. After a {@link org.apache.kafka.connect.errors.RetriableException}
 * Connect calls {@code put()} again with the same records; this recognises that redelivery (same first record and
 * size), skips the records already settled (delivered or reported) and counts the attempts against the
 * {@link RetryPolicy}: its retries and its time budget, waiting its backoff with jitter (through
 * {@code context.timeout}).
 */
final class Redelivery {
  private final RetryPolicy policy;
  private final RandomGenerator random;

  private String head;
  private int failures;
  private long firstFailureNanos;
  private int settled;

  Redelivery(RetryPolicy policy, RandomGenerator random) {
    this.policy = policy;
    this.random = random;
  }

  /** Starts a put whose records are identified by {@code head}; answers how many of them are already settled. */
  int begin(String head) {
    if (!head.equals(this.head)) {
      completed();
      this.head = head;
    }
    return settled;
  }

  /** The delivery attempt of the first batch of this put, 1-based: the failed batch's attempts so far plus one. */
  int attempt() {
    return failures + 1;
  }

  /** {@code count} more records of this put are settled: a redelivery skips them. */
  void settled(int count) {
    settled += count;
  }

  /** The put went through: the next one starts afresh. */
  void completed() {
    head = null;
    failures = 0;
    settled = 0;
  }

  /**
   * A batch failed retryably: the wait before Connect redelivers it, or empty when the policy's retries or time
   * budget are spent.
   */
  Optional<Duration> failed(long nowNanos) {
    if (failures == 0) {
      firstFailureNanos = nowNanos;
    }
    failures++;
    if (failures > policy.maxRetries()) {
      return Optional.empty();
    }
    Duration backoff = policy.backoff(failures, random);
    Duration elapsed = Duration.ofNanos(nowNanos - firstFailureNanos);
    return elapsed.plus(backoff).compareTo(policy.maxTotalTime()) > 0 ? Optional.empty() : Optional.of(backoff);
  }

  /** Failed attempts of the batch in flight. */
  int failures() {
    return failures;
  }
}
