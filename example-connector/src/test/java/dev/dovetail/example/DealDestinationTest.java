package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DealDestination} against a real SQLite file, with records decoded by the generated {@code DealRowCodec}. */
class DealDestinationTest extends DealDestinationCases {
  @TempDir Path dir;
  private Path db;

  @Override
  Map<String, String> settings() {
    db = dir.resolve("deals.db");
    return Map.of(Database.SQLITE_PATH, db.toString());
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  @Override
  String notNullViolationOfTitle() {
    return "NOT NULL constraint failed: deals.title";
  }

  @Override
  String checkViolationOfValue() {
    return "CHECK constraint failed: value >= 0";
  }

  @Test
  void recordsAsASyncSendsThem() throws Exception {
    ready();
    // What a sync from the demo_crm synapse's deals writes: the CRM's values under this schema's field names.
    List<BatchItem<DealRow>> items = List.of(
        TestData.decodeItem(DealRowCodec.INSTANCE, "{\"deal_id\":3,\"title\":\"API access for Tailspin Toys\","
            + "\"value\":19690.93,\"currency\":\"GBP\",\"stage\":\"QUALIFIED\",\"status\":\"OPEN\",\"person_id\":23,"
            + "\"expected_close_date\":\"2025-08-03\",\"updated_at\":\"2025-06-02T09:23:00Z\",\"added_at\":\"2025-06-02T08:14:00Z\"}"),
        TestData.decodeItem(DealRowCodec.INSTANCE, "{\"deal_id\":4,\"title\":\"Training days\",\"value\":1200}"),
        TestData.decodeItem(DealRowCodec.INSTANCE, "{\"deal_id\":\"4\",\"_isDeleted\":true}"));

    assertThat(destination.deliver(new Batch<>(items, 1, TestData.SYNC))).isEqualTo(DeliverResult.ok());

    assertThat(find(3)).hasValue(deal(3, "API access for Tailspin Toys"));
    assertThat(find(4)).isEmpty();
  }
}
