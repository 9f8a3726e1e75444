package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.Envelopes;
import dev.dovetail.runtime.synapse.envelope.ErrorBody;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import dev.dovetail.runtime.synapse.envelope.Reply;
import dev.dovetail.runtime.synapse.envelope.Watermark;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One READ cycle the way the platform runs it, a page at a time: READ envelopes through the {@link EnvelopeHandler}
 * (the path {@code invoke} and {@code serve} take), each carrying the watermark the previous reply returned, until
 * the platform's stop rules (§6.4) end the cycle:
 *
 * <ul>
 *   <li>the page is empty;
 *   <li>{@code offsetType} is {@code RECORD_COUNT} or {@code PAGE_NUMBER} and the returned offset is 0;
 *   <li>the page holds fewer than {@code min(100, limit)} records (100 without a limit);
 *   <li>the records fetched reach {@code limit}.
 * </ul>
 *
 * <p>Retriable answers (429, 502, 503, 504) are retried after a wait ({@link PullPolicy}); the failed call returned
 * nothing, so the retry asks for exactly that page again. Callers ({@link SynapsePull}, the sync engine) decide what
 * to do with each page.
 */
public final class ReadCycle {
  private static final Logger log = LoggerFactory.getLogger(ReadCycle.class);

  /** The platform's minimum page size; a smaller page ends the cycle. */
  static final int PLATFORM_PAGE = 100;

  /** Why a cycle stopped before its end. */
  public static final class ReadFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean notSupported;
    private final boolean retriable;

    ReadFailure(String message, boolean notSupported, boolean retriable) {
      super(message, null, false, false);
      this.notSupported = notSupported;
      this.retriable = retriable;
    }

    /** Whether the synapse answered 405: it does not read this entity at all. */
    public boolean notSupported() {
      return notSupported;
    }

    /**
     * Whether the synapse's last answer was a retriable one (429, 502, 503, 504) and only the attempts or the wait
     * budget ran out: a later cycle from the same watermark may succeed, unlike after a refusal or a bad reply.
     */
    public boolean retriable() {
      return retriable;
    }
  }

  private final EnvelopeHandler handler;
  private final PullPolicy policy;
  private final Sleeper sleeper;
  private final RunListener listener;
  private final PullRequest request;
  private final String schemaJson;
  private final int minPage;
  private Watermark watermark;
  private boolean ended;
  private ReadFailure stuck;
  private long records;
  private int pages;
  private int retries;
  private Duration waited = Duration.ZERO;

  public ReadCycle(EnvelopeHandler handler, PullPolicy policy, Sleeper sleeper, RunListener listener,
      PullRequest request) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.request = Objects.requireNonNull(request, "request");
    this.schemaJson = handler.dispatcher().schemaJson(request.entity());
    this.minPage = request.limit() > 0 ? Math.min(PLATFORM_PAGE, request.limit()) : PLATFORM_PAGE;
    this.watermark = Watermark.window(request.since().toEpochMilli(), request.until().toEpochMilli(), request.limit());
  }

  /**
   * The next page, or {@code null} once the cycle has ended. A page that ends the cycle is still returned; the call
   * after it answers {@code null} (or throws, when that page showed the synapse cannot move on).
   */
  public ReadReply next() throws ReadFailure, InterruptedException {
    if (stuck != null) {
      ReadFailure failure = stuck;
      stuck = null;
      throw failure;
    }
    if (ended) {
      return null;
    }
    ReadReply page = fetch();
    pages++;
    records += page.records().size();
    if (endsCycle(page)) {
      ended = true;
    } else if (page.watermark().equals(watermark)) {
      // The page itself is good; the cycle fails on the call after it.
      stuck = fail("the synapse returned a full page with the watermark it was sent:"
          + " the platform would read the same page forever", false);
    }
    watermark = page.watermark();
    return page;
  }

  /** Pages returned so far. */
  public int pages() {
    return pages;
  }

  /** Records in the pages returned so far. */
  public long records() {
    return records;
  }

  /** READ calls repeated after a retriable error. */
  public int retries() {
    return retries;
  }

  /** Time spent waiting before retries. */
  public Duration waited() {
    return waited;
  }

  /** The platform's stop rules (§6.4). */
  private boolean endsCycle(ReadReply page) {
    int size = page.records().size();
    Integer offset = page.watermark().offset();
    return size == 0
        || (page.countsOffsets() && (offset == null || offset == 0))
        || size < minPage
        || (request.limit() > 0 && records >= request.limit());
  }

  /** One READ, repeated after retriable errors as the policy allows. */
  private ReadReply fetch() throws ReadFailure, InterruptedException {
    String envelope = Envelopes.read(request.connection(), request.entity(), schemaJson, watermark);
    for (int attempt = 1; ; attempt++) {
      Reply reply = handler.handle(envelope);
      if (!reply.isError()) {
        try {
          return ReadReply.parse(reply.body());
        } catch (ReadReply.InvalidReplyException e) {
          throw fail("invalid READ reply: " + e.getMessage(), false);
        }
      }
      ErrorBody error = reply.error();
      if (error.statusCode() == 405) {
        throw fail("synapse " + handler.dispatcher().name() + " does not support READ of entity '"
            + request.entity() + "': " + error.summary(), true);
      }
      if (!error.retriable()) {
        throw fail("READ failed: " + error.summary(), false);
      }
      if (attempt >= policy.maxAttempts()) {
        throw fail("READ failed after " + attempt + " attempts: " + error.summary(), false, true);
      }
      waitBeforeRetry(error, attempt);
    }
  }

  private void waitBeforeRetry(ErrorBody error, int attempt) throws ReadFailure, InterruptedException {
    Duration wait = error.statusCode() == 429
        ? QuotaExceededException.retryAfterFromDetail(error.detail()).map(policy::atLeastMinimum)
            .orElse(policy.backoff(attempt))
        : policy.backoff(attempt);
    Duration left = policy.maxTotalWait().minus(waited);
    if (wait.compareTo(left) > 0) {
      throw fail(error.summary() + ": waiting " + wait.toSeconds() + " s would exceed the wait budget ("
          + left.toSeconds() + " s of " + policy.maxTotalWait().toSeconds() + " s left)", false, true);
    }
    listener.progress(error.summary() + "; retry " + attempt + " of " + (policy.maxAttempts() - 1) + " in "
        + wait.toSeconds() + " s");
    log.debug("read of {}: waiting {} before retry {}", request.entity(), wait, attempt);
    sleeper.sleep(wait);
    waited = waited.plus(wait);
    retries++;
  }

  private ReadFailure fail(String message, boolean notSupported) {
    return fail(message, notSupported, false);
  }

  private ReadFailure fail(String message, boolean notSupported, boolean retriable) {
    ended = true;
    return new ReadFailure(message, notSupported, retriable);
  }
}
