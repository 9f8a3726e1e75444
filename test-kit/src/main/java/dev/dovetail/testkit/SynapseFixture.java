package dev.dovetail.testkit;

import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.ConnectionFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the kit reads and writes a synapse's records: the connection to a fixture the author controls (a local HTTP
 * server, an in-process fake, the example's {@code demo:} endpoint), and optionally how many records each entity
 * holds there, so a read that skips records between pages is caught too.
 *
 * <pre>{@code
 * SynapseFixture.endpoint("demo:300").expectRecords("deal", 300).expectRecords("person", 40)
 * }</pre>
 */
public final class SynapseFixture {
  private final Function<SynapseDispatcher, Connection> connection;
  private final Map<String, Integer> expected = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> values = new LinkedHashMap<>();

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
