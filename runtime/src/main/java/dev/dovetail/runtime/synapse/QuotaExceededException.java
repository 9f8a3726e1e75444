package dev.dovetail.runtime.synapse;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end system is rate-limiting: the platform should retry later. Answered as status 429 with the wait in
 * {@code detail} ({@code "retry after 120 s"}, whole seconds rounded up); {@code pull} waits (bounded) and continues.
 */
public class QuotaExceededException extends SynapseException {
  private static final long serialVersionUID = 1L;

  private static final Pattern DETAIL = Pattern.compile("retry after (\\d{1,9}) s");

  private final Duration retryAfter;

  public QuotaExceededException(Duration retryAfter, String message) {
    super(429, message, detailOf(retryAfter));
    this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
  }

  public QuotaExceededException(Duration retryAfter) {
    this(retryAfter, "Quota exceeded");
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** The wait in an error body's {@code detail} written by this class, if there is one. */
  public static Optional<Duration> retryAfterFromDetail(String detail) {
    if (detail == null) {
      return Optional.empty();
    }
    Matcher matcher = DETAIL.matcher(detail);
    return matcher.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1)))) : Optional.empty();
  }

  /** Whole seconds, rounded up, so a caller honouring the hint never comes back too early. */
  private static String detailOf(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    long seconds = retryAfter.isNegative() ? 0 : retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return "retry after " + seconds + " s";
  }
}
