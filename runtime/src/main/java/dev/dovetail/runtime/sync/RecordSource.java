package dev.dovetail.runtime.sync;

import dev.dovetail.runtime.sync.mapping.RecordMapper;
import java.util.List;

/**
 * Where a sync reads records, a page at a time, and how far it got: {@link #position()} is the checkpoint after
 * every record passed to {@link #advance}, so a run that starts from it reads the records after those (and, at
 * most, records that share the last one's watermark and are not known as delivered).
 */
public interface RecordSource extends AutoCloseable {

  /** The next page, or {@code null} at the end of the source. */
  List<SourceRecord> nextPage() throws SourceException, InterruptedException;

  /** The record is settled (delivered, dead-lettered or skipped) or about to be, in source order. */
  void advance(SourceRecord record);

  /** The checkpoint (JSON text) after the records advanced so far; {@code null} when nothing can be resumed. */
  String position();

  /** Shape of {@link SourceRecord#json()}. */
  RecordMapper.Shape shape();

  /** READ calls repeated after retriable errors (0 for files). */
  int retries();

  @Override
  default void close() {}

  /** The source cannot be read further; what it gave so far is good. */
  final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean retriable;

    public SourceException(String message) {
      this(message, false);
    }

    /** @param retriable whether reading again later, from the same position, may succeed (quota, outage) */
    public SourceException(String message, boolean retriable) {
      super(message, null, false, false);
      this.retriable = retriable;
    }

    public boolean retriable() {
      return retriable;
    }
  }
}
