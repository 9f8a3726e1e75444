package dev.dovetail.runtime.sync.config;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A sync job: where records come from, where they go, how source fields fill destination fields, and where the
 * state (checkpoints, run history, dead letters) is kept. Loaded from YAML by {@link SyncConfigLoader}; command-line
 * flags may override parts of it.
 *
 * @param name the job's name: checkpoints, runs and dead letters are kept per name
 * @param source where records come from
 * @param destination the {@code @Destination} they go to
 * @param mapping destination field ← source field, in declaration order; empty = fields with the same name
 * @param batchSize items per delivered batch (and per checkpoint)
 * @param state JDBC URL of the state store
 */
public record SyncConfig(
    String name, Source source, Target destination, Map<String, String> mapping, int batchSize, String state) {

  public static final int DEFAULT_BATCH_SIZE = 100;
  public static final int MAX_BATCH_SIZE = 10_000;

  public SyncConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    mapping = mapping == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
    Objects.requireNonNull(state, "state");
  }

  /**
   * Where records come from: a synapse entity read incrementally, or a JSON Lines file ({@code -} for standard input).
   *
   * @param synapse the synapse's name, or {@code null} when the jar has only one
   * @param entity the entity to read; {@code null} for a file source
   * @param connection connection fields for the synapse (endpoint, token, …); secret ones are never printed
   * @param since where the first run starts when there is no checkpoint yet
   * @param limit most records per run, 0 for all
   * @param file the JSON Lines file, or {@code null} for a synapse source
   */
  public record Source(
      String synapse, String entity, Map<String, String> connection, Instant since, int limit, String file) {
    public Source {
      connection = connection == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(connection));
      since = since == null ? Instant.EPOCH : since;
    }

    public boolean isFile() {
      return file != null;
    }

    /** The key checkpoints are stored under: {@code synapse:demo_crm/deal} or {@code file:/abs/path.jsonl}. */
    public String key(String synapseName) {
      return isFile() ? "file:" + file : "synapse:" + synapseName + "/" + entity;
    }
  }

  /**
   * The destination and its settings (what {@code --set} gives {@code deliver}).
   *
   * @param name the destination key
   * @param settings connector settings, e.g. {@code sqlite.path}
   */
  public record Target(String name, Map<String, String> settings) {
    public Target {
      Objects.requireNonNull(name, "name");
      settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }
  }
}
