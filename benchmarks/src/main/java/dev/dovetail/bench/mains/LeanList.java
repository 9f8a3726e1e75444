package dev.dovetail.bench.mains;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.runner.DestinationCatalog;

/**
 * What {@code list} does, without the CLI framework: the service index loaded and one line per destination. The
 * start-up profile runs it against the connector jar to show how much of {@code list}'s start-up is the command-line
 * layer rather than the catalog.
 */
public final class LeanList {
  private LeanList() {}

  public static void main(String[] args) {
    StringBuilder out = new StringBuilder();
    for (DestinationDispatcher<?> dispatcher : DestinationCatalog.load(LeanList.class.getClassLoader()).all()) {
      DestinationInfo info = dispatcher.info();
      out.append(info.name()).append("  ").append(info.entryPoint()).append("  ")
          .append(info.dynamicSchema() ? "dynamic: " : "").append(info.dynamicSchema() ? info.schemaFunction() : info.schema())
          .append("  ")
          .append(info.supportsDelete()).append('\n');
    }
    System.out.print(out);
  }
}
