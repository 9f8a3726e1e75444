package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.DestinationDispatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The destinations of a connector jar: the generated dispatchers listed in
 * {@code META-INF/services/dev.dovetail.runtime.DestinationDispatcher}, sorted by name. No class-path scanning.
 */
public final class DestinationCatalog {
  private static final Comparator<DestinationDispatcher<?>> BY_NAME = new ByName();

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
    for (DestinationDispatcher<?> dispatcher : ServiceIndex.load(DestinationDispatcher.class, loader)) {
      found.add(dispatcher);
    }
    return of(found);
  }

  /** A catalog of the given dispatchers (tests, embedding). */
  public static DestinationCatalog of(List<? extends DestinationDispatcher<?>> dispatchers) {
    List<DestinationDispatcher<?>> sorted = new ArrayList<>(dispatchers);
    sorted.sort(BY_NAME);
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
    // Loops rather than streams and lambdas here: each lambda costs an invokedynamic bootstrap at start-up.
    for (DestinationDispatcher<?> dispatcher : dispatchers) {
      if (dispatcher.info().name().equals(name)) {
        return Optional.of(dispatcher);
      }
    }
    return Optional.empty();
  }

  public List<String> names() {
    String[] names = new String[dispatchers.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = dispatchers.get(i).info().name();
    }
    return Collections.unmodifiableList(Arrays.asList(names));
  }

  /** By destination name; a class rather than a lambda, for start-up. */
  private static final class ByName implements Comparator<DestinationDispatcher<?>> {
    @Override
    public int compare(DestinationDispatcher<?> a, DestinationDispatcher<?> b) {
      return a.info().name().compareTo(b.info().name());
    }
  }
}
