package dev.dovetail.runtime.sync.mapping;

/** How a source value is written into a destination field. */
public enum Conversion {
  /** As it is: the JSON value, scalar or structure, copied. */
  COPY,
  /** A scalar as text: numbers and booleans become strings ({@code 42} → {@code "42"}); strings stay. */
  TEXT,
  /** A whole number, also from a string holding one ({@code "42"} → {@code 42}); anything else fails the record. */
  INTEGER
}
