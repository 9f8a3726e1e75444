package dev.dovetail.example;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A PostgreSQL schema of its own for each test, in the database {@code DOVETAIL_TEST_PG_URL} names (default
 * {@value #DEFAULT_URL}; {@code .ci/postgres} sets one up). Register it on an instance field for every test of a
 * class, or on one test method, which then takes it as a parameter:
 *
 * <pre>{@code
 * @RegisterExtension final PostgresDatabase pg = new PostgresDatabase();
 *
 * @Test @ExtendWith(PostgresDatabase.class) void writesToPostgres(PostgresDatabase pg) { ... }
 * }</pre>
 *
 * <p>Before each test it creates a fresh schema ({@code <test class>_<random hex>}); {@link #url()} names it as
 * {@code currentSchema}, so the tables a test creates land there and tests never see each other's rows, also when
 * several builds share the server. After the test the schema is dropped with everything in it.
 *
 * <p>When the server cannot be used (not running, login refused, no right to create a schema) the test is skipped
 * with the reason, or fails with it when {@code DOVETAIL_REQUIRE_PG} is set (as {@code .ci/run} does). The first
 * problem is remembered, so the other tests do not wait for the same connection timeout again.
 */
final class PostgresDatabase implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  static final String URL_VARIABLE = "DOVETAIL_TEST_PG_URL";
  static final String REQUIRE_VARIABLE = "DOVETAIL_REQUIRE_PG";
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/dovetail?user=dovetail&password=dovetail";
  private static final int CONNECT_TIMEOUT_SECONDS = 5;

  /** Why the server cannot be used, once a test found out; {@code null} while it can (or nobody tried yet). */
  private static volatile String unusable;

  private final String baseUrl = baseUrl();
  private String schema;

  @Override
  public void beforeEach(ExtensionContext context) {
    String problem = unusable;
    if (problem == null) {
      String name = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      String candidate = name.substring(0, Math.min(name.length(), 40)) + "_"
          + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
      try (Connection c = open(baseUrl); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + Database.quote(candidate));
        schema = candidate;
        return;
      } catch (SQLException e) {
        problem = "cannot create a test schema in " + Database.redact(baseUrl) + ": " + e.getMessage();
        unusable = problem;
      }
    }
    String howTo = "start one with .ci/postgres (export " + URL_VARIABLE + "=$(.ci/postgres)), or set " + URL_VARIABLE
        + " to a PostgreSQL database whose user may create schemas";
    if (required()) {
      fail(REQUIRE_VARIABLE + " is set, so PostgreSQL tests must run, but " + problem + "; " + howTo);
    }
    Assumptions.abort("PostgreSQL test skipped: " + problem + "; " + howTo + " (" + REQUIRE_VARIABLE
        + "=1 makes this a failure)");
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    if (schema == null) {
      return;
    }
    try (Connection c = open(baseUrl); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + Database.quote(schema) + " CASCADE");
    } finally {
      schema = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PostgresDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return this;
  }

  /** The JDBC URL of this test's schema, credentials included: what {@code jdbc.url} gets. */
  String url() {
    if (schema == null) {
      throw new IllegalStateException("no test schema: register PostgresDatabase with @RegisterExtension on an instance field");
    }
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The test's schema name. */
  String schema() {
    return schema;
  }

  /** A new connection to the test's schema; the caller closes it. */
  Connection connect() throws SQLException {
    return open(url());
  }

  private static Connection open(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    return DriverManager.getConnection(url, properties);
  }

  private static String baseUrl() {
    String url = System.getenv(URL_VARIABLE);
    return url == null || url.isBlank() ? DEFAULT_URL : url.trim();
  }

  private static boolean required() {
    String value = System.getenv(REQUIRE_VARIABLE);
    return value != null && !value.isBlank() && !value.equals("0");
  }
}
