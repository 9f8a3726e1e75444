package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import picocli.CommandLine.Option;

/** {@code --synapse NAME}, optional when the jar has exactly one synapse. */
final class SynapseOption {
  @Option(names = "--synapse", paramLabel = "NAME",
      description = "Synapse to use (see 'dovetail list'); may be left out when the jar has only one.")
  String name;

  /** The chosen synapse; {@link IllegalArgumentException} with a message for the user otherwise. */
  SynapseDispatcher select(SynapseCatalog catalog) {
    return catalog.select(name);
  }
}
