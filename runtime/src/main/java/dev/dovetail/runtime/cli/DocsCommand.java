package dev.dovetail.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail docs}: the Markdown reference the processor wrote into the jar, unchanged. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the reference of this connector jar (Markdown): destinations and their schemas, synapses,"
        + " their connection fields, entities and attributes.")
final class DocsCommand implements Callable<Integer> {
  /** Where the processor writes it (its {@code ConnectorDocsWriter.PATH}). */
  static final String RESOURCE = "META-INF/dovetail/connector.md";

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = DeliverCommand.STDIN,
      description = "Where to write it; '-' is standard output (default: ${DEFAULT-VALUE}).")
  private String output;

  @Override
  public Integer call() throws IOException {
    return print(main, output, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The command itself; {@link Main} runs it without the command-line parser when it has no options. */
  static int print(Main main, String output, PrintWriter out, PrintWriter err) throws IOException {
    String docs;
    try (InputStream in = main.classLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        err.println("error: no " + RESOURCE + " on the class path: build the connector with the Dovetail annotation"
            + " processor (it writes the reference from the @Destination and @Synapse classes)");
        return Main.EXIT_USAGE;
      }
      docs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (DeliverCommand.STDIN.equals(output)) {
      out.print(docs);
      out.flush();
      return Main.EXIT_OK;
    }
    try {
      Files.writeString(Path.of(output), docs, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      err.println("error: cannot write --output " + output + ": " + e);
      return Main.EXIT_USAGE;
    }
    return Main.EXIT_OK;
  }
}
