package dev.dovetail.example;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code deals} table and the statements {@link DealDestination} runs on it; the SQL runs on SQLite 3.24+ and
 * PostgreSQL.
 *
 * <p>One row per deal, keyed by {@code deal_id}. {@code title} is {@code NOT NULL} and {@code value} may not be
 * negative (as in the CRM): the database rejects such a row, which fails its batch. Dates and times are ISO-8601 text,
 * so both databases hold the same values: {@code expected_close_date} as {@code YYYY-MM-DD}, {@code updated_at} and
 * {@code added_at} as UTC instants ({@code 2025-06-02T09:23:00Z}; an offset such as {@code +02:00} is converted).
 * They are checked before writing: text that is not such a date fails the batch the same way. {@code synced_at} is
 * when this connector last wrote the row, in epoch milliseconds.
 */
public final class DealTable implements KeyedTable<DealRow> {
  public static final String NAME = "deals";

  static final DealTable INSTANCE = new DealTable();

  static final String CREATE = """
      CREATE TABLE IF NOT EXISTS deals (
        deal_id             BIGINT PRIMARY KEY,
        title               TEXT NOT NULL,
        value               DOUBLE PRECISION CHECK (value >= 0),
        currency            TEXT,
        stage               TEXT,
        status              TEXT,
        person_id           BIGINT,
        expected_close_date TEXT,
        updated_at          TEXT,
        added_at            TEXT,
        synced_at           BIGINT NOT NULL
      )""";

  private static final String COLUMNS =
      "deal_id, title, value, currency, stage, status, person_id, expected_close_date, updated_at, added_at, synced_at";

  static final String UPSERT = "INSERT INTO deals (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT (deal_id) DO UPDATE SET title = excluded.title, value = excluded.value,"
      + " currency = excluded.currency, stage = excluded.stage, status = excluded.status,"
      + " person_id = excluded.person_id, expected_close_date = excluded.expected_close_date,"
      + " updated_at = excluded.updated_at, added_at = excluded.added_at, synced_at = excluded.synced_at";

  static final String DELETE = "DELETE FROM deals WHERE deal_id = ?";

  private static final String FIND = "SELECT " + COLUMNS + " FROM deals WHERE deal_id = ?";

  /** SQLSTATE 22007, invalid datetime format: what a database says of such a value. */
  private static final String INVALID_DATETIME = "22007";

  private DealTable() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String keyColumn() {
    return "deal_id";
  }

  @Override
  public void createIfMissing(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
    }
  }

  @Override
  public String upsertSql() {
    return UPSERT;
  }

  @Override
  public String deleteSql() {
    return DELETE;
  }

  @Override
  public Object keyOf(DealRow deal) {
    return deal.dealId();
  }

  /** Every column is written, so an upsert replaces the whole row; dates are checked first. */
  @Override
  public void bindUpsert(PreparedStatement upsert, DealRow deal, long syncedAtMillis) throws SQLException {
    upsert.setLong(1, deal.dealId());
    upsert.setString(2, deal.title());
    if (deal.value() == null) {
      upsert.setNull(3, Types.DOUBLE);
    } else {
      upsert.setDouble(3, deal.value());
    }
    upsert.setString(4, deal.currency());
    upsert.setString(5, deal.stage());
    upsert.setString(6, deal.status());
    if (deal.personId() == null) {
      upsert.setNull(7, Types.BIGINT);
    } else {
      upsert.setLong(7, deal.personId());
    }
    upsert.setString(8, isoDate("expected_close_date", deal.expectedCloseDate()));
    upsert.setString(9, utcInstant("updated_at", deal.updatedAt()));
    upsert.setString(10, utcInstant("added_at", deal.addedAt()));
    upsert.setLong(11, syncedAtMillis);
  }

  @Override
  public void bindDelete(PreparedStatement delete, Object dealId) throws SQLException {
    if (!(dealId instanceof Number number)) {
      throw new SQLDataException("deal_id must be a number, got '" + dealId + "'", "22018");
    }
    delete.setLong(1, number.longValue());
  }

  /** The stored deal, or empty. */
  public static Optional<DealRow> find(Connection connection, long dealId) throws SQLException {
    try (PreparedStatement find = connection.prepareStatement(FIND)) {
      find.setLong(1, dealId);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        double value = row.getDouble("value");
        Double boxedValue = row.wasNull() ? null : value;
        long personId = row.getLong("person_id");
        Long boxedPersonId = row.wasNull() ? null : personId;
        return Optional.of(new DealRow(row.getLong("deal_id"), row.getString("title"), boxedValue,
            row.getString("currency"), row.getString("stage"), row.getString("status"), boxedPersonId,
            row.getString("expected_close_date"), row.getString("updated_at"), row.getString("added_at")));
      }
    }
  }

  /** {@code text} when it is an ISO date ({@code YYYY-MM-DD}); {@code null} stays {@code null}. */
  static String isoDate(String field, String text) throws SQLDataException {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text).toString();
    } catch (DateTimeParseException e) {
      throw new SQLDataException(field + " '" + text + "' is not an ISO date (YYYY-MM-DD, e.g. 2025-08-03)",
          INVALID_DATETIME, e);
    }
  }

  /** {@code text} as a UTC instant ({@code 2025-06-02T09:23:00Z}) when it is an ISO-8601 instant; {@code null} stays. */
  static String utcInstant(String field, String text) throws SQLDataException {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text).toString();
    } catch (DateTimeParseException e) {
      throw new SQLDataException(field + " '" + text + "' is not an ISO-8601 instant (e.g. 2025-06-02T09:23:00Z)",
          INVALID_DATETIME, e);
    }
  }
}
