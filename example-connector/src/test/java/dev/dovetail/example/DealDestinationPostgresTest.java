package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DealDestination} against a real PostgreSQL ({@code jdbc.url}), in a schema of its own per test. */
class DealDestinationPostgresTest extends DealDestinationCases {
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
  String notNullViolationOfTitle() {
    return "null value in column \"title\" of relation \"deals\" violates not-null constraint";
  }

  @Override
  String checkViolationOfValue() {
    return "new row for relation \"deals\" violates check constraint \"deals_value_check\"";
  }

  @Test
  void columnsHaveTheirSqlTypes() throws Exception {
    ready();
    Map<String, String> types = new TreeMap<>();
    try (Connection c = connect(); ResultSet columns = c.getMetaData().getColumns(null, pg.schema(), "deals", null)) {
      while (columns.next()) {
        types.put(columns.getString("COLUMN_NAME"), columns.getString("TYPE_NAME"));
      }
    }
    assertThat(types).containsExactly("added_at", "text", "currency", "text", "deal_id", "int8",
        "expected_close_date", "text", "person_id", "int8", "stage", "text", "status", "text", "synced_at", "int8",
        "title", "text", "updated_at", "text", "value", "float8");
  }
}
