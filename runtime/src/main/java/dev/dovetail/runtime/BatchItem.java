package dev.dovetail.runtime;

/**
 * One item of a batch: either an upsert carrying a complete record, or a delete carrying only the primary key.
 * Use {@code instanceof BatchItem.Upsert<T> u} / {@code instanceof BatchItem.Delete<T> d} to tell them apart.
 */
public sealed interface BatchItem<T> permits BatchItem.Upsert, BatchItem.Delete {

  /** Create or update (the platform sends no separate create and update signals). */
  record Upsert<T>(T record) implements BatchItem<T> {}

  /** Delete by primary key: an item that arrived with {@code _isDeleted: true}. "Not found" counts as success. */
  record Delete<T>(PrimaryKey key) implements BatchItem<T> {}

  static <T> BatchItem<T> upsert(T record) {
    return new Upsert<>(record);
  }

  static <T> BatchItem<T> delete(PrimaryKey key) {
    return new Delete<>(key);
  }
}
