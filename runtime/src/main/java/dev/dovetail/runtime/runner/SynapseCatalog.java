package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The synapses of a connector jar: the generated dispatchers listed in
 * {@code META-INF/services/dev.dovetail.runtime.synapse.SynapseDispatcher}, sorted by name. No class-path scanning.
 */
public final class SynapseCatalog {
  private static final Comparator<SynapseDispatcher> BY_NAME = new ByName();

  private final List<SynapseDispatcher> dispatchers;

  private SynapseCatalog(List<SynapseDispatcher> dispatchers) {
    this.dispatchers = List.copyOf(dispatchers);
  }

  /**
   * Loads every synapse dispatcher visible to {@code loader}.
   *
   * @throws IllegalStateException when two dispatchers claim the same synapse name
   * @throws java.util.ServiceConfigurationError when a listed dispatcher cannot be loaded
   */
  public static SynapseCatalog load(ClassLoader loader) {
    return of(ServiceIndex.load(SynapseDispatcher.class, loader));
  }

  /** A catalog of the given dispatchers (tests, embedding). */
  public static SynapseCatalog of(List<? extends SynapseDispatcher> dispatchers) {
    List<SynapseDispatcher> sorted = new ArrayList<>(dispatchers);
    sorted.sort(BY_NAME);
    for (int i = 1; i < sorted.size(); i++) {
      String name = sorted.get(i).name();
      if (name.equals(sorted.get(i - 1).name())) {
        throw new IllegalStateException("synapse '" + name + "' is defined twice: by "
            + sorted.get(i - 1).getClass().getName() + " and " + sorted.get(i).getClass().getName());
      }
    }
    return new SynapseCatalog(sorted);
  }

  /** Every synapse, sorted by name. */
  public List<SynapseDispatcher> all() {
    return dispatchers;
  }

  public Optional<SynapseDispatcher> find(String name) {
    // Loops rather than streams and lambdas here: each lambda costs an invokedynamic bootstrap at start-up.
    for (SynapseDispatcher dispatcher : dispatchers) {
      if (dispatcher.name().equals(name)) {
        return Optional.of(dispatcher);
      }
    }
    return Optional.empty();
  }

  public List<String> names() {
    String[] names = new String[dispatchers.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = dispatchers.get(i).name();
    }
    return Collections.unmodifiableList(Arrays.asList(names));
  }

  /**
   * The synapse a command means: the named one, or the only one when no name is given.
   *
   * @throws IllegalArgumentException with a message for the user when there is no such synapse, or no name was
   *     given and the jar has none or several
   */
  public SynapseDispatcher select(String name) {
    if (name != null) {
      Optional<SynapseDispatcher> found = find(name);
      if (found.isEmpty()) {
        throw new IllegalArgumentException("unknown synapse '" + name + "'; known synapses: " + known());
      }
      return found.get();
    }
    if (dispatchers.size() == 1) {
      return dispatchers.get(0);
    }
    throw new IllegalArgumentException(dispatchers.isEmpty()
        ? "this jar has no synapses: META-INF/services/" + SynapseDispatcher.class.getName() + " is missing or empty"
        : "this jar has several synapses; choose one with --synapse: " + known());
  }

  private String known() {
    return dispatchers.isEmpty() ? "(none)" : String.join(", ", names());
  }

  /** By synapse name; a class rather than a lambda, for start-up. */
  private static final class ByName implements Comparator<SynapseDispatcher> {
    @Override
    public int compare(SynapseDispatcher a, SynapseDispatcher b) {
      return a.name().compareTo(b.name());
    }
  }
}
