package dev.dovetail.runtime.synapse.envelope;

/**
 * Where a read continues inside its window, carried in {@code watermark.cursor}: the author's own cursor
 * ({@code null} = the window's start) and how many records from there were already returned ({@code skip}).
 *
 * <p>On the wire the cursor is the author's cursor unchanged whenever {@code skip} is 0, which is the normal case. A
 * skip only arises when a reply had to stop inside an upstream page (the cycle's {@code limit} was reached); it is then
 * written as {@code dovetail:skip=<n>} (from the window's start) or {@code dovetail:skip=<n>;<author cursor>}. An
 * author cursor that itself starts with {@code dovetail:skip=} is always written in the long form, so reading back is
 * unambiguous.
 */
record ReadCursor(String upstream, int skip) {
  static final String PREFIX = "dovetail:skip=";
  static final ReadCursor START = new ReadCursor(null, 0);

  ReadCursor {
    if (skip < 0) {
      throw new IllegalArgumentException("skip must not be negative: " + skip);
    }
  }

  /** The position a watermark names: its cursor, else {@code offset} records from the window's start. */
  static ReadCursor of(Watermark watermark) throws RequestFailure {
    return watermark.cursor() != null ? parse(watermark.cursor()) : new ReadCursor(null, watermark.offsetOrZero());
  }

  static ReadCursor parse(String wire) throws RequestFailure {
    if (wire == null) {
      return START;
    }
    if (!wire.startsWith(PREFIX)) {
      return new ReadCursor(wire, 0);
    }
    int semicolon = wire.indexOf(';', PREFIX.length());
    String count = semicolon < 0 ? wire.substring(PREFIX.length()) : wire.substring(PREFIX.length(), semicolon);
    int skip;
    try {
      skip = Integer.parseInt(count);
    } catch (NumberFormatException e) {
      skip = -1;
    }
    if (skip < 0) {
      throw RequestFailure.invalid("body.watermark.cursor is not a cursor this synapse returned");
    }
    return new ReadCursor(semicolon < 0 ? null : wire.substring(semicolon + 1), skip);
  }

  /** The wire form; {@code null} for the window's start. */
  String encode() {
    boolean plain = skip == 0 && (upstream == null || !upstream.startsWith(PREFIX));
    if (plain) {
      return upstream;
    }
    return PREFIX + skip + (upstream == null ? "" : ";" + upstream);
  }
}
