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
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
    DestinationCatalog destinations = main.catalog();
    SynapseCatalog synapses = main.synapses();
    PrintWriter out = spec.commandLine().getOut();
    if (destinations.all().isEmpty() && synapses.all().isEmpty()) {
      spec.commandLine().getErr().println("no destinations or synapses: META-INF/services/"
          + DestinationDispatcher.class.getName() + " and META-INF/services/" + SynapseDispatcher.class.getName()
          + " are missing or empty");
      return Main.EXIT_OK;
    }
    if (!destinations.all().isEmpty()) {
      TextTable table = new TextTable("").row("NAME", "ENTRY POINT", "SCHEMA", "SUPPORTS_DELETE");
      for (DestinationDispatcher<?> dispatcher : destinations.all()) {
        DestinationInfo info = dispatcher.info();
        String schema = info.dynamicSchema() ? "dynamic: " + info.schemaFunction() : info.schema();
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
    return sorted.isEmpty() ? "-" : sorted.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
