package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.runner.PullPolicy;
import dev.dovetail.runtime.runner.PullRequest;
import dev.dovetail.runtime.runner.PullResult;
import dev.dovetail.runtime.runner.SynapsePull;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.ConnectionFields;
import dev.dovetail.runtime.synapse.envelope.ConnectionJson;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail pull <entity>}: an incremental read, as the platform's READ cycle, into JSON Lines. */
@Command(
    name = "pull",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads the records of an entity modified in a time window the way Syncari's READ cycle does: READ requests"
          + " through the synapse, following its watermark until the platform's stop rules end the cycle, waiting"
          + " when it answers 429 (bounded: 6 attempts per page, 5 minutes in all).",
      "Writes one JSON object (a Record) per line; the last line on standard error is the watermark to start the"
          + " next pull from: 'next watermark: <epoch ms> (<ISO-8601>)'.",
      "Exit code 0 when the window was read, 1 when a read failed (records written so far are complete pages, and"
          + " the watermark says where to resume), 2 for a usage error or an entity the synapse cannot read."
    })
final class PullCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private SynapseOption synapse;

  @Parameters(index = "0", paramLabel = "ENTITY", description = "Entity API name (see 'dovetail list').")
  private String entity;

  @Option(names = "--connection", paramLabel = "FILE",
      description = "JSON file holding the Connection object, as the platform sends it (keeps secrets off the"
          + " command line).")
  private Path connectionFile;

  @Option(names = "--set", paramLabel = "FIELD=VALUE",
      description = "A connection field instead of --connection (endpoint, token, ... or the synapse's own);"
          + " repeatable.")
  private Map<String, String> fields = new LinkedHashMap<>();

  @Option(names = "--since", paramLabel = "TIME", converter = InstantConverter.class, defaultValue = "0",
      description = "Window start: epoch milliseconds or ISO-8601, e.g. 2024-05-01T00:00:00Z (default: ${DEFAULT-VALUE},"
          + " everything).")
  private Instant since;

  @Option(names = "--until", paramLabel = "TIME", converter = InstantConverter.class,
      description = "Window end, same forms (default: now). The synapse's read skew still applies.")
  private Instant until;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Most records to read, 0 for all (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--output", paramLabel = "FILE", defaultValue = DeliverCommand.STDIN,
      description = "JSON Lines output; '-' is standard output (default: ${DEFAULT-VALUE}).")
  private String output;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines; only problems and the watermark.")
  private boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    SynapseDispatcher dispatcher;
    Connection connection;
    PullRequest request;
    try {
      dispatcher = synapse.select(main.synapses());
      requireEntity(dispatcher);
      connection = connection(dispatcher);
      request = new PullRequest(entity, connection, since, until != null ? until : main.clock().instant(),
          checkedLimit());
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    SynapsePull pull = new SynapsePull(new EnvelopeHandler(dispatcher, main.clock()), PullPolicy.DEFAULT,
        main.sleeper(), new ConsoleListener(err, quiet));
    Writer out;
    try {
      out = openOutput();
    } catch (IOException e) {
      err.println("error: cannot write --output " + output + ": " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    PullResult result;
    try (out) {
      result = pull.run(request, json -> {
        out.write(json);
        out.write('\n');
      });
    }
    report(result, err);
    return switch (result.status()) {
      case COMPLETED -> Main.EXIT_OK;
      case NOT_SUPPORTED -> Main.EXIT_USAGE;
      case FAILED -> Main.EXIT_RECORDS_FAILED;
    };
  }

  private void requireEntity(SynapseDispatcher dispatcher) {
    if (dispatcher.entity(entity) == null) {
      throw new IllegalArgumentException("synapse " + dispatcher.name() + " has no entity '" + entity
          + "'; entities: " + String.join(", ", dispatcher.entities().stream().map(EntityBinding::apiName).toList()));
    }
  }

  private int checkedLimit() {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative, got " + limit);
    }
    return limit;
  }

  private Connection connection(SynapseDispatcher dispatcher) throws IOException {
    if (connectionFile == null) {
      return ConnectionFields.connection(dispatcher, fields);
    }
    if (!fields.isEmpty()) {
      throw new IllegalArgumentException("give the connection either as --connection FILE or with --set, not both");
    }
    if (!Files.isReadable(connectionFile)) {
      throw new IllegalArgumentException("cannot read --connection " + connectionFile + ": no such readable file");
    }
    try {
      return ConnectionJson.parse(Files.readString(connectionFile, StandardCharsets.UTF_8));
    } catch (ConnectionJson.InvalidConnectionException e) {
      throw new IllegalArgumentException("--connection " + connectionFile + ": " + e.getMessage());
    }
  }

  /** The output file, or standard output left open (it belongs to the caller). */
  private Writer openOutput() throws IOException {
    if (DeliverCommand.STDIN.equals(output)) {
      PrintWriter out = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] buffer, int offset, int length) {
          out.write(buffer, offset, length);
        }

        @Override
        public void flush() {
          out.flush();
        }

        @Override
        public void close() {
          out.flush();
        }
      };
    }
    return Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8);
  }

  private void report(PullResult result, PrintWriter err) {
    if (result.problem() != null) {
      err.println("error: " + result.problem());
    }
    if (!quiet) {
      err.println("pulled " + result.records() + " record" + (result.records() == 1 ? "" : "s") + " of " + entity
          + " in " + result.pages() + " page" + (result.pages() == 1 ? "" : "s") + ", " + result.retries()
          + " retr" + (result.retries() == 1 ? "y" : "ies") + " (" + result.waited().toSeconds() + " s waited)");
    }
    Instant next = result.nextWatermark();
    err.println("next watermark: " + next.toEpochMilli() + " (" + next + ")");
    err.flush();
  }
}
