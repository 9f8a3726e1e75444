package dev.dovetail.runtime.codec;

/**
 * What a codec does with a JSON field its schema does not declare.
 *
 * <p>The default is {@link #IGNORE}: the OCP platform sends only mapped fields, but other producers (a source
 * emitting more than the destination maps, a newer schema) may add fields, and an extra field never makes a record
 * wrong. {@link #REJECT} is for tests and for authors who want a typo in a producer to fail loudly.
 */
public enum UnknownFields {
  /** Skip the field and its value (nested objects and arrays included). */
  IGNORE,
  /** Fail the record with a {@link RecordDecodeException} naming the field. */
  REJECT
}
