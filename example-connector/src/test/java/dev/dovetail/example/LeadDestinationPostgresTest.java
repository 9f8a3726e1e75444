package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link LeadDestination} and {@link LeadSchemaFunction} against a real PostgreSQL, in a schema of its own per test:
 * the type names PostgreSQL reports ({@code int4}, {@code bool}, {@code bpchar}, ...) become OCP types, and the
 * dynamic upserts and deletes work as on SQLite.
 */
class LeadDestinationPostgresTest {
  @RegisterExtension final PostgresDatabase pg = new PostgresDatabase();

  @BeforeEach
  void useTheTestSchema() {
    Settings.install(Map.of(Database.JDBC_URL, pg.url()));
  }

  @AfterEach
  void clearSettings() {
    Settings.install(Map.of());
  }

  @Test
  void theDefaultTableGivesTheLeadSchema() throws Exception {
    assertThat(new LeadDestination().ready()).isEqualTo(ReadyResult.ok());

    SchemaDefinition schema = schema();

    assertThat(schema.fields().stream().map(f -> f.name() + ":" + f.type() + (f.primary() ? "*" : "")).toList())
        .containsExactly("email:string*", "first_name:string", "last_name:string", "company:string", "score:int",
            "opted_in:boolean", "last_seen_at:long").inOrder();
  }

  @Test
  void upsertsPartialUpdatesAndDeletes() throws Exception {
    LeadDestination destination = new LeadDestination();
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
    DynamicRecordCodec codec = DynamicRecordCodec.forSchema(schema(), UnknownFields.IGNORE);

    assertThat(destination.deliver(batch(codec,
        "{\"email\":\"ana@example.com\",\"first_name\":\"Ana\",\"company\":\"Northwind\",\"score\":70,\"opted_in\":true,\"last_seen_at\":1760000000000}",
        "{\"email\":\"ben@example.org\",\"first_name\":\"Ben\",\"score\":40}",
        "{\"email\":\"cy@example.net\",\"first_name\":\"Cy\"}"))).isEqualTo(DeliverResult.ok());
    assertThat(destination.deliver(batch(codec,
        "{\"email\":\"ana@example.com\",\"score\":91}",
        "{\"email\":\"cy@example.net\",\"_isDeleted\":true}",
        "{\"email\":\"nobody@example.com\",\"_isDeleted\":true}"))).isEqualTo(DeliverResult.ok());

    assertThat(rows("SELECT * FROM leads ORDER BY email")).containsExactly(
        "ana@example.com|Ana|null|Northwind|91|true|1760000000000",
        "ben@example.org|Ben|null|null|40|null|null").inOrder();
  }

  @Test
  void anExistingTableWithPostgresTypes() throws Exception {
    try (Connection c = pg.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE leads (email VARCHAR(200) PRIMARY KEY, country CHAR(2), lifetime_value REAL,"
          + " balance NUMERIC(12, 2), visits SMALLINT, photo BYTEA, signed_up DATE)");
    }
    LeadDestination destination = new LeadDestination();
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
    LeadTable.Discovery discovery;
    try (Connection c = pg.connect()) {
      discovery = LeadTable.discover(c);
    }
    assertThat(discovery.columns().stream().map(col -> col.name() + ":" + col.ocpType()).toList()).containsExactly(
        "email:string", "country:string", "lifetime_value:float", "balance:float", "visits:int").inOrder();
    assertThat(discovery.skipped()).containsExactly("photo bytea: SQL type bytea has no OCP type",
        "signed_up date: SQL type date has no OCP type");

    DynamicRecordCodec codec = DynamicRecordCodec.forSchema(schema(), UnknownFields.IGNORE);
    assertThat(destination.deliver(batch(codec,
        "{\"email\":\"kai@example.com\",\"country\":\"DE\",\"lifetime_value\":1520.5,\"balance\":10.25,\"visits\":3}")))
        .isEqualTo(DeliverResult.ok());
    assertThat(rows("SELECT email, country, lifetime_value, balance, visits FROM leads"))
        .containsExactly("kai@example.com|DE|1520.5|10.25|3");
  }

  @Test
  void aValueTheColumnCannotHoldFailsTheBatchWithoutRetry() throws Exception {
    try (Connection c = pg.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE leads (email TEXT PRIMARY KEY, country CHAR(2))");
    }
    LeadDestination destination = new LeadDestination();
    assertThat(destination.ready()).isEqualTo(ReadyResult.ok());
    DynamicRecordCodec codec = DynamicRecordCodec.forSchema(schema(), UnknownFields.IGNORE);

    DeliverResult result = destination.deliver(batch(codec,
        "{\"email\":\"ok@example.com\",\"country\":\"SE\"}", "{\"email\":\"x@example.com\",\"country\":\"Sweden\"}"));

    assertThat(result.success()).isFalse();
    assertThat(result.retryable()).isFalse();
    assertThat(result.failureReason()).contains("item 2 (upsert of {email=x@example.com})");
    assertThat(result.failureReason()).contains("value too long for type character(2)");
    assertThat(rows("SELECT email FROM leads")).isEmpty();
  }

  @Test
  void notReadyWhenTheTableHasNoPrimaryKey() throws Exception {
    try (Connection c = pg.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE leads (email TEXT, score INTEGER)");
    }
    ReadyResult ready = new LeadDestination().ready();

    assertThat(ready.ready()).isFalse();
    assertThat(ready.message()).endsWith("cannot hold leads: table leads has no primary key; OCP needs one to identify a"
        + " lead: declare one, e.g. email TEXT PRIMARY KEY");
  }

  private static SchemaDefinition schema() throws Exception {
    return new LeadSchemaFunction().getDestinationsSchema(new SchemaFunctionConfig("lead_sqlite"));
  }

  private static Batch<DynamicRecord> batch(DynamicRecordCodec codec, String... lines) {
    List<BatchItem<DynamicRecord>> items = new ArrayList<>();
    for (String line : lines) {
      items.add(TestData.decodeItem(codec, line));
    }
    return new Batch<>(items, 1, TestData.SYNC);
  }

  private List<String> rows(String query) throws SQLException {
    try (Connection c = pg.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          cells.add(String.valueOf(r.getObject(i)));
        }
        rows.add(String.join("|", cells));
      }
      return rows;
    }
  }
}
