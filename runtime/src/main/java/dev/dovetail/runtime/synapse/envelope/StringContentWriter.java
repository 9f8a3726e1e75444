package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharTypes;
import java.io.IOException;
import java.io.Writer;

/**
 * A {@link Writer} whose text goes into a JSON generator as the content of a string: escaped exactly as the
 * generator's {@code writeString} escapes (Jackson's standard escapes: {@code "}, {@code \} and control characters;
 * everything else as is), then written raw. This lets one element of a double-encoded list be written by its own
 * generator straight into the reply, with no {@code String} in between and no second pass over it.
 *
 * <p>The caller writes the quotes around the content. Not thread-safe; {@link #flush()} and {@link #close()} do
 * nothing, since the generator written to belongs to the caller.
 */
final class StringContentWriter extends Writer {
  /** Jackson's own table: 0 = as is, a positive code = backslash and that character, -1 = {@code \}{@code u00XX}. */
  private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Room for the longest escape, {@code \}{@code u00XX}, before the buffer is passed on. */
  private static final int LONGEST_ESCAPE = 6;

  private final JsonGenerator out;
  private final char[] buffer = new char[2048];

  StringContentWriter(JsonGenerator out) {
    this.out = out;
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    char[] buf = buffer;
    int limit = buf.length - LONGEST_ESCAPE;
    int n = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      if (n >= limit) {
        out.writeRaw(buf, 0, n);
        n = 0;
      }
      char c = text[i];
      int escape = c < ESCAPES.length ? ESCAPES[c] : 0;
      if (escape == 0) {
        buf[n++] = c;
      } else if (escape > 0) {
        buf[n++] = '\\';
        buf[n++] = (char) escape;
      } else {
        buf[n++] = '\\';
        buf[n++] = 'u';
        buf[n++] = '0';
        buf[n++] = '0';
        buf[n++] = HEX[c >> 4];
        buf[n++] = HEX[c & 0xF];
      }
    }
    if (n > 0) {
      out.writeRaw(buf, 0, n);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    char[] chars = new char[length];
    text.getChars(offset, offset + length, chars, 0);
    write(chars, 0, length);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
