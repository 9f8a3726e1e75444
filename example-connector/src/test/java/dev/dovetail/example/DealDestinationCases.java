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
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link DealDestination} does on any database it supports: {@link DealDestinationTest} runs these cases on a
 * SQLite file, {@link DealDestinationPostgresTest} on PostgreSQL.
 */
abstract class DealDestinationCases {
  static final Instant NOW = Instant.parse("2025-06-05T10:00:00Z");

  DealDestination destination;

  /** The settings that point the destination at this test's database. */
  abstract Map<String, String> settings();

  /** A connection to the database {@link #settings()} names. */
  abstract Connection connect() throws SQLException;

  /** What the database says when a deal has no title ({@code title} is NOT NULL). */
  abstract String notNullViolationOfTitle();

  /** What the database says when a deal's value is negative ({@code CHECK (value >= 0)}). */
  abstract String checkViolationOfValue();

  @BeforeEach
  void createDestination() {
    Settings.install(settings());
    destination = new DealDestination(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void clearSettings() {
    Settings.install(Map.of());
  }

  @Test
  void readyCreatesTheDealsTableBesideTheAssets() throws Exception {
    ready();
    assertThat(new AssetDestination().ready()).isEqualTo(ReadyResult.ok());
    try (Connection c = connect()) {
      for (String table : List.of("deals", "assets")) {
        try (ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), table, null)) {
          assertThat(tables.next()).isTrue();
        }
      }
    }
  }

  @Test
  void upsertWritesEveryColumn() throws Exception {
    ready();
    DealRow deal = deal(7, "API access for Tailspin Toys");

    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(deal)))).isEqualTo(DeliverResult.ok());

    assertThat(find(7)).hasValue(deal);
    assertThat(syncedAt(7)).isEqualTo(NOW.toEpochMilli());
  }

  @Test
  void absentFieldsAreStoredAsNulls() throws Exception {
    ready();
    DealRow bare = new DealRow(8, "Support renewal", null, null, null, null, null, null, null, null);

    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(bare)))).isEqualTo(DeliverResult.ok());

    assertThat(find(8)).hasValue(bare);
  }

  @Test
  void instantsAreStoredInUtc() throws Exception {
    ready();
    DealRow withOffset = new DealRow(9, "Training days", 0.0, "EUR", "QUALIFIED", "OPEN", null, null,
        "2025-06-02T11:23:00+02:00", "2025-06-02T10:14:00.500Z");

    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(withOffset)))).isEqualTo(DeliverResult.ok());

    DealRow stored = find(9).orElseThrow();
    assertThat(stored.updatedAt()).isEqualTo("2025-06-02T09:23:00Z");
    assertThat(stored.addedAt()).isEqualTo("2025-06-02T10:14:00.500Z");
  }

  @Test
  void secondUpsertOfTheSameIdUpdatesTheRow() throws Exception {
    ready();
    destination.deliver(TestData.batch(BatchItem.upsert(deal(7, "API access"))));
    DealRow won = new DealRow(7, "API access, three years", 52_000.0, "USD", "NEGOTIATIONS_STARTED", "WON", 4L,
        "2025-09-30", "2025-06-04T16:48:00Z", "2025-06-02T08:14:00Z");

    assertThat(destination.deliver(TestData.batch(BatchItem.upsert(won)))).isEqualTo(DeliverResult.ok());

    assertThat(find(7)).hasValue(won);
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void deleteRemovesTheRowAndAMissingRowIsSuccess() throws Exception {
    ready();
    destination.deliver(TestData.batch(BatchItem.upsert(deal(1, "one")), BatchItem.upsert(deal(2, "two"))));

    DeliverResult result = destination.deliver(TestData.batch(delete(1), delete(404)));

    assertThat(result).isEqualTo(DeliverResult.ok());
    assertThat(find(1)).isEmpty();
    assertThat(find(2)).isPresent();
    // Deleting again (a retried batch) changes nothing and still succeeds.
    assertThat(destination.deliver(TestData.batch(delete(1)))).isEqualTo(DeliverResult.ok());
  }

  @Test
  void itemsAreAppliedInBatchOrder() throws Exception {
    ready();
    DeliverResult result = destination.deliver(TestData.batch(
        BatchItem.upsert(deal(1, "gone")),
        delete(1),
        delete(2),
        BatchItem.upsert(deal(2, "back")),
        BatchItem.upsert(deal(3, "first")),
        BatchItem.upsert(deal(3, "second"))));

    assertThat(result).isEqualTo(DeliverResult.ok());
    assertThat(find(1)).isEmpty();
    assertThat(find(2)).isPresent();
    assertThat(find(3).orElseThrow().title()).isEqualTo("second");
  }

  @Test
  void aDealWithoutTitleFailsTheWholeBatchWithoutRetry() throws Exception {
    ready();
    destination.deliver(TestData.batch(BatchItem.upsert(deal(5, "before"))));
    DealRow untitled = new DealRow(6, null, 10.0, "EUR", null, null, null, null, null, null);

    DeliverResult result = destination.deliver(TestData.batch(
        BatchItem.upsert(deal(4, "new")), BatchItem.upsert(deal(5, "after")), BatchItem.upsert(untitled)));

    assertThat(result.success()).isFalse();
    assertThat(result.retryable()).isFalse();
    assertThat(result.failureReason()).contains("item 3 (upsert of deal_id=6)");
    assertThat(result.failureReason()).contains(notNullViolationOfTitle());
    assertThat(find(4)).isEmpty();
    assertThat(find(5).orElseThrow().title()).isEqualTo("before");
  }

  @Test
  void aNegativeValueIsRejectedByTheTable() throws Exception {
    ready();
    DealRow negative = new DealRow(6, "Refund", -5.0, "EUR", null, null, null, null, null, null);

    DeliverResult result = destination.deliver(TestData.batch(BatchItem.upsert(deal(4, "new")), BatchItem.upsert(negative)));

    assertThat(result.retryable()).isFalse();
    assertThat(result.failureReason()).contains("item 2 (upsert of deal_id=6)");
    assertThat(result.failureReason()).contains(checkViolationOfValue());
    assertThat(count()).isEqualTo(0);
  }

  @Test
  void aDateThatIsNotIsoFailsTheBatchWithoutRetry() throws Exception {
    ready();
    DealRow badDate = new DealRow(6, "Data migration", 10.0, "EUR", null, null, null, "31/08/2025", null, null);
    DealRow badInstant = new DealRow(7, "Data migration", 10.0, "EUR", null, null, null, null, "yesterday", null);

    DeliverResult date = destination.deliver(TestData.batch(BatchItem.upsert(deal(4, "new")), BatchItem.upsert(badDate)));
    DeliverResult instant = destination.deliver(TestData.batch(BatchItem.upsert(badInstant)));

    assertThat(date).isEqualTo(DeliverResult.fail("item 2 (upsert of deal_id=6): expected_close_date '31/08/2025' is not"
        + " an ISO date (YYYY-MM-DD, e.g. 2025-08-03)"));
    assertThat(instant).isEqualTo(DeliverResult.fail("item 1 (upsert of deal_id=7): updated_at 'yesterday' is not an"
        + " ISO-8601 instant (e.g. 2025-06-02T09:23:00Z)"));
    assertThat(count()).isEqualTo(0);
  }

  // --- helpers

  /** A deal with every field set, as the demo CRM's deal 3 looks. */
  static DealRow deal(long id, String title) {
    return new DealRow(id, title, 19_690.93, "GBP", "QUALIFIED", "OPEN", 23L, "2025-08-03", "2025-06-02T09:23:00Z",
        "2025-06-02T08:14:00Z");
  }

  void ready() {
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
  }

  static BatchItem<DealRow> delete(long id) {
    return BatchItem.delete(new PrimaryKey(List.of("deal_id"), id));
  }

  Optional<DealRow> find(long id) throws SQLException {
    try (Connection c = connect()) {
      return DealTable.find(c, id);
    }
  }

  long syncedAt(long id) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT synced_at FROM deals WHERE deal_id = " + id)) {
      assertThat(r.next()).isTrue();
      return r.getLong(1);
    }
  }

  int count() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM deals")) {
      r.next();
      return r.getInt(1);
    }
  }
}
