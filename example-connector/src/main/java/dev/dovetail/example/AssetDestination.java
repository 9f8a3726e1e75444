package dev.dovetail.example;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes DAM assets into the assets table of a SQL database (SQLite by default), one transaction per batch.
 *
 * <p>Upserts replace the row with the same {@code asset_id}; deletes remove it, and deleting an id that is not there
 * counts as success. Items are applied in batch order, so an upsert followed by a delete of the same id leaves no
 * row. A busy or locked database answers a retryable failure; a rejected row (for example a missing {@code name})
 * fails the whole batch without retries, and nothing of the batch is written.
 */
@Destination(name = "asset_sqlite", supportsDelete = true)
public class AssetDestination implements DestinationHandler<Asset> {
  private static final Logger log = LoggerFactory.getLogger(AssetDestination.class);

  private final Clock clock;
  /** The database last found ready (see {@link Database#cacheKey()}); ready() checks again when the settings change. */
  private volatile String readyFor;

  public AssetDestination() {
    this(Clock.systemUTC());
  }

  /** With the clock that stamps {@code synced_at}, for tests. */
  AssetDestination(Clock clock) {
    this.clock = clock;
  }

  /** Opens (or creates) the database and the assets table. Only a successful check is cached. */
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
    try (Connection connection = database.open()) {
      AssetTable.create(connection);
    } catch (SQLException e) {
      return ReadyResult.notReady(database.notUsable("cannot use " + database.label() + ": " + e.getMessage()));
    }
    readyFor = database.cacheKey();
    log.info("asset_sqlite ready: table {} in {}", AssetTable.NAME, database.label());
    return ReadyResult.ok();
  }

  @Override
  public DeliverResult deliver(Batch<Asset> batch) {
    Database database = Database.fromSettings();
    long syncedAt = clock.millis();
    String step = "connect to " + database.label();
    int upserts = 0;
    int deletes = 0;
    int deletedRows = 0;
    try (Connection connection = database.open()) {
      step = "prepare the statements on table " + AssetTable.NAME + " in " + database.label();
      connection.setAutoCommit(false);
      try (PreparedStatement upsert = connection.prepareStatement(AssetTable.UPSERT);
          PreparedStatement delete = connection.prepareStatement(AssetTable.DELETE)) {
        int index = 0;
        for (BatchItem<Asset> item : batch.items()) {
          index++;
          if (item instanceof BatchItem.Upsert<Asset> u) {
            step = "item " + index + " (upsert of asset_id=" + u.record().assetId() + ")";
            AssetTable.bindUpsert(upsert, u.record(), syncedAt);
            upsert.executeUpdate();
            upserts++;
          } else if (item instanceof BatchItem.Delete<Asset> d) {
            step = "item " + index + " (delete of asset_id=" + d.key().single() + ")";
            delete.setString(1, (String) d.key().single());
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
