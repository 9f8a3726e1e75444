package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.sync.config.ConfigException;
import dev.dovetail.runtime.sync.state.JdbcUrls;
import dev.dovetail.runtime.sync.state.RunCounts;
import dev.dovetail.runtime.sync.state.RunRecord;
import dev.dovetail.runtime.sync.state.StateStore;
import dev.dovetail.runtime.sync.state.StateStoreException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dovetail status}: the run history of a sync, newest first, from its state store. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the run history of a sync from its state store: when each run started and ended, how it"
        + " ended, and its counters. Runs a killed process left behind show as KILLED.")
final class StatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private SyncConfigOptions options;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Runs to show (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String[] stateAndName;
    try {
      stateAndName = options.stateAndName();
    } catch (ConfigException e) {
      err.println("error: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    try (StateStore store = StateStore.open(stateAndName[0])) {
      List<RunRecord> history = store.runs(stateAndName[1], Math.max(1, runs));
      out.println("Sync " + stateAndName[1] + " in " + JdbcUrls.redact(stateAndName[0]) + ": "
          + (history.isEmpty() ? "no runs yet" : history.size() + (history.size() == 1 ? " run" : " runs")));
      if (history.isEmpty()) {
        return Main.EXIT_OK;
      }
      TextTable table = new TextTable("  ").row("run", "started", "duration", "status", "read", "delivered", "deleted",
          "dead letters", "retries", "message");
      for (RunRecord run : history) {
        RunCounts c = run.counts();
        table.row(String.valueOf(run.id()), run.started().toString(),
            run.ended() == null ? "-" : seconds(Duration.between(run.started(), run.ended())), run.status().name(),
            SyncSummaryPrinter.count(c.read()), SyncSummaryPrinter.count(c.upserts()),
            SyncSummaryPrinter.count(c.deletes()), SyncSummaryPrinter.count(c.deadLettered()),
            SyncSummaryPrinter.count(c.retries()), run.message() == null ? "" : run.message());
      }
      table.print(out);
      return Main.EXIT_OK;
    } catch (StateStoreException e) {
      err.println("error: " + e.getMessage());
      return Main.EXIT_RECORDS_FAILED;
    }
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
