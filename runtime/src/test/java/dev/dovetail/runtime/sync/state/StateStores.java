package dev.dovetail.runtime.sync.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The state stores the tests run against: an SQLite file, and PostgreSQL when a server is reachable at
 * {@code DOVETAIL_TEST_PG_URL} (default: the loopback database {@code .ci/postgres} creates). Without a server the
 * PostgreSQL cases are skipped with the reason, unless {@code DOVETAIL_REQUIRE_PG} is set (CI): then they fail.
 */
final class StateStores {
  static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/dovetail?user=dovetail&password=dovetail";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  /** PostgreSQL schemas made by {@link #url}, dropped by {@link #dropSchemas}. */
  private static final List<String> MADE = new java.util.concurrent.CopyOnWriteArrayList<>();

  private StateStores() {}

  static List<String> kinds() {
    return List.of("sqlite", "postgresql");
  }

  /** A fresh, empty store of {@code kind}; for PostgreSQL a new schema. */
  static String url(String kind, Path dir) throws SQLException {
    if (kind.equals("sqlite")) {
      return "jdbc:sqlite:" + dir.resolve("state-" + SCHEMAS.incrementAndGet() + ".db");
    }
    String base = System.getenv().getOrDefault("DOVETAIL_TEST_PG_URL", DEFAULT_PG_URL);
    String schema = "state_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if (System.getenv("DOVETAIL_REQUIRE_PG") != null) {
        throw new SQLException("DOVETAIL_REQUIRE_PG is set but PostgreSQL at " + JdbcUrls.redact(base)
            + " cannot be used: " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL at " + JdbcUrls.redact(base) + " (" + e.getMessage()
          + "); run .ci/postgres and set DOVETAIL_TEST_PG_URL to test the PostgreSQL state store");
    }
    MADE.add(schema);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the PostgreSQL schemas the tests made (after all of a class's tests). */
  static void dropSchemas() throws SQLException {
    if (MADE.isEmpty()) {
      return;
    }
    String base = System.getenv().getOrDefault("DOVETAIL_TEST_PG_URL", DEFAULT_PG_URL);
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      for (String schema : MADE) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    MADE.clear();
  }

}
