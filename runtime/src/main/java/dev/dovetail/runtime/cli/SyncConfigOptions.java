package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.sync.config.ConfigException;
import dev.dovetail.runtime.sync.config.SyncConfig;
import dev.dovetail.runtime.sync.config.SyncConfigLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * A sync's configuration from {@code --config FILE}, with flags for the common cases that override it (or replace
 * it: source, destination and mapping can all be given as flags).
 */
final class SyncConfigOptions {
  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Sync configuration (YAML): source, destination, mapping, batch size, state store.")
  Path config;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The sync's name; checkpoints, runs and dead letters are kept per name (default: from the"
          + " config, else the entity or 'file').")
  String name;

  @Option(names = "--state", paramLabel = "URL|FILE",
      description = "State store: an SQLite file or a JDBC URL (jdbc:postgresql://...). Default: dovetail-state.db"
          + " beside the destination's sqlite.path output, else in the working directory.")
  String state;

  @Option(names = "--entity", paramLabel = "ENTITY", description = "Source: this entity of the synapse.")
  String entity;

  @Option(names = "--synapse", paramLabel = "NAME",
      description = "Source synapse; may be left out when the jar has only one.")
  String synapse;

  @Option(names = "--source-file", paramLabel = "FILE",
      description = "Source: a JSON Lines file instead of a synapse ('-' reads standard input, without resume).")
  String sourceFile;

  @Option(names = "--conn", paramLabel = "FIELD=VALUE",
      description = "A connection field of the synapse (endpoint, token, ...); repeatable.")
  Map<String, String> connection = new LinkedHashMap<>();

  @Option(names = "--since", paramLabel = "TIME", converter = InstantConverter.class,
      description = "Where the first run starts (no checkpoint yet): epoch ms or ISO-8601.")
  Instant since;

  @Option(names = "--limit", paramLabel = "N", description = "Most records read per run, 0 for all.")
  Integer limit;

  @Option(names = "--destination", paramLabel = "NAME", description = "Destination (see 'dovetail list').")
  String destination;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A destination setting; repeatable.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--map", paramLabel = "DEST=SOURCE",
      description = "Fill destination field DEST from source field SOURCE; repeatable (replaces the config's"
          + " mapping).")
  Map<String, String> mapping = new LinkedHashMap<>();

  @Option(names = "--batch-size", paramLabel = "N", description = "Records per batch and checkpoint (default: 100).")
  Integer batchSize;

  /** The configuration: the file's, with the flags applied. */
  SyncConfig resolve() throws ConfigException {
    SyncConfig base = config != null ? SyncConfigLoader.load(config) : null;
    SyncConfig.Source source = base != null ? base.source() : null;
    if (sourceFile != null || entity != null) {
      source = sourceFile != null
          ? new SyncConfig.Source(null, null, Map.of(), since, limit == null ? 0 : limit, sourceFile)
          : new SyncConfig.Source(synapse, entity, connection, since, limit == null ? 0 : limit, null);
    } else if (source != null) {
      Map<String, String> fields = new LinkedHashMap<>(source.connection());
      fields.putAll(connection);
      source = new SyncConfig.Source(synapse != null ? synapse : source.synapse(), source.entity(), fields,
          since != null ? since : source.since(), limit != null ? limit : source.limit(), source.file());
    }
    SyncConfig.Target target = base != null ? base.destination() : null;
    if (destination != null || target != null) {
      Map<String, String> merged = new LinkedHashMap<>(target != null ? target.settings() : Map.of());
      merged.putAll(settings);
      target = new SyncConfig.Target(destination != null ? destination : target.name(), merged);
    }
    if (source == null || target == null) {
      throw new ConfigException("cannot sync", List.of((source == null
          ? "no source: give --config FILE, or --entity ENTITY (a synapse) or --source-file FILE" : "")
          + (source == null && target == null ? "; " : "")
          + (target == null ? "no destination: give --config FILE or --destination NAME" : "")));
    }
    Map<String, String> fieldMapping = !mapping.isEmpty() ? mapping : base != null ? base.mapping() : Map.of();
    int size = batchSize != null ? batchSize : base != null ? base.batchSize() : SyncConfig.DEFAULT_BATCH_SIZE;
    if (size < 1 || size > SyncConfig.MAX_BATCH_SIZE) {
      throw new ConfigException("cannot sync", List.of("--batch-size must be between 1 and "
          + SyncConfig.MAX_BATCH_SIZE + ", got " + size));
    }
    String stateUrl = state != null ? SyncConfigLoader.stateUrl(state)
        : base != null ? base.state() : SyncConfigLoader.defaultState(target.settings());
    String syncName = name != null ? name : base != null ? base.name() : source.isFile() ? "file" : source.entity();
    return new SyncConfig(syncName, source, target, fieldMapping, size, stateUrl);
  }

  /** Just the state store and the sync name (for status and dlq), without needing a source or destination. */
  String[] stateAndName() throws ConfigException {
    if (config == null) {
      if (state == null || name == null) {
        throw new ConfigException("cannot open the state store", List.of(
            "give --config FILE (the sync's configuration), or both --state URL|FILE and --name NAME"));
      }
      return new String[] {SyncConfigLoader.stateUrl(state), name};
    }
    SyncConfig loaded = SyncConfigLoader.load(config);
    String url = state != null ? SyncConfigLoader.stateUrl(state) : loaded.state();
    return new String[] {url, name != null ? name : loaded.name()};
  }
}
