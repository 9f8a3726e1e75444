package dev.dovetail.example;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A table keyed by one column that a static-schema destination fills, one row per record: how to create it, and the
 * statements (and their bindings) for one upsert and one delete. {@link TableWriter} runs them, one transaction per
 * batch. The SQL must run on SQLite 3.24+ and PostgreSQL: {@code INSERT ... ON CONFLICT (key) DO UPDATE}.
 *
 * @param <T> the destination's record type
 */
interface KeyedTable<T> {
  /** The table name, for messages. */
  String name();

  /** The key column, for messages ({@code upsert of deal_id=7}). */
  String keyColumn();

  /** Creates the table when it does not exist yet. */
  void createIfMissing(Connection connection) throws SQLException;

  /** The upsert statement: one row, replaced as a whole when the key exists. */
  String upsertSql();

  /** The delete statement, one {@code ?} for the key; deleting a missing key changes nothing. */
  String deleteSql();

  /** The key of a record, for messages. */
  Object keyOf(T record);

  /**
   * Binds every column of {@code record} to {@link #upsertSql()}. A value the table cannot hold is a
   * {@link java.sql.SQLDataException}: like a constraint the database enforces, it fails the batch for good.
   *
   * @param syncedAtMillis when the batch is written, in epoch milliseconds: the same for every row of a batch
   */
  void bindUpsert(PreparedStatement upsert, T record, long syncedAtMillis) throws SQLException;

  /** Binds a delete's key value (the decoded value of the schema's one primary field) to {@link #deleteSql()}. */
  void bindDelete(PreparedStatement delete, Object key) throws SQLException;
}
