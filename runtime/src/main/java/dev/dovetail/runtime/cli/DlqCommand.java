package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.sync.DeadLetterReplay;
import dev.dovetail.runtime.sync.Secrets;
import dev.dovetail.runtime.sync.SyncJob;
import dev.dovetail.runtime.sync.SyncPlanner;
import dev.dovetail.runtime.sync.config.ConfigException;
import dev.dovetail.runtime.sync.config.SyncConfig;
import dev.dovetail.runtime.sync.state.DeadLetter;
import dev.dovetail.runtime.sync.state.StateStore;
import dev.dovetail.runtime.sync.state.StateStoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail dlq list|replay}: the dead letters of a sync. */
@Command(
    name = "dlq",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The dead letters of a sync: records that could not be read, mapped or delivered.",
    subcommands = {DlqCommand.ListLetters.class, DlqCommand.Replay.class})
final class DlqCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.EXIT_USAGE;
  }

  /** {@code dlq list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Lists dead letters, oldest first: id, when, stage, reason and the record as the source gave it.")
  static final class ListLetters implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private SyncConfigOptions options;

    @Option(names = "--all", description = "Also the ones a replay delivered.")
    private boolean all;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100", description = "At most N (default: ${DEFAULT-VALUE}).")
    private int max;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        String[] stateAndName = options.stateAndName();
        try (StateStore store = StateStore.open(stateAndName[0])) {
          List<DeadLetter> letters = store.deadLetters(stateAndName[1], all, Math.max(1, max));
          out.println(letters.size() + (letters.size() == 1 ? " dead letter" : " dead letters") + " of sync "
              + stateAndName[1] + (all ? "" : " waiting for a replay"));
          for (DeadLetter letter : letters) {
            out.println("#" + letter.id() + "  " + letter.created() + "  " + letter.stage().name().toLowerCase(
                java.util.Locale.ROOT) + "  run " + letter.runId() + "  attempts " + letter.attempts()
                + (letter.replayed() != null ? "  replayed " + letter.replayed() : ""));
            out.println("    reason:  " + letter.reason());
            out.println("    payload: " + abbreviate(letter.payload(), 500));
          }
        }
        return Main.EXIT_OK;
      } catch (ConfigException e) {
        err.println("error: " + e.getMessage());
        return Main.EXIT_USAGE;
      } catch (StateStoreException e) {
        err.println("error: " + e.getMessage());
        return Main.EXIT_RECORDS_FAILED;
      }
    }
  }

  /** {@code dlq replay}. */
  @Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Sends the dead letters through the sync's current mapping and destination again, one record"
          + " at a time, with retries. Delivered ones are marked replayed; the others stay with the new reason.",
          "Exit code 0 when every one was delivered, 1 when some failed again, 2 for a configuration error."})
  static final class Replay implements Callable<Integer> {
    @CommandLine.ParentCommand private DlqCommand dlq;
    @Spec private CommandSpec spec;
    @Mixin private SyncConfigOptions options;

    @Option(names = "--max", paramLabel = "N", defaultValue = "10000", description = "At most N (default: ${DEFAULT-VALUE}).")
    private int max;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Main main = dlq.main;
      SyncConfig config;
      SyncJob<?> job;
      SyncPlanner planner = new SyncPlanner(main.catalog(), main.synapses(), main.clock(), main.sleeper(),
          RunListener.NONE, main.stdin());
      Secrets secrets;
      try {
        config = options.resolve();
        secrets = planner.secrets(config);
        job = planner.plan(config, RetryPolicy.DEFAULT, secrets);
      } catch (ConfigException e) {
        err.println("error: " + e.getMessage());
        return Main.EXIT_USAGE;
      }
      PrintWriter out = new PrintWriter(new RedactingWriter(spec.commandLine().getOut(), secrets), true);
      try (StateStore store = StateStore.open(config.state())) {
        DeadLetterReplay.Result result = replay(job, store);
        out.println("replayed " + result.delivered() + " dead letter" + (result.delivered() == 1 ? "" : "s")
            + " of sync " + config.name() + "; " + result.failed() + " failed again");
        result.failures().forEach(out::println);
        return result.failed() == 0 ? Main.EXIT_OK : Main.EXIT_RECORDS_FAILED;
      } catch (StateStoreException e) {
        err.println("error: " + secrets.redact(e.getMessage()));
        return Main.EXIT_RECORDS_FAILED;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        err.println("error: interrupted");
        return Main.EXIT_RECORDS_FAILED;
      }
    }

    private <T> DeadLetterReplay.Result replay(SyncJob<T> job, StateStore store)
        throws StateStoreException, InterruptedException {
      return new DeadLetterReplay<>(job, store, dlq.main.clock(), dlq.main.sleeper(), new SplittableRandom())
          .replay(Math.max(1, max));
    }
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + " ... (" + text.length() + " characters)";
  }
}
