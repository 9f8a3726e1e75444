package dev.dovetail.runtime.runner;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads JSON Lines: lines end with {@code \n} (an {@code \r} before it is dropped). Unlike
 * {@link java.io.BufferedReader#readLine()} it bounds the line length, so one runaway line cannot exhaust memory;
 * the rest of an overlong line is skipped and the line reported as such.
 */
final class LineReader {

  /** One line; {@code text} is {@code null} when the line was longer than the limit. */
  record Line(long number, String text) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int end;
  private long number;

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** The next line, or {@code null} at the end of input. */
  Line next() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    boolean readAny = false;
    while (true) {
      if (position == end && !fill()) {
        if (!readAny) {
          return null;
        }
        break;
      }
      readAny = true;
      int start = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      int length = position - start;
      if (!tooLong && line.length() + length > maxLength) {
        tooLong = true;
        line.setLength(0);
      }
      if (!tooLong) {
        line.append(buffer, start, length);
      }
      if (position < end) {
        position++; // the '\n'
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null);
    }
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      line.setLength(length - 1);
    }
    return new Line(number, line.toString());
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    position = 0;
    end = Math.max(read, 0);
    return read > 0;
  }
}
