package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.runner.RunSummary;
import java.io.PrintWriter;
import java.util.Locale;

/** The human summary of a {@code deliver} run. */
final class SummaryPrinter {
  private SummaryPrinter() {}

  static void print(RunSummary s, DataSync sync, PrintWriter out) {
    out.println("Destination " + s.destination() + " (sync " + sync.id() + ", \"" + sync.name() + "\"): " + verdict(s));
    new TextTable("  ")
        .row("records read", count(s.recordsRead()))
        .row("upserts delivered", count(s.upsertsDelivered()))
        .row("deletes delivered", count(s.deletesDelivered()))
        .row("deletes dropped", count(s.deletesDropped()))
        .row("rejected", count(s.rejected()))
        .row("failed records", count(s.failedRecords()))
        .row("batches ok", count(s.batchesOk()))
        .row("batches failed", count(s.batchesFailed()))
        .row("retries", count(s.retries()))
        .row("elapsed", String.format(Locale.ROOT, "%.3f s", s.elapsed().toNanos() / 1e9))
        .row("records/s", String.format(Locale.ROOT, "%.1f", s.recordsPerSecond()))
        .print(out);
  }

  /** The kept problem messages, and how many more there were. */
  static void printMessages(RunSummary s, PrintWriter err) {
    s.messages().forEach(err::println);
    long more = s.messageCount() - s.messages().size();
    if (more > 0) {
      err.println("... and " + more + " more problem" + (more == 1 ? "" : "s"));
    }
  }

  private static String verdict(RunSummary s) {
    return switch (s.status()) {
      case NOT_READY -> "NOT READY";
      case ABORTED -> "ABORTED";
      case COMPLETED -> s.hasProblems() ? "COMPLETED WITH ERRORS" : "OK";
    };
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
