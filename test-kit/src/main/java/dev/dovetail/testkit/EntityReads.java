package dev.dovetail.testkit;

import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.runner.PullPolicy;
import dev.dovetail.runtime.runner.PullRequest;
import dev.dovetail.runtime.runner.ReadCycle;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * READ cycles over one entity, run as the platform runs them (READ envelopes through the {@link EnvelopeHandler},
 * paged by the {@link ReadCycle}). Each window {@code [since, until]} is read as if {@code until} were the synapse's
 * read skew in the past: the handler's clock stands at {@code until + readSkewSeconds}, so the runtime does not clamp
 * the window's end below {@code until} and the kit never sleeps out the skew. Fixtures are local and consistent, which
 * is what the skew waits for in production.
 */
final class EntityReads {
  private final SynapseDispatcher dispatcher;
  private final Connection connection;
  private final String entity;

  EntityReads(SynapseDispatcher dispatcher, Connection connection, String entity) {
    this.dispatcher = dispatcher;
    this.connection = connection;
    this.entity = entity;
  }

  /** The records of one cycle in the order read, where each page started, and the window. */
  record Cycle(List<ReadReply.Item> items, List<Integer> pageStarts, int pages, Instant since, Instant until) {

    /** The 1-based page {@code item} was last read on. */
    int pageOf(ReadReply.Item item) {
      int index = items.lastIndexOf(item);
      int page = 0;
      while (page + 1 < pageStarts.size() && pageStarts.get(page + 1) <= index) {
        page++;
      }
      return page + 1;
    }

    /**
     * Where the platform starts the next cycle (§6.5), as {@code SynapsePull} answers it: the {@code lastModified} of
     * the last record that has one, else the window's start.
     */
    Instant watermark() {
      Long last = ReadReply.lastModified(items);
      return last != null ? Instant.ofEpochMilli(last) : since;
    }
  }

  /** The cycle over {@code [since, until]}, or {@code null} with a finding when it could not reach its end. */
  Cycle read(Instant since, Instant until, Findings findings) throws InterruptedException {
    Clock skewPassed = Clock.fixed(until.plusSeconds(Math.max(0, dispatcher.readSkewSeconds())), ZoneOffset.UTC);
    ReadCycle cycle = new ReadCycle(new EnvelopeHandler(dispatcher, skewPassed), PullPolicy.DEFAULT, Sleeper.SYSTEM,
        RunListener.NONE, new PullRequest(entity, connection, since, until, 0));
    List<ReadReply.Item> items = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    try {
      for (ReadReply page = cycle.next(); page != null; page = cycle.next()) {
        starts.add(items.size());
        items.addAll(page.records());
      }
    } catch (ReadCycle.ReadFailure e) {
      findings.add("READ of " + entity + " from " + since + ", page " + (cycle.pages() + 1),
          "a READ cycle reaches its end: " + e.getMessage(), "fix the @Read method of " + entity);
      return null;
    }
    return new Cycle(items, starts, cycle.pages(), since, until);
  }
}
