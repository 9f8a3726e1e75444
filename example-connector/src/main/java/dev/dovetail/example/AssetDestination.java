package dev.dovetail.example;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes DAM assets into the assets table of a SQL database (SQLite by default), one transaction per batch.
 *
 * <p>Upserts replace the row with the same {@code asset_id}; deletes remove it, and deleting an id that is not there
 * counts as success. Items are applied in batch order, so an upsert followed by a delete of the same id leaves no
 * row. A busy or locked database answers a retryable failure; a rejected row (for example a missing {@code name})
 * fails the whole batch without retries, and nothing of the batch is written. The table is {@link AssetTable}; the
 * writing is {@link TableWriter}'s, shared with {@link DealDestination}.
 */
@Destination(name = "asset_sqlite", supportsDelete = true)
public class AssetDestination implements DestinationHandler<Asset> {
  private static final Logger log = LoggerFactory.getLogger(AssetDestination.class);

  private final TableWriter<Asset> writer;

  public AssetDestination() {
    this(Clock.systemUTC());
  }

  /** With the clock that stamps {@code synced_at}, for tests. */
  AssetDestination(Clock clock) {
    writer = new TableWriter<>("asset_sqlite", AssetTable.INSTANCE, clock, log);
  }

  /** Opens (or creates) the database and the assets table. Only a successful check is cached. */
  @Override
  public ReadyResult ready() {
    return writer.ready();
  }

  @Override
  public DeliverResult deliver(Batch<Asset> batch) {
    return writer.deliver(batch);
  }
}
