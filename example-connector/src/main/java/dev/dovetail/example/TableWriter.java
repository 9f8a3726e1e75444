package dev.dovetail.example;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.ReadyResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;

/**
 * What the static-schema destinations of this connector share: readiness (the configured {@link Database} opens and
 * holds the table) and delivery of a batch into one {@link KeyedTable}, in batch order and in one transaction.
 *
 * <p>Upserts replace the row with the same key; deletes remove it, and deleting a key that is not there counts as
 * success. A busy or locked database, a lost connection, a deadlock answer a retryable failure; a row the database
 * (or the table's binding) rejects fails the whole batch without retries, and nothing of the batch is written. See
 * {@link SqlErrors}.
 *
 * @param <T> the destination's record type
 */
final class TableWriter<T> {
  private final String destination;
  private final KeyedTable<T> table;
  private final Clock clock;
  private final Logger log;
  /** The database last found ready (see {@link Database#cacheKey()}); ready() checks again when the settings change. */
  private volatile String readyFor;

  /**
   * @param destination the destination name, for log lines
   * @param clock stamps {@code synced_at}
   * @param log the destination's logger, so its lines name the destination class
   */
  TableWriter(String destination, KeyedTable<T> table, Clock clock, Logger log) {
    this.destination = destination;
    this.table = table;
    this.clock = clock;
    this.log = log;
  }

  /** Opens (or creates) the database and the table. Only a successful check is cached. */
  ReadyResult ready() {
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
    try (Connection connection = database.open()) {
      table.createIfMissing(connection);
    } catch (SQLException e) {
      return ReadyResult.notReady(database.notUsable("cannot use " + database.label() + ": " + e.getMessage()));
    }
    readyFor = database.cacheKey();
    log.info("{} ready: table {} in {}", destination, table.name(), database.label());
    return ReadyResult.ok();
  }

  /** Applies the batch's upserts and deletes in order, in one transaction. */
  DeliverResult deliver(Batch<T> batch) {
    Database database = Database.fromSettings();
    long syncedAt = clock.millis();
    String step = "connect to " + database.label();
    int upserts = 0;
    int deletes = 0;
    int deletedRows = 0;
    try (Connection connection = database.open()) {
      step = "prepare the statements on table " + table.name() + " in " + database.label();
      connection.setAutoCommit(false);
      try (PreparedStatement upsert = connection.prepareStatement(table.upsertSql());
          PreparedStatement delete = connection.prepareStatement(table.deleteSql())) {
        int index = 0;
        for (BatchItem<T> item : batch.items()) {
          index++;
          if (item instanceof BatchItem.Upsert<T> u) {
            step = "item " + index + " (upsert of " + table.keyColumn() + "=" + table.keyOf(u.record()) + ")";
            table.bindUpsert(upsert, u.record(), syncedAt);
            upsert.executeUpdate();
            upserts++;
          } else if (item instanceof BatchItem.Delete<T> d) {
            step = "item " + index + " (delete of " + table.keyColumn() + "=" + d.key().single() + ")";
            table.bindDelete(delete, d.key().single());
            deletedRows += delete.executeUpdate();
            deletes++;
          }
        }
        step = "commit";
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      DeliverResult result = SqlErrors.resultOf(e, step);
      log.warn("sync {} ({}) attempt {}: batch of {} items not written ({} failure): {}", batch.sync().id(), batch.sync().name(),
          batch.attempt(), batch.items().size(), result.retryable() ? "retryable" : "not retryable", result.failureReason());
      return result;
    }
    log.debug("sync {} ({}) attempt {}: {} upserts, {} deletes ({} rows removed) committed to {}", batch.sync().id(),
        batch.sync().name(), batch.attempt(), upserts, deletes, deletedRows, database.label());
    return DeliverResult.ok();
  }

  /** Undoes the batch's writes; a failing rollback is attached to the original problem, which is what gets reported. */
  static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
