package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;
import java.sql.Connection;
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

/**
 * What {@link AssetDestination} does on any database it supports: {@link AssetDestinationTest} runs these cases on a
 * SQLite file, {@link AssetDestinationPostgresTest} on PostgreSQL, each adding what only its database has.
 */
abstract class AssetDestinationCases {
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  AssetDestination destination;

  /** The settings that point the destination at this test's database. */
  abstract Map<String, String> settings();

  /** A connection to the database {@link #settings()} names. */
  abstract Connection connect() throws SQLException;

  /** What the database says when an asset has no name ({@code name} is NOT NULL). */
  abstract String notNullViolationOfName();

  /** What the database says when table assets is gone. */
  abstract String missingAssetsTable();

  @BeforeEach
  void createDestination() {
    Settings.install(settings());
    destination = new AssetDestination(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void clearSettings() {
    Settings.install(Map.of());
  }

  @Test
  void readyCreatesTheTable() throws Exception {
    ready();
    try (Connection c = connect(); ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), "assets", null)) {
      assertThat(tables.next()).isTrue();
    }
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
    assertThat(((Number) row.get("file_size")).longValue()).isEqualTo(1234L);
    assertThat(((Number) row.get("synced_at")).longValue()).isEqualTo(NOW.toEpochMilli());
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
    assertThat(result.failureReason()).contains(notNullViolationOfName());
    assertThat(find("a-1")).isEmpty();
    assertThat(find("kept").orElseThrow().name()).isEqualTo("before.jpg");
  }

  @Test
  void aMissingTableIsAPermanentFailure() throws Exception {
    ready();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE assets");
    }
    DeliverResult result = destination.deliver(TestData.batch(BatchItem.upsert(TestData.asset("a-1", "x.jpg"))));
    assertThat(result.retryable()).isFalse();
    assertThat(result.failureReason()).contains(missingAssetsTable());
  }

  // --- helpers

  void ready() {
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
  }

  static BatchItem<Asset> delete(String id) {
    return BatchItem.delete(new PrimaryKey(List.of("asset_id"), id));
  }

  Optional<Asset> find(String id) throws SQLException {
    try (Connection c = connect()) {
      return AssetTable.find(c, id);
    }
  }

  int count() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM assets")) {
      r.next();
      return r.getInt(1);
    }
  }

  Map<String, Object> row(String id) throws SQLException {
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
