package dev.dovetail.runtime;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one batch with retries, as the OCP platform does (spec §5.4): {@code success} → done; a failure with
 * {@code retryable: true}, or a thrown exception, → delivered again with {@code attempt + 1} after a backoff, while
 * the {@link RetryPolicy} allows; any other failure → failed at once. After the last attempt the batch fails with
 * the last reason.
 */
public final class BatchDeliverer {
  private static final Logger log = LoggerFactory.getLogger(BatchDeliverer.class);

  /** Told before each wait, e.g. to print progress. */
  @FunctionalInterface
  public interface RetryListener {
    RetryListener NONE = new RetryListener() { // a class, not a lambda: no invokedynamic bootstrap
      @Override
      public void retrying(int failedAttempt, String reason, Duration backoff) {}
    };

    void retrying(int failedAttempt, String reason, Duration backoff);
  }

  /**
   * How delivering a batch ended.
   *
   * @param delivered whether an attempt succeeded
   * @param attempts attempts made, 1-based
   * @param failureReason the last attempt's reason, {@code null} when delivered
   * @param outOfTime whether retrying stopped because of {@link RetryPolicy#maxTotalTime()}
   * @param retryable whether the last failure was retryable (so the batch may succeed later), {@code false} when
   *     delivered
   */
  public record Outcome(boolean delivered, int attempts, String failureReason, boolean outOfTime, boolean retryable) {
    public int retries() {
      return attempts - 1;
    }
  }

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  public BatchDeliverer(RetryPolicy policy, Sleeper sleeper, RandomGenerator random) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.random = random;
  }

  /** Delivers {@code batch} (its attempt must be 1) until it succeeds or fails for good. */
  public <T> Outcome deliver(DestinationHandler<T> handler, Batch<T> batch, RetryListener listener) throws InterruptedException {
    if (batch.attempt() != 1) {
      throw new IllegalArgumentException("a batch starts at attempt 1, got " + batch.attempt());
    }
    long start = sleeper.nanoTime();
    Batch<T> current = batch;
    while (true) {
      DeliverResult result = attempt(handler, current);
      if (result.success()) {
        return new Outcome(true, current.attempt(), null, false, false);
      }
      String reason = reasonOf(result);
      if (!result.retryable() || current.attempt() >= policy.maxAttempts()) {
        return new Outcome(false, current.attempt(), reason, false, result.retryable());
      }
      Duration backoff = policy.backoff(current.attempt(), random);
      Duration elapsed = Duration.ofNanos(sleeper.nanoTime() - start);
      if (elapsed.plus(backoff).compareTo(policy.maxTotalTime()) > 0) {
        return new Outcome(false, current.attempt(), reason, true, true);
      }
      listener.retrying(current.attempt(), reason, backoff);
      sleeper.sleep(backoff);
      current = current.nextAttempt();
    }
  }

  /**
   * One call; a thrown exception is a retryable failure whose reason is its message (spec §6). A thrown
   * {@link Error} (an assertion, a stack overflow, a missing class) is a bug that a retry would meet again: a failure
   * of the batch, not retried, that the run records and survives ({@link AuthorErrors}).
   */
  private static <T> DeliverResult attempt(DestinationHandler<T> handler, Batch<T> batch) {
    try {
      DeliverResult result = handler.deliver(batch);
      return result != null ? result : DeliverResult.fail("deliver() returned no result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliverResult.fail("interrupted");
    } catch (Exception e) {
      log.debug("deliver() threw on attempt {} of {}", batch.attempt(), batch, e);
      return DeliverResult.retry(e.getMessage() != null ? e.getMessage() : e.getClass().getName());
    } catch (Error e) {
      AuthorErrors.rethrowIfFatal(e);
      log.warn("deliver() threw {} on attempt {} of {}", e, batch.attempt(), batch, e);
      return DeliverResult.fail("deliver() threw " + e);
    }
  }

  private static String reasonOf(DeliverResult result) {
    String reason = result.failureReason();
    return reason == null || reason.isBlank() ? "no failureReason given" : reason;
  }
}
