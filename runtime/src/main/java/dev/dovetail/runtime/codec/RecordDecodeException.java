package dev.dovetail.runtime.codec;

import java.io.IOException;

/**
 * A record whose JSON does not fit its schema: a value of the wrong type, a missing primary key, an unknown field
 * under {@link UnknownFields#REJECT}. Names the field path ({@code folder.folder_id}); the runner adds the record
 * index.
 */
public final class RecordDecodeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  public RecordDecodeException(String field, String problem) {
    super(field == null ? problem : "field '" + field + "': " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** Dotted path of the offending field, or {@code null} when the record as a whole is wrong. */
  public String field() {
    return field;
  }

  /** The problem without the field prefix. */
  public String problem() {
    return problem;
  }

  /** The same problem seen from the enclosing object: {@code folder_id} under {@code folder} → {@code folder.folder_id}. */
  public RecordDecodeException under(String parent) {
    RecordDecodeException nested = new RecordDecodeException(field == null ? parent : parent + "." + field, problem);
    nested.setStackTrace(getStackTrace());
    return nested;
  }
}
