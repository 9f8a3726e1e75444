package dev.dovetail.runtime.synapse;

import java.time.Duration;

/**
 * The end system is rate-limiting: the platform should retry later. Answered as status 429 with the wait in
 * {@code detail}; {@code pull} waits (bounded) and continues.
 */
public class QuotaExceededException extends SynapseException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public QuotaExceededException(Duration retryAfter, String message) {
    super(429, message, "retry after " + Math.max(0, retryAfter.toSeconds()) + " s");
    this.retryAfter = retryAfter;
  }

  public QuotaExceededException(Duration retryAfter) {
    this(retryAfter, "Quota exceeded");
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
