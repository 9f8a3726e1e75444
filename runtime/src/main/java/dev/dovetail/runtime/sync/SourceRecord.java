package dev.dovetail.runtime.sync;

/**
 * One record as the source gave it.
 *
 * @param json the record's JSON text (a Syncari Record, or a JSON Lines line); {@code null} for a line too long to keep
 * @param id the end-system id (synapse records), or {@code null}
 * @param lastModified its watermark in epoch ms (synapse records), or {@code null}
 * @param line its line number (file records), or 0
 * @param problem why the record cannot be used at all (e.g. a line over the length limit), or {@code null}
 */
public record SourceRecord(String json, String id, Long lastModified, long line, String problem) {

  /** Where the record came from, for messages: {@code line 12} or {@code record 4711}. */
  String label() {
    return line > 0 ? "line " + line : "record " + (id != null ? id : "(no id)");
  }
}
