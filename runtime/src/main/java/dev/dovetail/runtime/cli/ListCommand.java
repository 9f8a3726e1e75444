package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.runner.DestinationCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail list}: the destinations of this jar. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists the destinations of this connector jar, sorted by name.")
final class ListCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    DestinationCatalog catalog = main.catalog();
    PrintWriter out = spec.commandLine().getOut();
    if (catalog.all().isEmpty()) {
      spec.commandLine().getErr().println(
          "no destinations: META-INF/services/" + DestinationDispatcher.class.getName() + " is missing or empty");
      return Main.EXIT_OK;
    }
    TextTable table = new TextTable("").row("NAME", "ENTRY POINT", "SCHEMA", "SUPPORTS_DELETE");
    for (DestinationDispatcher<?> dispatcher : catalog.all()) {
      DestinationInfo info = dispatcher.info();
      String schema = info.dynamicSchema() ? "dynamic: " + info.schemaFunction() : info.schema();
      table.row(info.name(), info.entryPoint(), schema, String.valueOf(info.supportsDelete()));
    }
    table.print(out);
    return Main.EXIT_OK;
  }
}
