package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.DynamicRecordType;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaFunctionConfig;
import dev.dovetail.runtime.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LeadSchemaFunction}: the lead schema discovered from the columns of a real SQLite table. */
class LeadSchemaFunctionTest {
  private static final SchemaFunctionConfig CONFIG = new SchemaFunctionConfig("lead_sqlite");

  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void setUp() {
    db = dir.resolve("leads.db");
    Settings.install(Map.of(Database.SQLITE_PATH, db.toString()));
  }

  @AfterEach
  void clearSettings() {
    Settings.install(Map.of());
  }

  @Test
  void createsTheDefaultTableAndDescribesIt() throws Exception {
    SchemaDefinition schema = new LeadSchemaFunction().getDestinationsSchema(CONFIG);

    assertThat(schema.name()).isEqualTo("lead");
    assertThat(schema.displayName()).isEqualTo("Lead");
    assertThat(schema.customTypes()).isEmpty();
    assertThat(schema.fields()).containsExactly(
        new SchemaDefinition.Field("email", "Email", "Column email (TEXT) of table leads; identifies the lead", "string", true, null),
        new SchemaDefinition.Field("first_name", "First Name", "Column first_name (TEXT) of table leads", "string", false, null),
        new SchemaDefinition.Field("last_name", "Last Name", "Column last_name (TEXT) of table leads", "string", false, null),
        new SchemaDefinition.Field("company", "Company", "Column company (TEXT) of table leads", "string", false, null),
        new SchemaDefinition.Field("score", "Score", "Column score (INTEGER) of table leads", "int", false, null),
        new SchemaDefinition.Field("opted_in", "Opted In", "Column opted_in (BOOLEAN) of table leads", "boolean", false, null),
        new SchemaDefinition.Field("last_seen_at", "Last Seen At", "Column last_seen_at (BIGINT) of table leads", "long", false, null))
        .inOrder();
    // The runtime checks a schema function's answer with the OCP schema rules; this one passes.
    DynamicRecordType type = DynamicRecordType.of(schema);
    assertThat(type.primaryKey()).containsExactly("email");
  }

  @Test
  void discoversTheColumnsOfAnExistingTableAndSkipsUnusableOnes() throws Exception {
    execute("CREATE TABLE leads (tenant VARCHAR(20) NOT NULL, email VARCHAR(200) NOT NULL, region TEXT,"
        + " \"Nickname\" TEXT, photo BLOB, revenue NUMERIC(10,2), signed_up DATE, PRIMARY KEY (tenant, email))");

    SchemaDefinition schema = new LeadSchemaFunction().getDestinationsSchema(CONFIG);

    assertThat(schema.fields().stream().map(f -> f.name() + ":" + f.type() + (f.primary() ? "*" : "")).toList())
        .containsExactly("tenant:string*", "email:string*", "region:string", "revenue:float").inOrder();
    assertThat(DynamicRecordType.of(schema).primaryKey()).containsExactly("tenant", "email").inOrder();
    try (Connection c = connect()) {
      assertThat(LeadTable.discover(c).skipped()).containsExactly(
          "Nickname TEXT: the name is not a valid OCP field name ([a-z][a-z0-9_]{1,61})",
          "photo BLOB: SQL type BLOB has no OCP type",
          "signed_up DATE: SQL type DATE has no OCP type");
    }
  }

  @Test
  void aTableWithoutPrimaryKeyIsRefusedWithAHint() throws Exception {
    execute("CREATE TABLE leads (email TEXT, score INTEGER)");
    SQLException e = assertThrows(SQLException.class, () -> new LeadSchemaFunction().getDestinationsSchema(CONFIG));
    assertThat(e.getMessage()).contains("table leads has no primary key");
  }

  @Test
  void aPrimaryKeyColumnThatCannotBeAFieldIsRefused() throws Exception {
    execute("CREATE TABLE leads (\"LeadId\" TEXT PRIMARY KEY, email TEXT)");
    SQLException e = assertThrows(SQLException.class, () -> new LeadSchemaFunction().getDestinationsSchema(CONFIG));
    assertThat(e.getMessage()).contains("primary-key column LeadId of table leads cannot be a schema field");
  }

  @ParameterizedTest
  @CsvSource({
    "TEXT, string", "VARCHAR(255), string", "character varying, string", "CLOB, string", "nchar(3), string",
    "INTEGER, int", "int4, int", "SMALLINT, int", "serial, int",
    "BIGINT, long", "int8, long", "bigserial, long",
    "BOOLEAN, boolean", "bool, boolean",
    "REAL, float", "DOUBLE PRECISION, float", "float8, float", "'NUMERIC(10,2)', float", "decimal, float",
  })
  void mapsSqlTypesToOcpTypes(String sqlType, String ocpType) {
    assertThat(LeadTable.ocpType(sqlType)).isEqualTo(ocpType);
  }

  @Test
  void typesWithoutAFaithfulOcpTypeAreLeftOut() {
    for (String sqlType : List.of("BLOB", "bytea", "DATE", "TIMESTAMP", "uuid", "jsonb", "")) {
      assertThat(LeadTable.ocpType(sqlType)).isNull();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }
}
