package dev.dovetail.testkit;

import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.ConnectionFields;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the kit reads and writes a synapse's records: the connection to a fixture the author controls (a local HTTP
 * server, an in-process fake, the example's {@code demo:} endpoint), and optionally how many records each entity
 * holds there, so a read that skips records between pages is caught too, and for entities the synapse cannot create,
 * how to add records between two reads ({@link #between}), so the resume from a watermark is checked in full.
 *
 * <pre>{@code
 * SynapseFixture.endpoint("demo:300").expectRecords("deal", 300).expectRecords("person", 40)
 * }</pre>
 */
public final class SynapseFixture {
  private final Function<SynapseDispatcher, Connection> connection;
  private final Map<String, Integer> expected = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> values = new LinkedHashMap<>();
  private final Map<String, Changes> between = new LinkedHashMap<>();

  private SynapseFixture(Function<SynapseDispatcher, Connection> connection) {
    this.connection = connection;
  }

  /** A fixture reached with this connection, as the platform would send it. */
  public static SynapseFixture of(Connection connection) {
    Objects.requireNonNull(connection, "connection");
    return new SynapseFixture(dispatcher -> connection);
  }

  /**
   * A fixture reached with these connection field values, as a user enters them for the synapse's
   * {@code connectionFields} (e.g. {@code endpoint}, {@code accessToken}, or a field of the synapse's own): placed in
   * the connection the way the platform places them (standard auth fields, configured fields, headers).
   */
  public static SynapseFixture fields(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return new SynapseFixture(dispatcher -> ConnectionFields.connection(dispatcher, copy));
  }

  /** A fixture at {@code endpoint} ({@code authConfig.endpoint}), with no credentials. */
  public static SynapseFixture endpoint(String endpoint) {
    Connection connection = Connection.of("dovetail-test-kit", AuthConfig.ofEndpoint(endpoint));
    return new SynapseFixture(dispatcher -> connection);
  }

  /** The fixture holds exactly {@code count} records of {@code entity} in the read window (all of time). */
  public SynapseFixture expectRecords(String entity, int count) {
    expected.put(entity, count);
    return this;
  }

  /**
   * The value the kit's create and update records carry in {@code attribute} of {@code entity}, where the fixture
   * accepts only some values (a currency code, say); other attributes get the kit's typical values.
   */
  public SynapseFixture value(String entity, String attribute, Object value) {
    values.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(attribute, SampleValues.normalize(value));
    return this;
  }

  /**
   * Adds records of {@code entity} to the fixture between the kit's two reads of the resume check, and answers their
   * end-system ids: the check expects exactly those from the read resumed at the first read's watermark. Needed for
   * entities the synapse cannot create (for the others, the kit creates sample records through {@code @Create}; a
   * hook given here takes precedence). Records it changes rather than adds count too: return their ids.
   *
   * <pre>{@code
   * fixture.between("person", () -> List.of(server.addPerson("Ada").id(), server.addPerson("Grace").id()))
   * }</pre>
   */
  public SynapseFixture between(String entity, Changes changes) {
    between.put(Objects.requireNonNull(entity, "entity"), Objects.requireNonNull(changes, "changes"));
    return this;
  }

  /** Changes the fixture between two reads; see {@link #between}. */
  @FunctionalInterface
  public interface Changes {
    /** Adds or changes records and answers their end-system ids. */
    Collection<String> make() throws Exception;
  }

  /** The author's hook of {@code entity}, or {@code null}. */
  Changes between(String entity) {
    return between.get(entity);
  }

  /** The author's values of {@code entity}'s attributes. */
  Map<String, Object> values(String entity) {
    return values.getOrDefault(entity, Map.of());
  }

  Connection connection(SynapseDispatcher dispatcher) {
    return connection.apply(dispatcher);
  }

  /** The expected count of {@code entity}, or {@code null} when not declared. */
  Integer expectedRecords(String entity) {
    return expected.get(entity);
  }
}
