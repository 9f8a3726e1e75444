package dev.dovetail.runtime.sync.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a sync configuration file:
 *
 * <pre>{@code
 * name: crm-deals                  # checkpoints, runs and dead letters are kept per name
 * source:
 *   synapse: demo_crm              # optional when the jar has one synapse
 *   entity: deal
 *   connection: {endpoint: "https://crm.example.com/", token: "${CRM_TOKEN}"}
 *   since: 2024-01-01T00:00:00Z    # first run only; later runs resume from the checkpoint
 *   # or instead: file: records.jsonl   (JSON Lines; "-" = standard input)
 * destination:
 *   name: deal_sql
 *   settings: {sqlite.path: deals.db}
 * mapping:                         # destination field: source field (default: same names)
 *   deal_id: id
 *   title: title
 * batch: {size: 100}
 * state: deals-state.db            # SQLite file or a JDBC URL (default: dovetail-state.db next to the output)
 * }</pre>
 *
 * <p>YAML is loaded with SnakeYAML's {@link SafeConstructor}: plain maps, lists and scalars only, never arbitrary
 * types. String values may refer to environment variables ({@code ${NAME}}, {@code ${NAME:-default}}). Unknown keys
 * are errors (a misspelt key silently ignored is a bug found in production); every problem is reported at once.
 */
public final class SyncConfigLoader {
  public static final String DEFAULT_STATE_FILE = "dovetail-state.db";
  /** The destination setting that names an SQLite output file; the state store goes beside it by default. */
  static final String SQLITE_PATH_SETTING = "sqlite.path";

  private static final Set<String> TOP = Set.of("name", "source", "destination", "mapping", "batch", "state");
  private static final Set<String> SOURCE = Set.of("synapse", "entity", "connection", "since", "limit", "file");
  private static final Set<String> DESTINATION = Set.of("name", "settings");
  private static final Set<String> BATCH = Set.of("size");
  private static final Set<String> STATE = Set.of("url", "path");

  private final EnvReferences env;
  private final List<String> problems = new ArrayList<>();

  private SyncConfigLoader(Map<String, String> environment) {
    this.env = new EnvReferences(environment);
  }

  /** Loads {@code file} resolving references against the process environment. */
  public static SyncConfig load(Path file) throws ConfigException {
    return load(file, System.getenv());
  }

  public static SyncConfig load(Path file, Map<String, String> environment) throws ConfigException {
    if (!Files.isReadable(file)) {
      throw new ConfigException("cannot read sync config " + file, List.of("no such readable file"));
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString(), environment);
    } catch (IOException e) {
      throw new ConfigException("cannot read sync config " + file, List.of(String.valueOf(e.getMessage())));
    }
  }

  /** Parses a configuration; {@code origin} names it in messages. */
  public static SyncConfig parse(Reader yaml, String origin, Map<String, String> environment) throws ConfigException {
    Object document;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      document = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new ConfigException("sync config " + origin + " is not valid YAML", List.of(firstLines(e.getMessage())));
    }
    SyncConfigLoader loader = new SyncConfigLoader(environment);
    SyncConfig config = loader.read(document);
    if (!loader.problems.isEmpty()) {
      throw new ConfigException("sync config " + origin + " has " + loader.problems.size()
          + (loader.problems.size() == 1 ? " problem" : " problems"), loader.problems);
    }
    return config;
  }

  private SyncConfig read(Object document) {
    Map<String, Object> top = map(document, "the document", TOP);
    if (top == null) {
      return null;
    }
    String name = string(top, "name", "name");
    Map<String, Object> sourceMap = map(top.get("source"), "source", SOURCE);
    Map<String, Object> destMap = map(top.get("destination"), "destination", DESTINATION);
    SyncConfig.Source source = sourceMap == null ? null : source(sourceMap);
    SyncConfig.Target target = destMap == null ? null : target(destMap);
    Map<String, String> mapping = strings(top.get("mapping"), "mapping");
    int batchSize = batchSize(top.get("batch"));
    String state = state(top.get("state"), target);
    if (source == null) {
      problems.add("source: required (an entity of a synapse, or a file)");
    }
    if (target == null) {
      problems.add("destination: required (destination.name, and its settings)");
    }
    if (name == null && source != null) {
      name = source.isFile() ? "file" : source.entity();
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new SyncConfig(name, source, target, mapping, batchSize, state);
  }

  private SyncConfig.Source source(Map<String, Object> map) {
    String file = string(map, "file", "source.file");
    String entity = string(map, "entity", "source.entity");
    String synapse = string(map, "synapse", "source.synapse");
    if (file != null && (entity != null || synapse != null || map.containsKey("connection"))) {
      problems.add("source: give either file, or entity (with synapse and connection), not both");
    } else if (file == null && entity == null) {
      problems.add("source: entity (to read from a synapse) or file (JSON Lines) is required");
    }
    Map<String, String> connection = strings(map.get("connection"), "source.connection");
    Instant since = instant(map.get("since"), "source.since");
    long limit = number(map.get("limit"), "source.limit", 0, Integer.MAX_VALUE, 0);
    return new SyncConfig.Source(synapse, entity, connection, since, (int) limit, file);
  }

  private SyncConfig.Target target(Map<String, Object> map) {
    String name = string(map, "name", "destination.name");
    if (name == null) {
      problems.add("destination.name: required (see 'dovetail list')");
      return null;
    }
    return new SyncConfig.Target(name, strings(map.get("settings"), "destination.settings"));
  }

  private int batchSize(Object value) {
    if (value == null) {
      return SyncConfig.DEFAULT_BATCH_SIZE;
    }
    Map<String, Object> batch = map(value, "batch", BATCH);
    if (batch == null) {
      return SyncConfig.DEFAULT_BATCH_SIZE;
    }
    return (int) number(batch.get("size"), "batch.size", 1, SyncConfig.MAX_BATCH_SIZE, SyncConfig.DEFAULT_BATCH_SIZE);
  }

  private String state(Object value, SyncConfig.Target target) {
    if (value == null) {
      return defaultState(target == null ? Map.of() : target.settings());
    }
    if (value instanceof Map<?, ?>) {
      Map<String, Object> state = map(value, "state", STATE);
      if (state == null) {
        return "";
      }
      String url = string(state, "url", "state.url");
      String path = string(state, "path", "state.path");
      if ((url == null) == (path == null)) {
        problems.add("state: give exactly one of url (a JDBC URL) and path (an SQLite file)");
        return "";
      }
      return url != null ? url : sqliteUrl(path);
    }
    String text = scalar(value, "state");
    return text == null ? "" : stateUrl(text);
  }

  /** SQLite next to the destination's SQLite output when it has one, else in the working directory. */
  public static String defaultState(Map<String, String> destinationSettings) {
    String output = destinationSettings.get(SQLITE_PATH_SETTING);
    Path dir = output == null ? null : Path.of(output).toAbsolutePath().getParent();
    return sqliteUrl((dir == null ? Path.of(DEFAULT_STATE_FILE) : dir.resolve(DEFAULT_STATE_FILE)).toString());
  }

  /** A state store given as a JDBC URL, or as the path of an SQLite file. */
  public static String stateUrl(String urlOrPath) {
    return urlOrPath.startsWith("jdbc:") ? urlOrPath : sqliteUrl(urlOrPath);
  }

  public static String sqliteUrl(String path) {
    return "jdbc:sqlite:" + path;
  }

  // ---- typed readers; each adds a problem and answers null (or the fallback) when the value does not fit ----

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Object value, String where, Set<String> allowed) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> raw)) {
      problems.add(where + ": expected a mapping (key: value lines), got " + describe(value));
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : raw.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (allowed != null && !allowed.contains(key)) {
        problems.add((where.equals("the document") ? "" : where + ".") + key + ": unknown key; known keys: "
            + String.join(", ", new java.util.TreeSet<>(allowed)));
        continue;
      }
      out.put(key, e.getValue());
    }
    return out;
  }

  /** A mapping of scalars, e.g. settings or the field mapping; references resolved. */
  private Map<String, String> strings(Object value, String where) {
    Map<String, Object> map = map(value, where, null);
    Map<String, String> out = new LinkedHashMap<>();
    if (map != null) {
      for (Map.Entry<String, Object> e : map.entrySet()) {
        String text = scalar(e.getValue(), where + "." + e.getKey());
        if (text != null) {
          out.put(e.getKey(), text);
        }
      }
    }
    return out;
  }

  private String string(Map<String, Object> map, String key, String where) {
    Object value = map.get(key);
    return value == null ? null : scalar(value, where);
  }

  private String scalar(Object value, String where) {
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      problems.add(where + ": expected a single value, got " + describe(value));
      return null;
    }
    if (value instanceof java.util.Date date) {
      // SnakeYAML reads unquoted timestamps as dates; keep their instant.
      return date.toInstant().toString();
    }
    return value == null ? null : env.resolve(String.valueOf(value), where, problems);
  }

  private Instant instant(Object value, String where) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    String text = scalar(value, where);
    if (text == null) {
      return null;
    }
    try {
      return text.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(text)) : Instant.parse(text);
    } catch (DateTimeParseException | NumberFormatException e) {
      problems.add(where + ": '" + text + "' is not a time: use ISO-8601 (2024-05-01T00:00:00Z) or epoch milliseconds");
      return null;
    }
  }

  private long number(Object value, String where, long min, long max, long fallback) {
    if (value == null) {
      return fallback;
    }
    String text = scalar(value, where);
    try {
      long n = Long.parseLong(text == null ? "" : text.trim());
      if (n < min || n > max) {
        problems.add(where + ": must be between " + min + " and " + max + ", got " + n);
        return fallback;
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add(where + ": expected a whole number, got '" + text + "'");
      return fallback;
    }
  }

  private static String describe(Object value) {
    return value instanceof Map<?, ?> ? "a mapping" : value instanceof List<?> ? "a list" : "'" + value + "'";
  }

  private static String firstLines(String message) {
    return message == null ? "unreadable" : message.strip().replace("\n", " ").replaceAll(" +", " ");
  }
}
