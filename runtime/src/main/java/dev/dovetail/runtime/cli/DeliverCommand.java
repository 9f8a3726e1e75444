package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.Settings;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.DestinationRunner;
import dev.dovetail.runtime.runner.RunOptions;
import dev.dovetail.runtime.runner.RunSummary;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail deliver <destination>}: JSON Lines in, batches delivered, a summary out. */
@Command(
    name = "deliver",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Delivers JSON Lines records to a destination the way the OCP platform would: ready() first, then batches"
          + " with retries.",
      "Each line is one item keyed by schema field names; {\"<key fields>\": ..., \"_isDeleted\": true} is a delete."
    })
final class DeliverCommand implements Callable<Integer> {
  static final String STDIN = "-";

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private DeliveryOptions delivery;

  @Parameters(index = "0", paramLabel = "DESTINATION", description = "Destination key (see 'dovetail list').")
  private String destination;

  @Option(names = "--input", paramLabel = "FILE", defaultValue = STDIN,
      description = "JSON Lines file; '-' reads standard input (default: ${DEFAULT-VALUE}).")
  private String input;

  @Option(names = {"-q", "--quiet"}, description = "Print only the summary and, at the end, the first problems.")
  private boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    DestinationCatalog catalog = main.catalog();
    Optional<DestinationDispatcher<?>> dispatcher = catalog.find(destination);
    if (dispatcher.isEmpty()) {
      err.println("error: unknown destination '" + destination + "'; known destinations: "
          + (catalog.names().isEmpty() ? "(none)" : String.join(", ", catalog.names())));
      return Main.EXIT_USAGE;
    }
    Path file = STDIN.equals(input) ? null : Path.of(input);
    if (file != null && !Files.isReadable(file)) {
      err.println("error: cannot read --input " + input + ": no such readable file");
      return Main.EXIT_USAGE;
    }
    // Always install, so a run without --set never inherits an earlier in-process run's settings.
    Settings.install(delivery.settings);
    RunOptions options = delivery.runOptions();
    RunSummary summary;
    try (Reader reader = file == null ? stdinReader() : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      summary = run(dispatcher.get(), options, reader);
    }
    report(summary, options);
    return summary.exitCode();
  }

  private <T> RunSummary run(DestinationDispatcher<T> dispatcher, RunOptions options, Reader reader) {
    ConsoleListener listener = new ConsoleListener(spec.commandLine().getErr(), quiet);
    return new DestinationRunner<>(dispatcher, options, listener).run(reader);
  }

  private void report(RunSummary summary, RunOptions options) {
    PrintWriter err = spec.commandLine().getErr();
    if (quiet) {
      SummaryPrinter.printMessages(summary, err);
    }
    err.flush();
    if (summary.status() != RunSummary.Status.NOT_READY) {
      SummaryPrinter.print(summary, options.sync(), spec.commandLine().getOut());
    }
  }

  /** Standard input, not closed with the run: it belongs to the caller. */
  private Reader stdinReader() {
    return new InputStreamReader(main.stdin(), StandardCharsets.UTF_8) {
      @Override
      public void close() {}
    };
  }
}
