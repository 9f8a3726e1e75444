package dev.dovetail.runtime;

/**
 * Answer of {@link DestinationHandler#deliver}: {@code {success, retryable?, failureReason?}}. On success the
 * retry flag is ignored.
 */
public record DeliverResult(boolean success, boolean retryable, String failureReason) {

  private static final DeliverResult SUCCESS = new DeliverResult(true, false, null);

  /** The whole batch was delivered. */
  public static DeliverResult ok() {
    return SUCCESS;
  }

  /** A transient failure (network, timeout, throttling): the batch is delivered again, with a bounded number of retries. */
  public static DeliverResult retry(String reason) {
    return new DeliverResult(false, true, reason);
  }

  /** A permanent failure (bad credentials, rejected data): the batch is not retried. */
  public static DeliverResult fail(String reason) {
    return new DeliverResult(false, false, reason);
  }
}
