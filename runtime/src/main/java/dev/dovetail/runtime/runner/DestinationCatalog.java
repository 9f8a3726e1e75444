package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.DestinationDispatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The destinations of a connector jar: the generated dispatchers listed in
 * {@code META-INF/services/dev.dovetail.runtime.DestinationDispatcher}, sorted by name. No class-path scanning.
 */
public final class DestinationCatalog {
  private final List<DestinationDispatcher<?>> dispatchers;

  private DestinationCatalog(List<DestinationDispatcher<?>> dispatchers) {
    this.dispatchers = List.copyOf(dispatchers);
  }

  /**
   * Loads every dispatcher visible to {@code loader}.
   *
   * @throws IllegalStateException when two dispatchers claim the same destination name
   * @throws java.util.ServiceConfigurationError when a listed dispatcher cannot be loaded
   */
  public static DestinationCatalog load(ClassLoader loader) {
    List<DestinationDispatcher<?>> found = new ArrayList<>();
    for (DestinationDispatcher<?> dispatcher : ServiceLoader.load(DestinationDispatcher.class, loader)) {
      found.add(dispatcher);
    }
    return of(found);
  }

  /** A catalog of the given dispatchers (tests, embedding). */
  public static DestinationCatalog of(List<? extends DestinationDispatcher<?>> dispatchers) {
    List<DestinationDispatcher<?>> sorted = new ArrayList<>(dispatchers);
    sorted.sort(Comparator.comparing(d -> d.info().name()));
    for (int i = 1; i < sorted.size(); i++) {
      String name = sorted.get(i).info().name();
      if (name.equals(sorted.get(i - 1).info().name())) {
        throw new IllegalStateException("destination '" + name + "' is defined twice: by "
            + sorted.get(i - 1).getClass().getName() + " and " + sorted.get(i).getClass().getName());
      }
    }
    return new DestinationCatalog(sorted);
  }

  /** Every destination, sorted by name. */
  public List<DestinationDispatcher<?>> all() {
    return dispatchers;
  }

  public Optional<DestinationDispatcher<?>> find(String name) {
    return dispatchers.stream().filter(d -> d.info().name().equals(name)).findFirst();
  }

  public List<String> names() {
    return dispatchers.stream().map(d -> d.info().name()).toList();
  }
}
