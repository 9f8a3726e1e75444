package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link AssetDestination} against a real PostgreSQL ({@code jdbc.url}), in a schema of its own per test: the shared
 * cases, and what only a server has (column types, lock waits, an unreachable server).
 */
class AssetDestinationPostgresTest extends AssetDestinationCases {
  @RegisterExtension final PostgresDatabase pg = new PostgresDatabase();

  @Override
  Map<String, String> settings() {
    return Map.of(Database.JDBC_URL, pg.url());
  }

  @Override
  Connection connect() throws SQLException {
    return pg.connect();
  }

  @Override
  String notNullViolationOfName() {
    return "null value in column \"name\" of relation \"assets\" violates not-null constraint";
  }

  @Override
  String missingAssetsTable() {
    return "relation \"assets\" does not exist";
  }

  @Test
  void readyNamesTheDatabaseWithoutCredentials() {
    ready();
    assertThat(Database.fromSettings().label()).startsWith("database jdbc:postgresql://");
    assertThat(Database.fromSettings().label()).doesNotContain("password");
  }

  @Test
  void columnsHaveTheirSqlTypes() throws Exception {
    ready();
    Map<String, String> types = new java.util.TreeMap<>();
    try (Connection c = connect(); ResultSet columns = c.getMetaData().getColumns(null, pg.schema(), "assets", null)) {
      while (columns.next()) {
        types.put(columns.getString("COLUMN_NAME"), columns.getString("TYPE_NAME"));
      }
    }
    assertThat(types).containsAtLeast("asset_id", "text", "type", "varchar", "file_size", "int8", "width", "int4",
        "created_at", "int8", "synced_at", "int8");
  }

  @Test
  void aLockedTableIsARetryableFailureAfterTheLockTimeout() throws Exception {
    ready();
    Settings.install(Map.of(Database.JDBC_URL, pg.url(), Database.LOCK_TIMEOUT_MS, "50"));
    try (Connection holder = connect(); Statement lock = holder.createStatement()) {
      holder.setAutoCommit(false);
      lock.execute("LOCK TABLE assets IN ACCESS EXCLUSIVE MODE");

      DeliverResult result = destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "x.jpg"))));

      assertThat(result.success()).isFalse();
      assertThat(result.retryable()).isTrue();
      assertThat(result.failureReason()).contains("canceling statement due to lock timeout");
      holder.rollback();
    }
    // Once the lock is gone, the retry goes through.
    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "x.jpg"))))).isEqualTo(DeliverResult.ok());
  }

  @Test
  void aServerThatCannotBeReachedIsRetryableAndNotReady() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Settings.install(Map.of(Database.JDBC_URL, "jdbc:postgresql://127.0.0.1:" + closedPort + "/dovetail?connectTimeout=2",
        Database.JDBC_USER, "dovetail", Database.JDBC_PASSWORD, "dovetail"));

    DeliverResult result = destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "x.jpg"))));
    ReadyResult ready = destination.ready();

    assertThat(result.retryable()).isTrue();
    assertThat(result.failureReason()).startsWith("connect to database jdbc:postgresql://127.0.0.1:" + closedPort + "/dovetail: ");
    assertThat(ready.ready()).isFalse();
    assertThat(ready.message()).contains("cannot use database jdbc:postgresql://127.0.0.1:" + closedPort + "/dovetail");
    assertThat(ready.message()).contains("or jdbc.url to a reachable database");
  }
}
