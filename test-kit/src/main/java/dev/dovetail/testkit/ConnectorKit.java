package dev.dovetail.testkit;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * The acceptance checks of a connector: every destination and synapse in its generated service index
 * ({@code META-INF/services}), in the spirit of Airbyte's connector acceptance tests. Return {@link #checks()} from a
 * {@link ConnectorTest} method.
 *
 * <ul>
 *   <li>{@code app.yml}: the manifest and every {@code destinations/schema} file obey the OCP rules.
 *   <li>Each destination: {@code ready()} answers ready; the codec keeps every sample value; a batch of sample records
 *       (typical and edge values of every field, nested and array ones too) is delivered; deletes behave per
 *       {@code supports_delete}.
 *   <li>Each synapse: describe matches the entity types; against the author's {@link SynapseFixture}, each readable
 *       entity pages to the end without duplicates or gaps and, resumed from its watermark, returns the records added
 *       since ({@link ResumeCheck}); create, update and delete echo ids.
 * </ul>
 *
 * <p>Destinations run with the {@link #settings} in scope, as {@code dovetail deliver --set} would install them.
 */
public final class ConnectorKit {
  private final ClassLoader loader;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private final Map<String, DestinationSamples> samples = new HashMap<>();
  private final Map<String, SynapseFixture> fixtures = new HashMap<>();
  private final Set<String> skipped = new HashSet<>();

  private ConnectorKit(ClassLoader loader) {
    this.loader = loader;
  }

  /** The connector on the test's class path (the thread's context class loader). */
  public static ConnectorKit load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /** The connector visible to {@code loader}. */
  public static ConnectorKit load(ClassLoader loader) {
    return new ConnectorKit(loader);
  }

  /** Settings every destination check sees ({@code sqlite.path} → a temporary file, say). */
  public ConnectorKit settings(Map<String, String> values) {
    settings.putAll(values);
    return this;
  }

  /** What destination {@code name} accepts beyond its schema: see {@link DestinationSamples}. */
  public ConnectorKit destination(String name, Consumer<DestinationSamples> declare) {
    declare.accept(samples.computeIfAbsent(name, n -> new DestinationSamples()));
    return this;
  }

  /** Where synapse {@code name} is read and written. Without a fixture its read and write checks fail. */
  public ConnectorKit synapse(String name, SynapseFixture fixture) {
    fixtures.put(name, fixture);
    return this;
  }

  /** Leaves destination or synapse {@code name} out of the checks (say, one that needs a cloud account). */
  public ConnectorKit skip(String name) {
    skipped.add(name);
    return this;
  }

  /** One container per connector, one test per check. */
  public Stream<DynamicNode> checks() {
    ClassPathResources resources = new ClassPathResources(loader);
    List<DestinationDispatcher<?>> destinations = DestinationCatalog.load(loader).all();
    List<SynapseDispatcher> synapses = SynapseCatalog.load(loader).all();
    List<String> unknown = new ArrayList<>();
    Set<String> names = new HashSet<>();
    destinations.forEach(d -> names.add(d.info().name()));
    synapses.forEach(s -> names.add(s.name()));
    for (String name : concat(samples.keySet(), fixtures.keySet(), skipped)) {
      if (!names.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty() || names.isEmpty()) {
      throw new IllegalStateException(names.isEmpty()
          ? "no destinations or synapses on the class path: META-INF/services/" + DestinationDispatcher.class.getName()
              + " and " + SynapseDispatcher.class.getName() + " are missing; compile with the Dovetail processor"
          : "the kit was configured for " + unknown + ", which the connector does not have; it has " + names);
    }
    List<DynamicNode> nodes = new ArrayList<>();
    if (!destinations.isEmpty()) {
      nodes.add(new ManifestChecks(resources, destinations).container());
    }
    for (DestinationDispatcher<?> destination : destinations) {
      String name = destination.info().name();
      if (!skipped.contains(name)) {
        nodes.add(new DestinationChecks<>(destination, Map.copyOf(settings),
            samples.getOrDefault(name, new DestinationSamples())).container());
      }
    }
    for (SynapseDispatcher synapse : synapses) {
      if (!skipped.contains(synapse.name())) {
        nodes.add(new SynapseChecks(synapse, fixtures.get(synapse.name()), resources).container());
      }
    }
    return nodes.stream();
  }

  @SafeVarargs
  private static List<String> concat(Set<String>... sets) {
    List<String> all = new ArrayList<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return all;
  }
}
