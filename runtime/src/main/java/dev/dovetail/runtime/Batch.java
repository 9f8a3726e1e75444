package dev.dovetail.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link DestinationHandler#deliver} receives: the items in source order, the delivery attempt of this batch
 * (1-based) and the data sync it belongs to.
 */
public final class Batch<T> {
  private final List<BatchItem<T>> items;
  private final int attempt;
  private final DataSync sync;

  public Batch(List<BatchItem<T>> items, int attempt, DataSync sync) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt is 1-based, got " + attempt);
    }
    this.items = List.copyOf(items);
    this.attempt = attempt;
    this.sync = sync;
  }

  /** All items, upserts and deletes interleaved in source order. */
  public List<BatchItem<T>> items() {
    return items;
  }

  /** 1 on first delivery, then 2, 3, 4 on retries. */
  public int attempt() {
    return attempt;
  }

  public DataSync sync() {
    return sync;
  }

  /** The records to create or update, in order. */
  public List<T> upserts() {
    List<T> out = new ArrayList<>(items.size());
    for (BatchItem<T> item : items) {
      if (item instanceof BatchItem.Upsert<T> upsert) {
        out.add(upsert.record());
      }
    }
    return out;
  }

  /** The primary keys to delete, in order. */
  public List<PrimaryKey> deletes() {
    List<PrimaryKey> out = new ArrayList<>();
    for (BatchItem<T> item : items) {
      if (item instanceof BatchItem.Delete<T> delete) {
        out.add(delete.key());
      }
    }
    return out;
  }

  /** The same items, delivered again. */
  Batch<T> nextAttempt() {
    return new Batch<>(items, attempt + 1, sync);
  }

  @Override
  public String toString() {
    return "Batch{items=" + items.size() + ", attempt=" + attempt + ", sync=" + sync + "}";
  }
}
