package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AssetDestination} against a real SQLite file: the shared cases, and what only a SQLite file has. */
class AssetDestinationTest extends AssetDestinationCases {
  @TempDir Path dir;
  private Path db;

  @Override
  Map<String, String> settings() {
    db = dir.resolve("assets.db");
    return Map.of(Database.SQLITE_PATH, db.toString());
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  @Override
  String notNullViolationOfName() {
    return "NOT NULL constraint failed: assets.name";
  }

  @Override
  String missingAssetsTable() {
    return "no such table: assets";
  }

  @Test
  void readyCreatesTheDatabaseFile() throws Exception {
    assertThat(Files.exists(db)).isFalse();
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
    assertThat(Files.exists(db)).isTrue();
  }

  @Test
  void readyCachesSuccessAndChecksAgainWhenTheSettingChanges() throws Exception {
    assertThat(destination.ready().ready()).isTrue();
    // Same settings: answered from the cache, so it does not notice (or recreate) the deleted file.
    Files.delete(db);
    assertThat(destination.ready().ready()).isTrue();
    assertThat(Files.exists(db)).isFalse();

    Path elsewhere = dir.resolve("other.db");
    use(Map.of(Database.SQLITE_PATH, elsewhere.toString()));
    assertThat(destination.ready().ready()).isTrue();
    assertThat(Files.exists(elsewhere)).isTrue(); // checked, and created, for the new path
  }

  @Test
  void notReadyWhenThePathCannotBeCreated() throws Exception {
    Path file = Files.writeString(dir.resolve("plain-file"), "not a folder");
    Path impossible = file.resolve("x.db");
    use(Map.of(Database.SQLITE_PATH, impossible.toString()));

    ReadyResult ready = destination.ready();

    assertThat(ready.ready()).isFalse();
    assertThat(ready.message()).contains(impossible.toString());
    assertThat(ready.message()).contains("does not exist");
    assertThat(ready.message()).contains("--set sqlite.path=");
    // Not cached: fixing the setting makes it ready.
    use(Map.of(Database.SQLITE_PATH, db.toString()));
    assertThat(destination.ready().ready()).isTrue();
  }

  @Test
  void notReadyWhenThePathIsADirectoryOrTheTimeoutIsBad() {
    use(Map.of(Database.SQLITE_PATH, dir.toString()));
    assertThat(destination.ready().message()).contains("is a directory");

    use(Map.of(Database.SQLITE_PATH, db.toString(), Database.BUSY_TIMEOUT_MS, "soon"));
    ReadyResult ready = destination.ready();
    assertThat(ready.ready()).isFalse();
    assertThat(ready.message()).contains("sqlite.busy_timeout_ms must be a number of milliseconds");
  }

  @Test
  void jdbcUrlWinsOverThePath() throws Exception {
    Path viaUrl = dir.resolve("via-url.db");
    use(Map.of(Database.JDBC_URL, "jdbc:sqlite:" + viaUrl, Database.SQLITE_PATH, db.toString()));
    assertThat(destination.ready().ready()).isTrue();
    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "x.png"))))).isEqualTo(DeliverResult.ok());
    assertThat(Files.exists(viaUrl)).isTrue();
    assertThat(Files.exists(db)).isFalse();
  }

  @Test
  void aLockedDatabaseIsARetryableFailure() throws Exception {
    ready();
    use(Map.of(Database.SQLITE_PATH, db.toString(), Database.BUSY_TIMEOUT_MS, "50"));
    try (Connection holder = connect(); Statement lock = holder.createStatement()) {
      lock.execute("BEGIN EXCLUSIVE");

      DeliverResult result = destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "x.jpg"))));

      assertThat(result.success()).isFalse();
      assertThat(result.retryable()).isTrue();
      assertThat(result.failureReason()).contains("SQLITE_BUSY");
      lock.execute("ROLLBACK");
    }
    // Once the lock is gone, the retry goes through.
    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "x.jpg"))))).isEqualTo(DeliverResult.ok());
  }

  @Test
  void transientSqlStatesAreRetried() {
    assertThat(SqlErrors.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
    assertThat(SqlErrors.isTransient(new SQLException("connection reset", "08006"))).isTrue();
    assertThat(SqlErrors.isTransient(new java.sql.SQLTransientConnectionException("pool exhausted"))).isTrue();
    assertThat(SqlErrors.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(SqlErrors.isTransient(new SQLException("value too long", "22001"))).isFalse();
    assertThat(SqlErrors.resultOf(new SQLException("deadlock detected", "40P01"), "commit"))
        .isEqualTo(DeliverResult.retry("commit: deadlock detected"));
  }

  @Test
  void urlsAreShownWithoutCredentials() {
    assertThat(Database.redact("jdbc:postgresql://app:s3cret@db.internal:5432/dam?password=s3cret&ssl=true"))
        .isEqualTo("database jdbc:postgresql://db.internal:5432/dam");
    use(Map.of(Database.JDBC_URL, "jdbc:postgresql://db.internal/dam?user=app&password=s3cret",
        Database.JDBC_PASSWORD, "s3cret"));
    assertThat(Database.fromSettings().label()).doesNotContain("s3cret");
  }

  private static void use(Map<String, String> settings) {
    Settings.install(settings);
  }
}
