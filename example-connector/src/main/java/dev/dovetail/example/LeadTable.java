package dev.dovetail.example;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code leads} table, whose columns are the lead schema: discovered through JDBC metadata (so any table an
 * operator created works), or created with {@link #CREATE_DEFAULT} when the table does not exist yet.
 */
public final class LeadTable {
  public static final String NAME = "leads";

  /** The table created when none exists. */
  static final String CREATE_DEFAULT = """
      CREATE TABLE IF NOT EXISTS leads (
        email        TEXT PRIMARY KEY,
        first_name   TEXT,
        last_name    TEXT,
        company      TEXT,
        score        INTEGER,
        opted_in     BOOLEAN,
        last_seen_at BIGINT
      )""";

  /**
   * One column usable as a schema field.
   *
   * @param name column name, which is also the field name
   * @param sqlType the declared SQL type, as the database reports it
   * @param ocpType the OCP field type it maps to
   * @param primary whether the column is part of the primary key
   */
  public record Column(String name, String sqlType, String ocpType, boolean primary) {}

  /**
   * What the table offers.
   *
   * @param columns the usable columns, in table order
   * @param skipped why each other column was left out ({@code "photo BLOB: no OCP type"})
   */
  public record Discovery(List<Column> columns, List<String> skipped) {
    /** The primary-key columns, in table order. */
    public List<Column> primaryKey() {
      return columns.stream().filter(Column::primary).toList();
    }
  }

  /** The table exists but cannot back a schema: no primary key, or a key column that cannot be a field. */
  public static final class UnusableTableException extends SQLException {
    private static final long serialVersionUID = 1L;

    UnusableTableException(String message) {
      super(message);
    }
  }

  private LeadTable() {}

  public static void createIfMissing(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_DEFAULT);
    }
  }

  /**
   * Reads the table's columns and primary key.
   *
   * @throws UnusableTableException when the table is missing, has no primary key, or a key column cannot be a field
   * @throws SQLException when the database cannot be read
   */
  public static Discovery discover(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String schema = connection.getSchema();
    Map<Integer, String> keyColumns = new TreeMap<>();
    try (ResultSet keys = metaData.getPrimaryKeys(connection.getCatalog(), schema, NAME)) {
      while (keys.next()) {
        keyColumns.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME"));
      }
    }
    List<Column> columns = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try (ResultSet rows = metaData.getColumns(connection.getCatalog(), schema, NAME, null)) {
      while (rows.next()) {
        String name = rows.getString("COLUMN_NAME");
        String sqlType = rows.getString("TYPE_NAME");
        boolean primary = keyColumns.containsValue(name);
        String ocpType = ocpType(sqlType);
        String problem = !Database.isPlainIdentifier(name) ? "the name is not a valid OCP field name ([a-z][a-z0-9_]{1,61})"
            : ocpType == null ? "SQL type " + sqlType + " has no OCP type" : null;
        if (problem == null) {
          columns.add(new Column(name, sqlType, ocpType, primary));
        } else if (primary) {
          throw new UnusableTableException("primary-key column " + name + " of table " + NAME + " cannot be a schema field: " + problem);
        } else {
          skipped.add(name + " " + sqlType + ": " + problem);
        }
      }
    }
    if (columns.isEmpty() && skipped.isEmpty()) {
      throw new UnusableTableException("table " + NAME + " does not exist or has no columns");
    }
    if (keyColumns.isEmpty()) {
      throw new UnusableTableException("table " + NAME + " has no primary key; OCP needs one to identify a lead: declare one, e.g."
          + " email TEXT PRIMARY KEY");
    }
    return new Discovery(List.copyOf(columns), List.copyOf(skipped));
  }

  /**
   * The OCP type of a SQL column type, by its name (SQLite keeps the declared name; PostgreSQL reports names such as
   * {@code int4}, {@code bool}, {@code float8}): {@code null} for types without a faithful OCP type (BLOB, DATE,
   * TIMESTAMP, UUID, JSON, ...).
   */
  static String ocpType(String sqlType) {
    if (sqlType == null || sqlType.isBlank()) {
      return null;
    }
    String type = sqlType.toUpperCase(Locale.ROOT).replaceAll("\\(.*", "").trim();
    if (type.startsWith("BOOL")) {
      return "boolean";
    }
    if (type.equals("BIGINT") || type.equals("INT8") || type.equals("BIGSERIAL") || type.equals("SERIAL8")) {
      return "long";
    }
    if (type.contains("INT") || type.contains("SERIAL")) {
      return "int";
    }
    if (type.startsWith("REAL") || type.startsWith("FLOA") || type.startsWith("DOUB") || type.startsWith("NUMERIC")
        || type.startsWith("DECIMAL")) {
      return "float";
    }
    if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB")) {
      return "string";
    }
    return null;
  }

  /** {@code first_name} → "First Name". */
  static String displayName(String column) {
    StringBuilder out = new StringBuilder();
    for (String word : column.split("_+")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }
}
