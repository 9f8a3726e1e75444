package dev.dovetail.runtime.runner;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads JSON Lines: lines end with {@code \n} (an {@code \r} before it is dropped). Unlike
 * {@link java.io.BufferedReader#readLine()} it bounds the line length, so one runaway line cannot exhaust memory;
 * the rest of an overlong line is skipped and the line reported as such.
 *
 * <p>{@link #advance()} moves to the next line without allocating: the current line is a range of
 * {@link #chars()}, valid until the next call, and a {@code String} is made only when {@link #text()} asks for one.
 * A line that ends inside the read buffer is that range of the buffer; only a line that crosses a refill is copied.
 */
public final class LineReader {

  /** One line; {@code text} is {@code null} when the line was longer than the limit. */
  record Line(long number, String text) {
    public boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int end;
  private long number;

  /** The current line: {@code length} chars of {@code chars} from {@code offset}; {@code chars} is null when too long. */
  private char[] chars;
  private int offset;
  private int length;
  /** Lines that cross a buffer refill are copied here (grown as needed, up to the limit, and reused). */
  private char[] assembled = new char[0];

  public LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** The next line as a record, or {@code null} at the end of input; the runner uses {@link #advance()} instead. */
  Line next() throws IOException {
    return advance() ? new Line(number, tooLong() ? null : text()) : null;
  }

  /**
   * Moves to the next line; {@code false} at the end of input. The line's number, text or length are then read
   * with the accessors, until the next call.
   */
  public boolean advance() throws IOException {
    if (position == end && !fill()) {
      chars = null;
      return false;
    }
    int start = position;
    int limit = end;
    char[] buf = buffer;
    int i = start;
    while (i < limit && buf[i] != '\n') {
      i++;
    }
    if (i == limit) {
      return advanceAcrossRefills(start);
    }
    position = i + 1; // past the '\n'
    number++;
    int size = i - start;
    if (size > maxLength) {
      chars = null;
      return true;
    }
    if (size > 0 && buf[i - 1] == '\r') {
      size--;
    }
    chars = buf;
    offset = start;
    length = size;
    return true;
  }

  /** The rest of a line that does not end in the buffer, from {@code start} on: copied into {@link #assembled}. */
  private boolean advanceAcrossRefills(int start) throws IOException {
    int size = 0;
    boolean tooLong = false;
    position = start;
    while (true) {
      if (position == end && !fill()) {
        break; // the input ends the line
      }
      int from = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - from;
      if (!tooLong && size + chunk > maxLength) {
        tooLong = true;
      }
      if (!tooLong) {
        if (assembled.length < size + chunk) {
          assembled = Arrays.copyOf(assembled, Math.max(size + chunk, Math.min(maxLength, assembled.length * 2)));
        }
        System.arraycopy(buffer, from, assembled, size, chunk);
        size += chunk;
      }
      if (position < end) {
        position++; // the '\n'
        break;
      }
    }
    number++;
    if (tooLong) {
      chars = null;
      return true;
    }
    if (size > 0 && assembled[size - 1] == '\r') {
      size--;
    }
    chars = assembled;
    offset = 0;
    length = size;
    return true;
  }

  /** 1-based number of the current line. */
  public long number() {
    return number;
  }

  /** Whether the current line was longer than the limit (its text is then unknown). */
  public boolean tooLong() {
    return chars == null;
  }

  /** The chars holding the current line, from {@link #offset()} for {@link #length()}; {@code null} when too long. */
  char[] chars() {
    return chars;
  }

  int offset() {
    return offset;
  }

  int length() {
    return length;
  }

  /** Whether the current line is empty or only white space, as {@link String#isBlank()} says. */
  public boolean blank() {
    for (int i = offset, last = offset + length; i < last; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }

  /** The current line as a string. */
  public String text() {
    return new String(chars, offset, length);
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    position = 0;
    end = Math.max(read, 0);
    return read > 0;
  }
}
