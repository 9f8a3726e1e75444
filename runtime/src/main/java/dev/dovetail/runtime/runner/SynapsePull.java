package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * An incremental read into a sink: the pages of one {@link ReadCycle}, written a whole page at a time, so the next
 * watermark is a correct place to resume even when the pull fails.
 */
public final class SynapsePull {

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
    ReadCycle cycle = new ReadCycle(handler, policy, sleeper, listener, request);
    Long lastModified = null;
    PullResult.Status status = PullResult.Status.COMPLETED;
    String problem = null;
    long written = 0;
    try {
      for (ReadReply page = cycle.next(); page != null; page = cycle.next()) {
        for (ReadReply.Item item : page.records()) {
          sink.accept(item.json());
        }
        written += page.records().size();
        Long last = ReadReply.lastModified(page.records());
        lastModified = last != null ? last : lastModified;
        listener.progress("page " + cycle.pages() + ": " + page.records().size() + " records (offset "
            + page.watermark().offset() + ")");
      }
    } catch (ReadCycle.ReadFailure e) {
      status = e.notSupported() ? PullResult.Status.NOT_SUPPORTED : PullResult.Status.FAILED;
      problem = e.getMessage();
    } catch (IOException e) {
      status = PullResult.Status.FAILED;
      problem = "cannot write the records: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = PullResult.Status.FAILED;
      problem = "interrupted";
    }
    Instant next = lastModified != null ? Instant.ofEpochMilli(lastModified) : request.since();
    return new PullResult(status, written, cycle.pages(), cycle.retries(), cycle.waited(), next, problem);
  }
}
