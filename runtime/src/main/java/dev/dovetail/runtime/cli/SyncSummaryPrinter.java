package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.sync.SyncResult;
import dev.dovetail.runtime.sync.state.RunCounts;
import java.io.PrintWriter;
import java.util.Locale;

/** The summary table at the end of a {@code sync} run. */
final class SyncSummaryPrinter {
  private SyncSummaryPrinter() {}

  static void print(String name, SyncResult r, String store, PrintWriter out) {
    RunCounts c = r.counts();
    out.println("Sync " + name + " (run " + r.runId() + "): " + verdict(r));
    TextTable table = new TextTable("  ")
        .row("read", count(c.read()))
        .row("delivered", count(c.upserts()))
        .row("deleted", count(c.deletes()))
        .row("dead-lettered", count(c.deadLettered()))
        .row("skipped", count(c.skipped()) + (c.skipped() > 0 ? " (deletes; the destination does not support them)" : ""))
        .row("retries", count(c.retries()))
        .row("pages", count(c.pages()));
    if (r.recognised() > 0) {
      table.row("already delivered", count(r.recognised()) + " (at the checkpoint, skipped)");
    }
    table.row("records/s", String.format(Locale.ROOT, "%,.1f", r.recordsPerSecond()))
        .row("elapsed", String.format(Locale.ROOT, "%.3f s", r.elapsed().toNanos() / 1e9))
        .row("state", store)
        .print(out);
    if (c.deadLettered() > 0) {
      out.println("  " + count(c.deadLettered()) + " record" + (c.deadLettered() == 1 ? "" : "s")
          + " dead-lettered: see 'dlq list', fix the cause, then 'dlq replay'");
    }
    out.flush();
  }

  private static String verdict(SyncResult r) {
    return switch (r.status()) {
      case COMPLETED -> r.counts().deadLettered() > 0 ? "COMPLETED WITH DEAD LETTERS" : "OK";
      default -> r.status().name();
    };
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
