package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.Envelopes;
import dev.dovetail.runtime.synapse.envelope.ErrorBody;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import dev.dovetail.runtime.synapse.envelope.Reply;
import dev.dovetail.runtime.synapse.envelope.Watermark;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An incremental read the way the platform runs a READ cycle: READ envelopes through the {@link EnvelopeHandler}
 * (the same path {@code invoke} and {@code serve} take), each one carrying the watermark the previous reply returned,
 * until the platform's stop rules (§6.4) say the cycle is over:
 *
 * <ul>
 *   <li>the page is empty;
 *   <li>{@code offsetType} is {@code RECORD_COUNT} or {@code PAGE_NUMBER} and the returned offset is 0;
 *   <li>the page holds fewer than {@code min(100, limit)} records (100 without a limit);
 *   <li>the records fetched reach {@code limit}.
 * </ul>
 *
 * <p>Retriable answers (429, 502, 503, 504) are retried after a wait ({@link PullPolicy}); the failed call wrote
 * nothing, so the retry repeats exactly that page. Records go to the sink a whole page at a time, so the next
 * watermark is a correct place to resume even when the pull fails.
 */
public final class SynapsePull {
  private static final Logger log = LoggerFactory.getLogger(SynapsePull.class);

  /** The platform's minimum page size; a smaller page ends the cycle. */
  static final int PLATFORM_PAGE = 100;

  /** Receives each record as its JSON object text (the decoded Record, not double-encoded). */
  @FunctionalInterface
  public interface RecordSink {
    void accept(String recordJson) throws IOException;
  }

  private final EnvelopeHandler handler;
  private final PullPolicy policy;
  private final Sleeper sleeper;
  private final RunListener listener;

  public SynapsePull(EnvelopeHandler handler, PullPolicy policy, Sleeper sleeper, RunListener listener) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Reads the window to its end (or to the first failure) into {@code sink}. */
  public PullResult run(PullRequest request, RecordSink sink) {
    return new Run(request, sink).execute();
  }

  /** The state of one pull. */
  private final class Run {
    private final PullRequest request;
    private final RecordSink sink;
    private final String schemaJson;
    private final int minPage;
    private long records;
    private int pages;
    private int retries;
    private Duration waited = Duration.ZERO;
    private Long lastModified;

    Run(PullRequest request, RecordSink sink) {
      this.request = request;
      this.sink = sink;
      SynapseDispatcher dispatcher = handler.dispatcher();
      this.schemaJson = dispatcher.schemaJson(request.entity());
      this.minPage = request.limit() > 0 ? Math.min(PLATFORM_PAGE, request.limit()) : PLATFORM_PAGE;
    }

    PullResult execute() {
      Watermark watermark = Watermark.window(request.since().toEpochMilli(), request.until().toEpochMilli(),
          request.limit());
      try {
        while (true) {
          ReadReply page = fetch(watermark);
          write(page.records());
          pages++;
          listener.progress("page " + pages + ": " + page.records().size() + " records (offset "
              + page.watermark().offset() + ")");
          if (endsCycle(page)) {
            return result(PullResult.Status.COMPLETED, null);
          }
          if (page.watermark().equals(watermark)) {
            return result(PullResult.Status.FAILED, "the synapse returned a full page with the watermark it was sent:"
                + " the platform would read the same page forever");
          }
          watermark = page.watermark();
        }
      } catch (Stop stop) {
        return result(stop.status, stop.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return result(PullResult.Status.FAILED, "interrupted");
      }
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
    private ReadReply fetch(Watermark watermark) throws Stop, InterruptedException {
      String envelope = Envelopes.read(request.connection(), request.entity(), schemaJson, watermark);
      for (int attempt = 1; ; attempt++) {
        Reply reply = handler.handle(envelope);
        if (!reply.isError()) {
          try {
            return ReadReply.parse(reply.body());
          } catch (ReadReply.InvalidReplyException e) {
            throw new Stop(PullResult.Status.FAILED, "invalid READ reply: " + e.getMessage());
          }
        }
        ErrorBody error = reply.error();
        if (error.statusCode() == 405) {
          throw new Stop(PullResult.Status.NOT_SUPPORTED, "synapse " + handler.dispatcher().name()
              + " does not support READ of entity '" + request.entity() + "': " + error.summary());
        }
        if (!error.retriable()) {
          throw new Stop(PullResult.Status.FAILED, "READ failed: " + error.summary());
        }
        if (attempt >= policy.maxAttempts()) {
          throw new Stop(PullResult.Status.FAILED, "READ failed after " + attempt + " attempts: " + error.summary());
        }
        waitBeforeRetry(error, attempt);
      }
    }

    private void waitBeforeRetry(ErrorBody error, int attempt) throws Stop, InterruptedException {
      Duration wait = error.statusCode() == 429
          ? QuotaExceededException.retryAfterFromDetail(error.detail()).map(policy::atLeastMinimum)
              .orElse(policy.backoff(attempt))
          : policy.backoff(attempt);
      Duration left = policy.maxTotalWait().minus(waited);
      if (wait.compareTo(left) > 0) {
        throw new Stop(PullResult.Status.FAILED, error.summary() + ": waiting " + wait.toSeconds()
            + " s would exceed the wait budget (" + left.toSeconds() + " s of " + policy.maxTotalWait().toSeconds()
            + " s left)");
      }
      listener.progress(error.summary() + "; retry " + attempt + " of " + (policy.maxAttempts() - 1) + " in "
          + wait.toSeconds() + " s");
      log.debug("pull of {}: waiting {} before retry {}", request.entity(), wait, attempt);
      sleeper.sleep(wait);
      waited = waited.plus(wait);
      retries++;
    }

    private void write(List<ReadReply.Item> page) throws Stop {
      try {
        for (ReadReply.Item item : page) {
          sink.accept(item.json());
        }
      } catch (IOException e) {
        throw new Stop(PullResult.Status.FAILED, "cannot write the records: " + e.getMessage());
      }
      records += page.size();
      for (int i = page.size() - 1; i >= 0; i--) {
        if (page.get(i).lastModified() != null) {
          lastModified = page.get(i).lastModified();
          break;
        }
      }
    }

    private PullResult result(PullResult.Status status, String problem) {
      Instant next = lastModified != null ? Instant.ofEpochMilli(lastModified) : request.since();
      return new PullResult(status, records, pages, retries, waited, next, problem);
    }
  }

  /** Ends a pull early with a status and the reason. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient PullResult.Status status;

    Stop(PullResult.Status status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }
}
