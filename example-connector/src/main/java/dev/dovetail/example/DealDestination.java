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
 * Writes CRM deals into the deals table of a SQL database (SQLite by default), one transaction per batch.
 *
 * <p>The same database as the other destinations ({@code sqlite.path}, or {@code jdbc.url} for PostgreSQL; see
 * {@link Database}). Upserts replace the row with the same {@code deal_id}; deletes remove it, and deleting a deal
 * that is not there counts as success. A busy or locked database, or a lost connection, answers a retryable failure;
 * a deal the table rejects (no title, a negative value, a date that is not ISO-8601) fails the whole batch without
 * retries, and nothing of the batch is written. The table is {@link DealTable}; the writing is {@link TableWriter}'s.
 */
@Destination(name = "deal_sql", supportsDelete = true)
public class DealDestination implements DestinationHandler<DealRow> {
  private static final Logger log = LoggerFactory.getLogger(DealDestination.class);

  private final TableWriter<DealRow> writer;

  public DealDestination() {
    this(Clock.systemUTC());
  }

  /** With the clock that stamps {@code synced_at}, for tests. */
  DealDestination(Clock clock) {
    writer = new TableWriter<>("deal_sql", DealTable.INSTANCE, clock, log);
  }

  /** Opens (or creates) the database and the deals table. Only a successful check is cached. */
  @Override
  public ReadyResult ready() {
    return writer.ready();
  }

  @Override
  public DeliverResult deliver(Batch<DealRow> batch) {
    return writer.deliver(batch);
  }
}
