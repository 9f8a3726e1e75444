package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.sync.Secrets;
import dev.dovetail.runtime.sync.SyncEngine;
import dev.dovetail.runtime.sync.SyncJob;
import dev.dovetail.runtime.sync.SyncListener;
import dev.dovetail.runtime.sync.SyncPlanner;
import dev.dovetail.runtime.sync.SyncResult;
import dev.dovetail.runtime.sync.config.ConfigException;
import dev.dovetail.runtime.sync.config.SyncConfig;
import dev.dovetail.runtime.sync.state.RunStatus;
import dev.dovetail.runtime.sync.state.StateStore;
import dev.dovetail.runtime.sync.state.StateStoreException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail sync}: a synapse entity (or JSON Lines) into a destination, with checkpoints and dead letters. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads a source incrementally and delivers it to a destination: pages -> field mapping -> batches delivered"
          + " with retries -> checkpoint. The checkpoint moves only after the destination acknowledged a batch, so a"
          + " killed run resumes where it stopped and replays at most the batch in flight.",
      "Records that cannot be read, mapped or delivered go to the dead-letter table ('dlq list', 'dlq replay');"
          + " the run goes on. SIGTERM or Ctrl-C settle the batch in flight, store the checkpoint and exit non-zero.",
      "Exit codes: 0 completed; 1 failed, or records dead-lettered; 2 configuration or mapping error; 3 stopped."
    })
final class SyncCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private SyncConfigOptions options;

  @Option(names = "--reset", description = "Forget the checkpoint first: read from the configured beginning.")
  private boolean reset;

  @Option(names = "--max-retries", paramLabel = "N", defaultValue = "" + RetryPolicy.DEFAULT_MAX_RETRIES,
      description = "Retries of a batch after a retryable failure (default: ${DEFAULT-VALUE}).")
  private int maxRetries;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, else log lines), bar, log or none (default: ${DEFAULT-VALUE}).")
  private String progress;

  @Option(names = "--stop-grace", paramLabel = "SECONDS", defaultValue = "20",
      description = "On SIGTERM, how long to let the batch in flight finish before abandoning it"
          + " (default: ${DEFAULT-VALUE}).")
  private int stopGrace;

  @Option(names = {"-q", "--quiet"}, description = "Only problems and the summary; logging at WARN.")
  private boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Debug logging.")
  private boolean verbose;

  @Override
  public Integer call() {
    Logging.configure(verbose, quiet);
    PrintWriter rawErr = spec.commandLine().getErr();
    SyncConfig config;
    try {
      config = options.resolve();
    } catch (ConfigException e) {
      rawErr.println("error: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    SyncPlanner planner = new SyncPlanner(main.catalog(), main.synapses(), main.clock(), main.sleeper(),
        RunListener.NONE, main.stdin());
    Secrets secrets = planner.secrets(config);
    PrintWriter err = new PrintWriter(new RedactingWriter(rawErr, secrets), true);
    PrintWriter out = new PrintWriter(new RedactingWriter(spec.commandLine().getOut(), secrets), true);
    try (Logging.Redaction redaction = Logging.redactStandardError(secrets)) {
      return run(config, planner, secrets, out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int run(SyncConfig config, SyncPlanner planner, Secrets secrets, PrintWriter out, PrintWriter err) {
    if (maxRetries < 0 || maxRetries > RetryPolicy.MAX_RETRIES_LIMIT) {
      err.println("error: --max-retries must be between 0 and " + RetryPolicy.MAX_RETRIES_LIMIT);
      return Main.EXIT_USAGE;
    }
    SyncProgress.Mode mode;
    try {
      mode = quiet ? SyncProgress.Mode.NONE : SyncProgress.Mode.valueOf(progress.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("error: --progress must be auto, bar, log or none, got '" + progress + "'");
      return Main.EXIT_USAGE;
    }
    SyncJob<?> job;
    try {
      job = planner.plan(config, RetryPolicy.DEFAULT.withMaxRetries(maxRetries), secrets);
    } catch (ConfigException e) {
      err.println("error: " + secrets.redact(e.getMessage()));
      return Main.EXIT_USAGE;
    }
    try (StateStore store = StateStore.open(config.state())) {
      if (reset && store.resetCheckpoint(config.name(), job.sourceKey())) {
        err.println("checkpoint of " + job.sourceKey() + " forgotten: reading from the beginning");
      }
      SyncListener listener = SyncProgress.create(mode, err, System.err, config.name(), main.sleeper());
      return run(job, store, listener, out, err).exitCode();
    } catch (StateStoreException e) {
      err.println("error: " + secrets.redact(e.getMessage()));
      return Main.EXIT_RECORDS_FAILED;
    }
  }

  /** Runs the engine and prints the summary, both before a pending SIGTERM lets the JVM exit. */
  private <T> SyncResult run(SyncJob<T> job, StateStore store, SyncListener listener, PrintWriter out,
      PrintWriter err) {
    SyncEngine<T> engine = new SyncEngine<>(job, store, listener, main.clock(), main.sleeper(), new SplittableRandom());
    ShutdownGuard guard = new ShutdownGuard(engine::requestStop, Thread.currentThread(),
        Duration.ofSeconds(Math.max(0, stopGrace)),
        () -> {
          err.println("stop requested: settling the batch in flight and storing the checkpoint ...");
          err.flush();
        });
    try (guard) {
      SyncResult result = engine.run();
      err.flush();
      SyncSummaryPrinter.print(job.name(), result, store.label(), out);
      if (result.message() != null) {
        err.println((result.status() == RunStatus.INTERRUPTED ? "stopped: " : "error: ") + result.message());
      }
      err.flush();
      return result;
    }
  }
}
