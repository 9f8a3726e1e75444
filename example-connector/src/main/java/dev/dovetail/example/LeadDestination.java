package dev.dovetail.example;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.ReadyResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upserts leads into the leads table, whatever columns it has: the schema is discovered at run time by
 * LeadSchemaFunction.
 *
 * <p>Only the fields a record carries are written, so a sync that maps just {@code email} and {@code score} updates
 * those two columns and leaves the others as they are. Every field name is checked against the table's current
 * columns before it reaches SQL, and identifiers are quoted only after that check: SQL is never built from unchecked
 * input. One transaction per batch; deletes by primary key, a missing row counts as success.
 */
@Destination(name = "lead_sqlite", schemaFunction = LeadSchemaFunction.class, supportsDelete = true)
public class LeadDestination implements DestinationHandler<DynamicRecord> {
  private static final Logger log = LoggerFactory.getLogger(LeadDestination.class);

  private volatile String readyFor;

  @Override
  public ReadyResult ready() {
    Database database;
    try {
      database = Database.fromSettings();
    } catch (IllegalArgumentException e) {
      return ReadyResult.notReady(e.getMessage());
    }
    if (database.cacheKey().equals(readyFor)) {
      return ReadyResult.ok();
    }
    String problem = database.fileProblem();
    if (problem != null) {
      return ReadyResult.notReady(database.notUsable(problem));
    }
    LeadTable.Discovery discovery;
    try (Connection connection = database.open()) {
      LeadTable.createIfMissing(connection);
      discovery = LeadTable.discover(connection);
    } catch (LeadTable.UnusableTableException e) {
      return ReadyResult.notReady("table " + LeadTable.NAME + " in " + database.label() + " cannot hold leads: "
          + e.getMessage());
    } catch (SQLException e) {
      return ReadyResult.notReady(database.notUsable("cannot use " + database.label() + ": " + e.getMessage()));
    }
    readyFor = database.cacheKey();
    log.info("lead_sqlite ready: table {} in {} with columns {}", LeadTable.NAME, database.label(),
        discovery.columns().stream().map(LeadTable.Column::name).collect(Collectors.joining(", ")));
    return ReadyResult.ok();
  }

  @Override
  public DeliverResult deliver(Batch<DynamicRecord> batch) {
    Database database = Database.fromSettings();
    String step = "connect to " + database.label();
    try (Connection connection = database.open()) {
      connection.setAutoCommit(false);
      Map<String, PreparedStatement> statements = new HashMap<>();
      try {
        step = "read the columns of table " + LeadTable.NAME;
        Statements sql = new Statements(LeadTable.discover(connection));
        int index = 0;
        for (BatchItem<DynamicRecord> item : batch.items()) {
          index++;
          if (item instanceof BatchItem.Upsert<DynamicRecord> u) {
            step = "item " + index + " (upsert of " + sql.keyOf(u.record()) + ")";
            upsert(connection, statements, sql, u.record());
          } else if (item instanceof BatchItem.Delete<DynamicRecord> d) {
            step = "item " + index + " (delete of " + d.key() + ")";
            delete(connection, statements, sql, d.key());
          }
        }
        step = "commit";
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        TableWriter.rollback(connection, e);
        throw e;
      } finally {
        for (PreparedStatement statement : statements.values()) {
          statement.close();
        }
      }
    } catch (SQLException e) {
      return logged(batch, SqlErrors.resultOf(e, step));
    } catch (InvalidFieldException e) {
      return logged(batch, DeliverResult.fail(step + ": " + e.getMessage()));
    }
    log.debug("sync {} ({}) attempt {}: {} items committed to table {}", batch.sync().id(), batch.sync().name(),
        batch.attempt(), batch.items().size(), LeadTable.NAME);
    return DeliverResult.ok();
  }

  private static void upsert(Connection connection, Map<String, PreparedStatement> statements, Statements sql,
      DynamicRecord lead) throws SQLException {
    List<String> fields = new ArrayList<>();
    for (String field : lead.type().fieldNames()) {
      if (lead.has(field)) {
        fields.add(field);
      }
    }
    String text = sql.upsert(fields);
    PreparedStatement statement = statements.get(text);
    if (statement == null) {
      statement = connection.prepareStatement(text);
      statements.put(text, statement);
    }
    for (int i = 0; i < fields.size(); i++) {
      bind(statement, i + 1, fields.get(i), lead.get(fields.get(i)));
    }
    statement.executeUpdate();
  }

  private static void delete(Connection connection, Map<String, PreparedStatement> statements, Statements sql,
      PrimaryKey key) throws SQLException {
    String text = sql.delete(key.fields());
    PreparedStatement statement = statements.get(text);
    if (statement == null) {
      statement = connection.prepareStatement(text);
      statements.put(text, statement);
    }
    for (int i = 0; i < key.size(); i++) {
      bind(statement, i + 1, key.fields().get(i), key.value(i));
    }
    statement.executeUpdate();
  }

  /** Scalars only: the schema function never declares arrays or custom types. */
  private static void bind(PreparedStatement statement, int index, String field, Object value) throws SQLException {
    if (value instanceof String s) {
      statement.setString(index, s);
    } else if (value instanceof Long l) {
      statement.setLong(index, l);
    } else if (value instanceof Integer i) {
      statement.setInt(index, i);
    } else if (value instanceof Double d) {
      statement.setDouble(index, d);
    } else if (value instanceof Boolean b) {
      statement.setBoolean(index, b);
    } else {
      throw new InvalidFieldException("field " + field + " holds " + (value == null ? "null" : value.getClass().getSimpleName())
          + ", which no column of table " + LeadTable.NAME + " can store");
    }
  }

  private DeliverResult logged(Batch<DynamicRecord> batch, DeliverResult result) {
    log.warn("sync {} ({}) attempt {}: batch of {} items not written ({} failure): {}", batch.sync().id(), batch.sync().name(),
        batch.attempt(), batch.items().size(), result.retryable() ? "retryable" : "not retryable", result.failureReason());
    return result;
  }

  /** A record field the table cannot take: the batch fails without retries (sending it again changes nothing). */
  static final class InvalidFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidFieldException(String message) {
      super(message);
    }
  }

  /**
   * SQL text for the table's current columns. Field names are accepted only when they name a discovered column (whose
   * name passed the plain-identifier check), and are quoted before they are put into SQL.
   */
  static final class Statements {
    private final Map<String, LeadTable.Column> columns = new HashMap<>();
    private final List<String> keyColumns;

    Statements(LeadTable.Discovery discovery) {
      for (LeadTable.Column column : discovery.columns()) {
        columns.put(column.name(), column);
      }
      keyColumns = discovery.primaryKey().stream().map(LeadTable.Column::name).toList();
    }

    /** {@code INSERT ... ON CONFLICT (<key>) DO UPDATE SET} the given non-key fields ({@code DO NOTHING} when none). */
    String upsert(List<String> fields) {
      checkColumns(fields);
      if (!fields.containsAll(keyColumns)) {
        throw new InvalidFieldException("a lead needs every primary-key field " + keyColumns + ", got " + fields);
      }
      String names = fields.stream().map(Database::quote).collect(Collectors.joining(", "));
      String values = fields.stream().map(f -> "?").collect(Collectors.joining(", "));
      String key = keyColumns.stream().map(Database::quote).collect(Collectors.joining(", "));
      List<String> updates = fields.stream().filter(f -> !keyColumns.contains(f))
          .map(f -> Database.quote(f) + " = excluded." + Database.quote(f)).toList();
      return "INSERT INTO " + Database.quote(LeadTable.NAME) + " (" + names + ") VALUES (" + values + ") ON CONFLICT ("
          + key + ") " + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", updates));
    }

    /** {@code DELETE FROM leads WHERE <key> = ?}: the key fields must be exactly the table's primary key. */
    String delete(List<String> keyFields) {
      checkColumns(keyFields);
      if (!keyFields.equals(keyColumns)) {
        throw new InvalidFieldException("a delete names the key " + keyFields + " but table " + LeadTable.NAME
            + " is keyed by " + keyColumns);
      }
      return "DELETE FROM " + Database.quote(LeadTable.NAME) + " WHERE "
          + keyFields.stream().map(f -> Database.quote(f) + " = ?").collect(Collectors.joining(" AND "));
    }

    /** {@code {email=a@b.c}} for messages. */
    String keyOf(DynamicRecord lead) {
      return keyColumns.stream().map(k -> k + "=" + (lead.type().hasField(k) ? lead.get(k) : null))
          .collect(Collectors.joining(", ", "{", "}"));
    }

    private void checkColumns(List<String> fields) {
      for (String field : fields) {
        if (!columns.containsKey(field)) {
          throw new InvalidFieldException("field '" + field + "' is not a column of table " + LeadTable.NAME
              + " (columns: " + String.join(", ", columns.keySet().stream().sorted().toList()) + ")");
        }
      }
    }
  }
}
