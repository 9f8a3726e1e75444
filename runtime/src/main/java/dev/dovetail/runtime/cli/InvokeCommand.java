package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.Reply;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail invoke}: one request envelope in, the synapse's reply body out, like its function handler. */
@Command(
    name = "invoke",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Answers one Syncari request envelope ({\"type\": ..., \"connection\": ..., \"body\": ...}) the way the deployed"
          + " synapse would: the reply body, exactly, on standard output; logs on standard error.",
      "Exit code 0 for a result, 1 for an error reply (the body is still printed), 2 for a usage error."
    })
final class InvokeCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;
  @Mixin private SynapseOption synapse;

  @Option(names = "--input", paramLabel = "FILE", defaultValue = DeliverCommand.STDIN,
      description = "File holding the envelope; '-' reads standard input (default: ${DEFAULT-VALUE}).")
  private String input;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    SynapseDispatcher dispatcher;
    try {
      dispatcher = synapse.select(main.synapses());
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    String envelope;
    if (DeliverCommand.STDIN.equals(input)) {
      envelope = new String(main.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } else {
      Path file = Path.of(input);
      if (!Files.isReadable(file)) {
        err.println("error: cannot read --input " + input + ": no such readable file");
        return Main.EXIT_USAGE;
      }
      envelope = Files.readString(file, StandardCharsets.UTF_8);
    }
    Reply reply = new EnvelopeHandler(dispatcher, main.clock()).handle(envelope);
    PrintWriter out = spec.commandLine().getOut();
    out.print(reply.body());
    out.flush();
    return reply.isError() ? Main.EXIT_RECORDS_FAILED : Main.EXIT_OK;
  }
}
