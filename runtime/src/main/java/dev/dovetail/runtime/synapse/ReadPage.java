package dev.dovetail.runtime.synapse;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code @Read} method returns: one upstream page of records (ascending by watermark), ids deleted upstream,
 * and how to continue. Dovetail turns pages into the platform's watermark protocol: it fills replies to the
 * platform's minimum page size, counts offsets in records and carries {@link #nextCursor()} in the watermark.
 */
public final class ReadPage<T> {
  private final List<T> records;
  private final List<DeletedRecord> deleted;
  private final String nextCursor;

  private ReadPage(List<T> records, List<DeletedRecord> deleted, String nextCursor) {
    this.records = List.copyOf(records);
    this.deleted = List.copyOf(deleted);
    this.nextCursor = nextCursor;
  }

  /** The window has no more records after these. */
  public static <T> ReadPage<T> last(List<T> records) {
    return new ReadPage<>(records, List.of(), null);
  }

  /** More records follow; {@code nextCursor} (not null) is handed back in the next {@link ReadRequest}. */
  public static <T> ReadPage<T> more(List<T> records, String nextCursor) {
    if (nextCursor == null) {
      throw new IllegalArgumentException("a page with more records to come needs a cursor");
    }
    return new ReadPage<>(records, List.of(), nextCursor);
  }

  /** The same page also reporting records deleted upstream (sent as {@code deleted: true}). */
  public ReadPage<T> withDeleted(List<DeletedRecord> deletedRecords) {
    List<DeletedRecord> all = new ArrayList<>(deleted);
    all.addAll(deletedRecords);
    return new ReadPage<>(records, all, nextCursor);
  }

  public List<T> records() {
    return records;
  }

  public List<DeletedRecord> deleted() {
    return deleted;
  }

  /** The author's continuation, or {@code null} when the window is exhausted. */
  public String nextCursor() {
    return nextCursor;
  }

  public boolean hasMore() {
    return nextCursor != null;
  }

  /** A record deleted upstream: its id and when it was deleted (its watermark). */
  public record DeletedRecord(String id, java.time.Instant deletedAt) {}
}
