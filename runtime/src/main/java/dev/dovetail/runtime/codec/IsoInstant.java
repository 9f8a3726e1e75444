package dev.dovetail.runtime.codec;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()}'s text ({@code DateTimeFormatter.ISO_INSTANT}: {@code 2025-01-01T07:39:54.585Z},
 * seconds always, the fraction in groups of three digits only when not zero), written into a {@code char[]}.
 *
 * <p>Why not {@code toString()}: it formats through {@code DateTimeFormatter}, whose first use in a JVM initialises
 * the {@code java.time.format} machinery (about 45 classes and the standard formatters: a synapse's first READ reply
 * paid it), and per call it builds a {@code StringBuilder} and a {@code String}. Years 0000–9999 take the fast path
 * here; others (a sign, five or more digits) fall back to {@code toString()}.
 */
final class IsoInstant {
  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
  private static final long MIN_SECONDS = -62_167_219_200L;
  private static final long MAX_SECONDS = 253_402_300_799L;
  /** The longest text: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
  static final int MAX_LENGTH = 30;

  private IsoInstant() {}

  /** Whether {@link #format} handles {@code value}; otherwise use {@code value.toString()}. */
  static boolean fits(Instant value) {
    long seconds = value.getEpochSecond();
    return seconds >= MIN_SECONDS && seconds <= MAX_SECONDS;
  }

  /** Writes {@code value} (which {@link #fits}) into {@code out} from index 0; returns the length. */
  static int format(Instant value, char[] out) {
    long seconds = value.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(days);
    digits(out, 0, date.getYear(), 4);
    out[4] = '-';
    digits(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    digits(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    digits(out, 17, secondOfDay % 60, 2);
    int length = 19;
    int nanos = value.getNano();
    if (nanos > 0) {
      out[length++] = '.';
      if (nanos % 1_000_000 == 0) {
        digits(out, length, nanos / 1_000_000, 3);
        length += 3;
      } else if (nanos % 1000 == 0) {
        digits(out, length, nanos / 1000, 6);
        length += 6;
      } else {
        digits(out, length, nanos, 9);
        length += 9;
      }
    }
    out[length++] = 'Z';
    return length;
  }

  /** {@code value} (not negative) as exactly {@code count} decimal digits, zero-padded, at {@code offset}. */
  private static void digits(char[] out, int offset, int value, int count) {
    for (int i = offset + count - 1; i >= offset; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
