package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail list}: the destinations of this jar, then its synapses. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists the destinations of this connector jar, then its synapses (one line per entity), sorted by name.")
final class ListCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    return list(main, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The command itself; {@link Main} runs it without the command-line parser when it has no options. */
  static int list(Main main, PrintWriter out, PrintWriter err) {
    DestinationCatalog destinations = main.catalog();
    SynapseCatalog synapses = main.synapses();
    if (destinations.all().isEmpty() && synapses.all().isEmpty()) {
      err.println("no destinations or synapses: META-INF/services/"
          + DestinationDispatcher.class.getName() + " and META-INF/services/" + SynapseDispatcher.class.getName()
          + " are missing or empty");
      return Main.EXIT_OK;
    }
    if (!destinations.all().isEmpty()) {
      TextTable table = new TextTable("").row("NAME", "ENTRY POINT", "SCHEMA", "SUPPORTS_DELETE");
      for (DestinationDispatcher<?> dispatcher : destinations.all()) {
        DestinationInfo info = dispatcher.info();
        // concat, not +: the list path then needs no invokedynamic bootstrap (StringConcatFactory) at start-up
        String schema = info.dynamicSchema() ? "dynamic: ".concat(String.valueOf(info.schemaFunction())) : info.schema();
        table.row(info.name(), info.entryPoint(), schema, String.valueOf(info.supportsDelete()));
      }
      table.print(out);
    }
    if (!synapses.all().isEmpty()) {
      if (!destinations.all().isEmpty()) {
        out.println();
      }
      TextTable table = new TextTable("").row("SYNAPSE", "ENTITY", "OPERATIONS");
      for (SynapseDispatcher dispatcher : synapses.all()) {
        for (EntityBinding<?> entity : dispatcher.entities()) {
          table.row(dispatcher.name(), entity.apiName(), operations(entity));
        }
      }
      table.print(out);
    }
    return Main.EXIT_OK;
  }

  private static String operations(EntityBinding<?> entity) {
    EnumSet<RequestType> sorted = EnumSet.noneOf(RequestType.class);
    sorted.addAll(entity.operations());
    if (sorted.isEmpty()) {
      return "-";
    }
    StringJoiner joined = new StringJoiner(", ");
    for (RequestType type : sorted) {
      joined.add(type.name());
    }
    return joined.toString();
  }
}
