package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AssetDestination} against a real SQLite file. */
class AssetDestinationTest {
  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  @TempDir Path dir;
  private Path db;
  private AssetDestination destination;

  @BeforeEach
  void setUp() {
    db = dir.resolve("assets.db");
    use(Map.of(Database.SQLITE_PATH, db.toString()));
    destination = new AssetDestination(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void clearSettings() {
    Settings.install(Map.of());
  }

  @Test
  void readyCreatesTheDatabaseAndTable() throws Exception {
    assertThat(Files.exists(db)).isFalse();
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
    assertThat(Files.exists(db)).isTrue();
    try (Connection c = connect(); ResultSet tables = c.getMetaData().getTables(null, null, "assets", null)) {
      assertThat(tables.next()).isTrue();
    }
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
  void upsertWritesEveryColumn() throws Exception {
    ready();
    Asset asset = TestData.asset("a-1", "hero.jpg");

    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(asset)))).isEqualTo(DeliverResult.ok());

    assertThat(find("a-1")).hasValue(asset.withSyncedAt(NOW));
    Map<String, Object> row = row("a-1");
    assertThat(row.get("tags")).isEqualTo("[\"test\",\"unit\"]");
    assertThat(row.get("folder_id")).isEqualTo("fld-1");
    assertThat(row.get("folder_path")).isEqualTo("/tests");
    assertThat(row.get("type")).isEqualTo("IMAGE");
  }

  @Test
  void upsertWithAbsentOptionalFieldsStoresNulls() throws Exception {
    ready();
    Asset minimal = new Asset("a-2", "brief.pdf", null, Asset.Type.DOCUMENT, null, 0, null, null, null, 0, null, null);

    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(minimal)))).isEqualTo(DeliverResult.ok());

    assertThat(find("a-2")).hasValue(minimal.withSyncedAt(NOW));
    Map<String, Object> row = row("a-2");
    assertThat(row.get("width")).isNull();
    assertThat(row.get("tags")).isNull();
    assertThat(row.get("folder_id")).isNull();
  }

  @Test
  void secondUpsertOfTheSameIdUpdatesTheRow() throws Exception {
    ready();
    destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "old.jpg"))));
    Asset updated = new Asset("a-1", "new.jpg", "Retouched", Asset.Type.IMAGE, List.of("retouched"), 99, 800, 600,
        "https://dam.example.com/a-1/new.jpg", 1_700_000_000_001L, new Asset.Folder("fld-2", "/final"), null);

    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(updated)))).isEqualTo(DeliverResult.ok());

    assertThat(find("a-1")).hasValue(updated.withSyncedAt(NOW));
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void deleteRemovesTheRowAndAMissingRowIsSuccess() throws Exception {
    ready();
    destination.deliver(TestData.batch(
        BatchItem.upsert(TestData.asset("a-1", "one.jpg")), BatchItem.upsert(TestData.asset("a-2", "two.jpg"))));

    DeliverResult result = destination.deliver(TestData.batch(delete("a-1"), delete("never-there")));

    assertThat(result).isEqualTo(DeliverResult.ok());
    assertThat(find("a-1")).isEmpty();
    assertThat(find("a-2")).isPresent();
    // Deleting again (a retried batch) changes nothing and still succeeds.
    assertThat(destination.deliver(TestData.batch(delete("a-1")))).isEqualTo(DeliverResult.ok());
  }

  @Test
  void itemsAreAppliedInBatchOrder() throws Exception {
    ready();
    DeliverResult result = destination.deliver(TestData.batch(
        BatchItem.upsert(TestData.asset("gone", "gone.jpg")),
        delete("gone"),
        delete("back"),
        BatchItem.upsert(TestData.asset("back", "back.jpg")),
        BatchItem.upsert(TestData.asset("twice", "first.jpg")),
        BatchItem.upsert(TestData.asset("twice", "second.jpg"))));

    assertThat(result).isEqualTo(DeliverResult.ok());
    assertThat(find("gone")).isEmpty();
    assertThat(find("back")).isPresent();
    assertThat(find("twice").orElseThrow().name()).isEqualTo("second.jpg");
  }

  @Test
  void aRejectedRowFailsTheWholeBatchWithoutRetryAndWritesNothing() throws Exception {
    ready();
    destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("kept", "before.jpg"))));
    Asset nameless = new Asset("a-3", null, null, null, null, 0, null, null, null, 0, null, null);

    DeliverResult result = destination.deliver(TestData.batch(
        BatchItem.upsert(TestData.asset("a-1", "one.jpg")),
        BatchItem.upsert(TestData.asset("kept", "after.jpg")),
        BatchItem.upsert(nameless)));

    assertThat(result.success()).isFalse();
    assertThat(result.retryable()).isFalse();
    assertThat(result.failureReason()).contains("item 3 (upsert of asset_id=a-3)");
    assertThat(result.failureReason()).contains("NOT NULL constraint failed: assets.name");
    assertThat(find("a-1")).isEmpty();
    assertThat(find("kept").orElseThrow().name()).isEqualTo("before.jpg");
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
  void aMissingTableIsAPermanentFailure() throws Exception {
    ready();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE assets");
    }
    DeliverResult result = destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "x.jpg"))));
    assertThat(result.retryable()).isFalse();
    assertThat(result.failureReason()).contains("no such table: assets");
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

  private void ready() {
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
  }

  private static void use(Map<String, String> settings) {
    Settings.install(settings);
  }

  private static BatchItem<Asset> delete(String id) {
    return BatchItem.delete(new PrimaryKey(List.of("asset_id"), id));
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  private Optional<Asset> find(String id) throws SQLException {
    try (Connection c = connect()) {
      return AssetTable.find(c, id);
    }
  }

  private int count() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM assets")) {
      r.next();
      return r.getInt(1);
    }
  }

  private Map<String, Object> row(String id) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM assets WHERE asset_id = '" + id + "'")) {
      assertThat(r.next()).isTrue();
      Map<String, Object> row = new HashMap<>();
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        row.put(r.getMetaData().getColumnName(i), r.getObject(i));
      }
      return row;
    }
  }
}
