package dev.dovetail.kafka;

import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.codec.UnknownFields;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The configuration of a Dovetail sink connector, beside Connect's own keys ({@code topics}, {@code errors.*},
 * converters). Every key and default is declared here, once.
 *
 * <p>{@code settings.<key>} entries become the destination's {@link dev.dovetail.runtime.Settings} for this
 * connector only: {@code settings.sqlite.path=/data/assets.db} is what {@code deliver --set sqlite.path=...} is on
 * the command line.
 */
public final class SinkConfig {
  public static final String DESTINATION = "dovetail.destination";
  public static final String BATCH_SIZE = "dovetail.batch.size";
  public static final String UNKNOWN_FIELDS = "dovetail.unknown.fields";
  public static final String MAX_RETRIES = "dovetail.retry.max.retries";
  public static final String BACKOFF_MS = "dovetail.retry.backoff.ms";
  public static final String MAX_BACKOFF_MS = "dovetail.retry.backoff.max.ms";
  public static final String MAX_TIME_MS = "dovetail.retry.max.time.ms";
  /** Prefix of the destination settings: {@code settings.sqlite.path} → setting {@code sqlite.path}. */
  public static final String SETTINGS_PREFIX = "settings.";

  public static final int DEFAULT_BATCH_SIZE = 500;
  public static final int MAX_BATCH_SIZE = 10_000;

  private static final String GROUP = "Dovetail";

  private final String destination;
  private final int batchSize;
  private final UnknownFields unknownFields;
  private final RetryPolicy retry;
  private final Map<String, String> settings;

  private SinkConfig(String destination, int batchSize, UnknownFields unknownFields, RetryPolicy retry,
      Map<String, String> settings) {
    this.destination = destination;
    this.batchSize = batchSize;
    this.unknownFields = unknownFields;
    this.retry = retry;
    this.settings = settings;
  }

  /**
   * The keys and defaults. {@code fixedDestination} is the destination of a generated per-destination connector
   * ({@code null} for the generic one, which needs {@value #DESTINATION}); {@code known} names the destinations
   * this plugin holds, for the error message and the recommended values.
   */
  public static ConfigDef configDef(String fixedDestination, List<String> known) {
    ConfigDef def = new ConfigDef();
    int order = 0;
    KnownNames destinations =
        new KnownNames("destination", "delivers to", fixedDestination, known, DovetailSinkConnector.class);
    def.define(DESTINATION, Type.STRING, fixedDestination == null ? ConfigDef.NO_DEFAULT_VALUE : fixedDestination,
        destinations, Importance.HIGH,
        "The @Destination to deliver to, by name. Known here: " + String.join(", ", known) + ".", GROUP, ++order,
        ConfigDef.Width.MEDIUM, "Destination", destinations);
    def.define(BATCH_SIZE, Type.INT, DEFAULT_BATCH_SIZE, Range.between(1, MAX_BATCH_SIZE), Importance.MEDIUM,
        "Most records per deliver() call. A put() larger than this is delivered in several batches; a smaller one"
            + " as one batch (consumer.override.max.poll.records bounds what one put() holds).",
        GROUP, ++order, ConfigDef.Width.SHORT, "Batch size");
    def.define(UNKNOWN_FIELDS, Type.STRING, "ignore", ConfigDef.ValidString.in("ignore", "reject"), Importance.LOW,
        "What a record field the destination schema does not declare does: 'ignore' skips it, 'reject' sends the"
            + " record to the error reporter (dead letter queue).",
        GROUP, ++order, ConfigDef.Width.SHORT, "Unknown fields");
    RetryPolicy defaults = RetryPolicy.DEFAULT;
    def.define(MAX_RETRIES, Type.INT, defaults.maxRetries(), Range.between(0, RetryPolicy.MAX_RETRIES_LIMIT),
        Importance.MEDIUM, "How often a batch that failed retryably is redelivered (Connect calls put() again after"
            + " a backoff) before the task fails.", GROUP, ++order, ConfigDef.Width.SHORT, "Retries");
    def.define(BACKOFF_MS, Type.LONG, defaults.initialBackoff().toMillis(),
        Range.between(0, RetryPolicy.MAX_BACKOFF_LIMIT.toMillis()), Importance.LOW,
        "Ceiling of the first wait before a redelivery; each further ceiling doubles, and the wait is drawn"
            + " uniformly below it (full jitter).", GROUP, ++order, ConfigDef.Width.SHORT, "Backoff (ms)");
    def.define(MAX_BACKOFF_MS, Type.LONG, defaults.maxBackoff().toMillis(),
        Range.between(0, RetryPolicy.MAX_BACKOFF_LIMIT.toMillis()), Importance.LOW,
        "Largest ceiling of one wait.", GROUP, ++order, ConfigDef.Width.SHORT, "Max backoff (ms)");
    def.define(MAX_TIME_MS, Type.LONG, defaults.maxTotalTime().toMillis(),
        Range.between(1, RetryPolicy.MAX_TOTAL_TIME_LIMIT.toMillis()), Importance.LOW,
        "Time budget of one batch's redeliveries, from its first failure; past it the task fails.", GROUP, ++order,
        ConfigDef.Width.SHORT, "Retry time (ms)");
    return def;
  }

  /** Parses and checks connector or task properties. */
  public static SinkConfig parse(Map<String, String> props, String fixedDestination, List<String> known) {
    AbstractConfig config = new AbstractConfig(configDef(fixedDestination, known), props, false);
    RetryPolicy retry;
    try {
      retry = new RetryPolicy(config.getInt(MAX_RETRIES), Duration.ofMillis(config.getLong(BACKOFF_MS)),
          Duration.ofMillis(config.getLong(MAX_BACKOFF_MS)), Duration.ofMillis(config.getLong(MAX_TIME_MS)));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("invalid retry settings: " + e.getMessage());
    }
    Map<String, String> settings = new TreeMap<>();
    for (Map.Entry<String, Object> entry : config.originalsWithPrefix(SETTINGS_PREFIX).entrySet()) {
      settings.put(entry.getKey(), String.valueOf(entry.getValue()));
    }
    UnknownFields unknown = UnknownFields.valueOf(config.getString(UNKNOWN_FIELDS).toUpperCase(Locale.ROOT));
    return new SinkConfig(config.getString(DESTINATION), config.getInt(BATCH_SIZE), unknown, retry,
        Map.copyOf(settings));
  }

  public String destination() {
    return destination;
  }

  public int batchSize() {
    return batchSize;
  }

  public UnknownFields unknownFields() {
    return unknownFields;
  }

  public RetryPolicy retry() {
    return retry;
  }

  /** The destination settings ({@code settings.} prefix removed). */
  public Map<String, String> settings() {
    return settings;
  }
}
