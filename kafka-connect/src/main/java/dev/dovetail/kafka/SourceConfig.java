package dev.dovetail.kafka;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The configuration of a Dovetail source connector. Every key and default is declared here, once; a generated
 * {@code <Class>SourceConnector} adds its synapse's connection fields ({@value #CONNECTION_PREFIX}{@code <field>},
 * secret ones as {@link Type#PASSWORD}).
 *
 * <p>{@value #CONNECTION_PREFIX}{@code <field>} entries are the synapse connection, what {@code source.connection}
 * is in a sync config: {@code connection.endpoint=https://crm.example/}.
 */
public final class SourceConfig {
  public static final String SYNAPSE = "dovetail.synapse";
  public static final String ENTITY = "dovetail.entity";
  public static final String TOPIC = "topic";
  public static final String POLL_INTERVAL_MS = "dovetail.poll.interval.ms";
  public static final String SINCE = "dovetail.since";
  /** Prefix of the connection fields: {@code connection.accessToken} → field {@code accessToken}. */
  public static final String CONNECTION_PREFIX = "connection.";

  public static final long DEFAULT_POLL_INTERVAL_MS = 60_000;
  /** Read everything the synapse has (its watermark starts at the epoch). */
  public static final String DEFAULT_SINCE = "1970-01-01T00:00:00Z";

  private static final String GROUP = "Dovetail";

  private final String synapse;
  private final String entity;
  private final String topic;
  private final long pollIntervalMs;
  private final Instant since;
  private final Map<String, String> connection;

  private SourceConfig(String synapse, String entity, String topic, long pollIntervalMs, Instant since,
      Map<String, String> connection) {
    this.synapse = synapse;
    this.entity = entity;
    this.topic = topic;
    this.pollIntervalMs = pollIntervalMs;
    this.since = since;
    this.connection = connection;
  }

  /**
   * The keys and defaults. {@code fixedSynapse} is the synapse of a generated per-synapse connector ({@code null}
   * for the generic one, which needs {@value #SYNAPSE}); {@code connectionFields} its connection keys (empty for the
   * generic one, which takes any {@value #CONNECTION_PREFIX} entry); {@code known} names the synapses this plugin
   * holds.
   */
  public static ConfigDef configDef(String fixedSynapse, ConfigDef connectionFields, List<String> known) {
    ConfigDef def = new ConfigDef();
    int order = 0;
    KnownNames synapses = new KnownNames("synapse", "reads from", fixedSynapse, known, DovetailSourceConnector.class);
    def.define(SYNAPSE, Type.STRING, fixedSynapse == null ? ConfigDef.NO_DEFAULT_VALUE : fixedSynapse, synapses,
        Importance.HIGH, "The @Synapse to read from, by name. Known here: " + String.join(", ", known) + ".", GROUP,
        ++order, Width.MEDIUM, "Synapse", synapses);
    def.define(ENTITY, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
        "The entity to read (its API name, e.g. 'deal'); it needs a @Read method.", GROUP, ++order, Width.MEDIUM,
        "Entity");
    def.define(TOPIC, Type.STRING, "", Importance.HIGH,
        "The topic the records go to. Default: <synapse>.<entity>.", GROUP, ++order, Width.MEDIUM, "Topic");
    def.define(POLL_INTERVAL_MS, Type.LONG, DEFAULT_POLL_INTERVAL_MS, Range.between(0, 24 * 3_600_000L),
        Importance.MEDIUM, "Time between the start of one READ cycle that reached the end of the entity's changes"
            + " and the next. A cycle reads every page of changes since the stored watermark.", GROUP, ++order,
        Width.SHORT, "Poll interval (ms)");
    def.define(SINCE, Type.STRING, DEFAULT_SINCE, new SinceValidator(), Importance.MEDIUM,
        "Where the first READ cycle starts when no offset is stored: an ISO-8601 instant (2025-01-01T00:00:00Z) or"
            + " epoch milliseconds. Later cycles start at the stored offset (the watermark of the last record"
            + " written).", GROUP, ++order, Width.MEDIUM, "Start watermark");
    for (ConfigDef.ConfigKey key : connectionFields.configKeys().values()) {
      def.define(key);
    }
    return def;
  }

  /** Parses and checks connector or task properties. */
  public static SourceConfig parse(Map<String, String> props, String fixedSynapse, ConfigDef connectionFields,
      List<String> known) {
    AbstractConfig config = new AbstractConfig(configDef(fixedSynapse, connectionFields, known), props, false);
    String synapse = config.getString(SYNAPSE);
    String entity = config.getString(ENTITY);
    String topic = config.getString(TOPIC).isBlank() ? synapse + "." + entity : config.getString(TOPIC).trim();
    Map<String, String> connection = new TreeMap<>();
    // Raw strings: a PASSWORD key's value is a Password object in the parsed config, its text in the originals.
    for (Map.Entry<String, Object> entry : config.originalsWithPrefix(CONNECTION_PREFIX).entrySet()) {
      if (entry.getValue() != null) {
        connection.put(entry.getKey(), String.valueOf(entry.getValue()));
      }
    }
    for (ConfigDef.ConfigKey key : connectionFields.configKeys().values()) {
      String field = key.name.substring(CONNECTION_PREFIX.length());
      if (!connection.containsKey(field) && key.defaultValue != null) {
        connection.put(field, String.valueOf(key.defaultValue));
      }
    }
    return new SourceConfig(synapse, entity, topic, config.getLong(POLL_INTERVAL_MS),
        instant(config.getString(SINCE)), Map.copyOf(connection));
  }

  public String synapse() {
    return synapse;
  }

  public String entity() {
    return entity;
  }

  public String topic() {
    return topic;
  }

  public long pollIntervalMs() {
    return pollIntervalMs;
  }

  /** Where the first cycle starts when Connect has no offset for the entity. */
  public Instant since() {
    return since;
  }

  /** The connection field values ({@value #CONNECTION_PREFIX} removed), defaults of declared fields included. */
  public Map<String, String> connection() {
    return connection;
  }

  static Instant instant(String text) {
    String value = text.trim();
    try {
      return value.chars().allMatch(Character::isDigit) && !value.isEmpty()
          ? Instant.ofEpochMilli(Long.parseLong(value)) : Instant.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new ConfigException(SINCE, text, "not an ISO-8601 instant (2025-01-01T00:00:00Z) or epoch milliseconds");
    }
  }

  private static final class SinceValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
      instant(String.valueOf(value));
    }

    @Override
    public String toString() {
      return "an ISO-8601 instant or epoch milliseconds";
    }
  }
}
