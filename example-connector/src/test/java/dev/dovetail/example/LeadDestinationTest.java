package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaFunctionConfig;
import dev.dovetail.runtime.Settings;
import dev.dovetail.runtime.codec.DynamicRecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LeadDestination} against a real SQLite file, with records decoded by the runtime's dynamic codec. */
class LeadDestinationTest {
  @TempDir Path dir;
  private Path db;
  private LeadDestination destination;
  private DynamicRecordCodec codec;

  @BeforeEach
  void setUp() throws Exception {
    db = dir.resolve("leads.db");
    Settings.install(Map.of(Database.SQLITE_PATH, db.toString()));
    destination = new LeadDestination();
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
    codec = codecFor(new LeadSchemaFunction().getDestinationsSchema(new SchemaFunctionConfig("lead_sqlite")));
  }

  @AfterEach
  void clearSettings() {
    Settings.install(Map.of());
  }

  @Test
  void upsertsInsertsAndPartialUpdatesKeepUnmappedColumns() throws Exception {
    DeliverResult first = destination.deliver(batch(
        "{\"email\":\"ana@example.com\",\"first_name\":\"Ana\",\"company\":\"Northwind\",\"score\":70,\"opted_in\":true,\"last_seen_at\":1760000000000}",
        "{\"email\":\"ben@example.org\",\"first_name\":\"Ben\",\"score\":40}"));
    assertThat(first).isEqualTo(DeliverResult.ok());

    // Only email and score mapped: the other columns keep their values.
    assertThat(destination.deliver(batch("{\"email\":\"ana@example.com\",\"score\":91}"))).isEqualTo(DeliverResult.ok());

    assertThat(rows()).containsExactly(
        "ana@example.com|Ana|null|Northwind|91|1|1760000000000",
        "ben@example.org|Ben|null|null|40|null|null");
  }

  @Test
  void aRecordWithOnlyItsKeyCreatesTheRowAndChangesNothingElse() throws Exception {
    destination.deliver(batch("{\"email\":\"ana@example.com\",\"first_name\":\"Ana\"}"));
    assertThat(destination.deliver(batch("{\"email\":\"ana@example.com\"}", "{\"email\":\"new@example.com\"}")))
        .isEqualTo(DeliverResult.ok());
    assertThat(rows()).containsExactly(
        "ana@example.com|Ana|null|null|null|null|null", "new@example.com|null|null|null|null|null|null");
  }

  @Test
  void deletesByKeyInOrderAndAMissingRowIsSuccess() throws Exception {
    DeliverResult result = destination.deliver(batch(
        "{\"email\":\"ana@example.com\",\"first_name\":\"Ana\"}",
        "{\"email\":\"ben@example.org\",\"first_name\":\"Ben\"}",
        "{\"email\":\"ana@example.com\",\"_isDeleted\":true}",
        "{\"email\":\"nobody@example.com\",\"_isDeleted\":true}"));

    assertThat(result).isEqualTo(DeliverResult.ok());
    assertThat(rows()).containsExactly("ben@example.org|Ben|null|null|null|null|null");
  }

  @Test
  void aFieldThatIsNotAColumnFailsTheBatchWithoutTouchingSql() throws Exception {
    // A schema that claims a column the table does not have (e.g. the table changed after the schema was read).
    SchemaDefinition stale = new SchemaDefinition("lead", "Lead", "Stale schema", List.of(
        SchemaDefinition.Field.primary("email", "Email", "Key", "string"),
        SchemaDefinition.Field.of("nickname", "Nickname", "Gone", "string")), List.of());
    DynamicRecordCodec staleCodec = codecFor(stale);

    DeliverResult result = destination.deliver(new Batch<>(List.of(
        TestData.decodeItem(codec, "{\"email\":\"ok@example.com\"}"),
        TestData.decodeItem(staleCodec, "{\"email\":\"x@example.com\",\"nickname\":\"X\"}")), 1, TestData.SYNC));

    assertThat(result.success()).isFalse();
    assertThat(result.retryable()).isFalse();
    assertThat(result.failureReason()).contains("item 2 (upsert of {email=x@example.com})");
    assertThat(result.failureReason()).contains("field 'nickname' is not a column of table leads");
    assertThat(rows()).isEmpty(); // item 1 was rolled back with the batch
  }

  @Test
  void sqlIsBuiltOnlyFromCheckedQuotedIdentifiers() throws Exception {
    LeadDestination.Statements sql;
    try (Connection c = connect()) {
      sql = new LeadDestination.Statements(LeadTable.discover(c));
    }
    assertThat(sql.upsert(List.of("email", "score")))
        .isEqualTo("INSERT INTO \"leads\" (\"email\", \"score\") VALUES (?, ?) ON CONFLICT (\"email\") DO UPDATE SET"
            + " \"score\" = excluded.\"score\"");
    assertThat(sql.delete(List.of("email"))).isEqualTo("DELETE FROM \"leads\" WHERE \"email\" = ?");
    assertThrows(LeadDestination.InvalidFieldException.class, () -> sql.upsert(List.of("email", "score\" = 0; --")));
    assertThrows(LeadDestination.InvalidFieldException.class, () -> sql.upsert(List.of("score")));
    assertThrows(IllegalArgumentException.class, () -> Database.quote("x\"; DROP TABLE leads; --"));
  }

  @Test
  void aTableAddedColumnIsPickedUpByANewSchema() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE leads ADD COLUMN country TEXT");
    }
    DynamicRecordCodec fresh = codecFor(new LeadSchemaFunction().getDestinationsSchema(new SchemaFunctionConfig("lead_sqlite")));
    assertThat(fresh.type().fieldNames()).contains("country");

    DeliverResult result = destination.deliver(new Batch<>(
        List.of(TestData.decodeItem(fresh, "{\"email\":\"eva@example.se\",\"country\":\"SE\"}")), 1, TestData.SYNC));

    assertThat(result).isEqualTo(DeliverResult.ok());
    assertThat(rows()).containsExactly("eva@example.se|null|null|null|null|null|null|SE");
  }

  @Test
  void notReadyWhenTheFolderIsMissing() {
    Settings.install(Map.of(Database.SQLITE_PATH, dir.resolve("missing/leads.db").toString()));
    ReadyResult ready = new LeadDestination().ready();
    assertThat(ready.ready()).isFalse();
    assertThat(ready.message()).contains("folder " + dir.resolve("missing") + " does not exist");
    assertThat(Files.exists(dir.resolve("missing"))).isFalse();
  }

  @Test
  void notReadyWhenTheTableHasNoPrimaryKey() throws Exception {
    Path other = dir.resolve("no-key.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE leads (email TEXT, score INTEGER)");
    }
    Settings.install(Map.of(Database.SQLITE_PATH, other.toString()));

    ReadyResult ready = new LeadDestination().ready();

    assertThat(ready.ready()).isFalse();
    assertThat(ready.message()).isEqualTo("table leads in SQLite database " + other + " cannot hold leads: table leads has"
        + " no primary key; OCP needs one to identify a lead: declare one, e.g. email TEXT PRIMARY KEY");
  }

  private Batch<DynamicRecord> batch(String... lines) {
    List<BatchItem<DynamicRecord>> items = new ArrayList<>();
    for (String line : lines) {
      items.add(TestData.decodeItem(codec, line));
    }
    return new Batch<>(items, 1, TestData.SYNC);
  }

  private static DynamicRecordCodec codecFor(SchemaDefinition schema) throws Exception {
    return DynamicRecordCodec.forSchema(schema, UnknownFields.IGNORE);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  /** Each row as {@code col|col|...} in column order, sorted by key. */
  private List<String> rows() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM leads ORDER BY email")) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.put(r.getMetaData().getColumnName(i), r.getObject(i));
        }
        rows.add(String.join("|", row.values().stream().map(String::valueOf).toList()));
      }
      return rows;
    }
  }
}
