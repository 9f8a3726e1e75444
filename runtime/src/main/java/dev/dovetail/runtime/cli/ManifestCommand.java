package dev.dovetail.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail manifest}: the {@code app.yml} the processor wrote into the jar, unchanged. */
@Command(
    name = "manifest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the OCP manifest (app.yml) of this connector jar.")
final class ManifestCommand implements Callable<Integer> {
  static final String RESOURCE = "app.yml";

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    return print(main, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The command itself; {@link Main} runs it without the command-line parser when it has no options. */
  static int print(Main main, PrintWriter out, PrintWriter err) throws IOException {
    try (InputStream in = main.classLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        err.println("error: no " + RESOURCE + " on the class path: build the connector with the"
            + " Dovetail annotation processor (it writes app.yml from @OcpApp and the @Destination classes)");
        return Main.EXIT_USAGE;
      }
      out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      out.flush();
    }
    return Main.EXIT_OK;
  }
}
