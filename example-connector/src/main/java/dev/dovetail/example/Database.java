package dev.dovetail.example;

import dev.dovetail.runtime.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The SQL database both example destinations write into, chosen from the connector settings each time it is asked
 * for (OCP injects no configuration; settings are read at call time).
 *
 * <table>
 *   <caption>Settings ({@code --set key=value}, environment {@code DOVETAIL_<KEY>}, or system property
 *   {@code dovetail.<key>})</caption>
 *   <tr><th>key</th><th>meaning</th></tr>
 *   <tr><td>{@value #SQLITE_PATH}</td><td>SQLite file, created when missing; default {@value #DEFAULT_SQLITE_PATH}</td></tr>
 *   <tr><td>{@value #JDBC_URL}</td><td>a full JDBC URL instead (its driver must be on the class path; the SQL is
 *       written for SQLite 3.24+ and PostgreSQL); wins over {@value #SQLITE_PATH}</td></tr>
 *   <tr><td>{@value #JDBC_USER}, {@value #JDBC_PASSWORD}</td><td>credentials for {@value #JDBC_URL}; never printed</td></tr>
 *   <tr><td>{@value #BUSY_TIMEOUT_MS}</td><td>how long SQLite waits for a lock before {@code SQLITE_BUSY}; default
 *       {@value #DEFAULT_BUSY_TIMEOUT_MS}</td></tr>
 *   <tr><td>{@value #LOCK_TIMEOUT_MS}</td><td>how long a PostgreSQL statement waits for a lock (its
 *       {@code lock_timeout}) before failing with {@code lock_not_available}, which is retried; default
 *       {@value #DEFAULT_BUSY_TIMEOUT_MS}, 0 waits without limit. An {@code options} parameter in {@value #JDBC_URL}
 *       replaces it.</td></tr>
 * </table>
 */
public final class Database {
  public static final String SQLITE_PATH = "sqlite.path";
  public static final String JDBC_URL = "jdbc.url";
  public static final String JDBC_USER = "jdbc.user";
  public static final String JDBC_PASSWORD = "jdbc.password";
  public static final String BUSY_TIMEOUT_MS = "sqlite.busy_timeout_ms";
  public static final String LOCK_TIMEOUT_MS = "postgresql.lock_timeout_ms";
  public static final String DEFAULT_SQLITE_PATH = "dovetail-demo.db";
  public static final int DEFAULT_BUSY_TIMEOUT_MS = 5_000;

  /** Appended to "cannot use the database" messages. */
  static final String HOW_TO_CONFIGURE = "set " + SQLITE_PATH + " to a writable file (--set " + SQLITE_PATH
      + "=PATH, or " + Settings.envName(SQLITE_PATH) + ") or " + JDBC_URL + " to a reachable database";

  private static final String SQLITE_PREFIX = "jdbc:sqlite:";
  private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{1,61}");

  private final String url;
  private final Path sqliteFile;
  private final Properties properties;
  private final String label;

  private Database(String url, Path sqliteFile, Properties properties, String label) {
    this.url = url;
    this.sqliteFile = sqliteFile;
    this.properties = properties;
    this.label = label;
  }

  /** The database the current settings name. */
  public static Database fromSettings() {
    Properties properties = new Properties();
    String jdbcUrl = Settings.get(JDBC_URL).map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    if (jdbcUrl != null) {
      Settings.get(JDBC_USER).ifPresent(user -> properties.setProperty("user", user));
      Settings.get(JDBC_PASSWORD).ifPresent(password -> properties.setProperty("password", password));
      if (jdbcUrl.startsWith(SQLITE_PREFIX)) {
        properties.setProperty("busy_timeout", String.valueOf(millis(BUSY_TIMEOUT_MS)));
        return new Database(jdbcUrl, sqliteFileOf(jdbcUrl), properties, redact(jdbcUrl));
      }
      if (jdbcUrl.startsWith(POSTGRESQL_PREFIX)) {
        // Without a lock_timeout a statement waits for a row or table lock for ever; the batch would never end.
        properties.setProperty("options", "-c lock_timeout=" + millis(LOCK_TIMEOUT_MS));
      }
      return new Database(jdbcUrl, null, properties, redact(jdbcUrl));
    }
    Path file = Path.of(Settings.get(SQLITE_PATH, DEFAULT_SQLITE_PATH)).toAbsolutePath().normalize();
    properties.setProperty("busy_timeout", String.valueOf(millis(BUSY_TIMEOUT_MS)));
    return new Database(SQLITE_PREFIX + file, file, properties, "SQLite database " + file);
  }

  /** A new connection; the caller closes it. */
  public Connection open() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  /** Where the data goes, for messages: the SQLite file, or the URL without query string or credentials. */
  public String label() {
    return label;
  }

  /** Identifies the target (URL and user) so a successful readiness check can be cached per target. */
  String cacheKey() {
    return url + "\n" + properties.getProperty("user", "");
  }

  /**
   * For a SQLite file, why it cannot be created or written, checked before SQLite is asked (its own message for a
   * missing folder is terse); {@code null} when nothing is visibly wrong or the database is not a SQLite file.
   */
  String fileProblem() {
    if (sqliteFile == null) {
      return null;
    }
    if (Files.isDirectory(sqliteFile)) {
      return label + " is a directory, not a database file";
    }
    if (Files.exists(sqliteFile)) {
      return Files.isWritable(sqliteFile) ? null : label + " is not writable";
    }
    Path parent = sqliteFile.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return "cannot create " + label + ": folder " + parent + " does not exist";
    }
    if (!Files.isWritable(parent)) {
      return "cannot create " + label + ": folder " + parent + " is not writable";
    }
    return null;
  }

  /** Why the database cannot be used, as an operator-facing sentence. */
  String notUsable(String problem) {
    return problem + "; " + HOW_TO_CONFIGURE;
  }

  /** Whether {@code identifier} is a plain lower-case name: the OCP field-name rule, which also makes it safe to quote. */
  static boolean isPlainIdentifier(String identifier) {
    return identifier != null && PLAIN_IDENTIFIER.matcher(identifier).matches();
  }

  /** Quotes a SQL identifier after checking it is plain; SQL is never built from anything else. */
  static String quote(String identifier) {
    if (!isPlainIdentifier(identifier)) {
      throw new IllegalArgumentException("'" + identifier + "' is not a plain identifier ([a-z][a-z0-9_]{1,61})");
    }
    return '"' + identifier + '"';
  }

  /** A lock wait setting ({@link #BUSY_TIMEOUT_MS}, {@link #LOCK_TIMEOUT_MS}) in milliseconds. */
  private static int millis(String key) {
    String text = Settings.get(key, String.valueOf(DEFAULT_BUSY_TIMEOUT_MS)).trim();
    try {
      int value = Integer.parseInt(text);
      if (value >= 0 && value <= 600_000) {
        return value;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(key + " must be a number of milliseconds between 0 and 600000, got '"
        + text + "'");
  }

  /** The file of a {@code jdbc:sqlite:} URL, or {@code null} for in-memory and URI forms. */
  private static Path sqliteFileOf(String url) {
    String rest = url.substring(SQLITE_PREFIX.length());
    int query = rest.indexOf('?');
    String path = query < 0 ? rest : rest.substring(0, query);
    if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
      return null;
    }
    return Path.of(path).toAbsolutePath().normalize();
  }

  /** {@code jdbc:postgresql://u:p@host/db?password=x} → {@code jdbc:postgresql://host/db}. */
  static String redact(String jdbcUrl) {
    String noQuery = jdbcUrl.split("[?;]", 2)[0];
    int scheme = noQuery.indexOf("//");
    if (scheme >= 0) {
      int at = noQuery.indexOf('@', scheme);
      int slash = noQuery.indexOf('/', scheme + 2);
      if (at >= 0 && (slash < 0 || at < slash)) {
        noQuery = noQuery.substring(0, scheme + 2) + noQuery.substring(at + 1);
      }
    }
    return "database " + noQuery;
  }

  @Override
  public String toString() {
    return label;
  }
}
