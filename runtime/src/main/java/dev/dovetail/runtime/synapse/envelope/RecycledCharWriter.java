package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} into one {@code char} array borrowed from Jackson's buffer recycler (one per thread) and given back
 * when done, grown if it had to: after a thread's first large reply, the next ones of that size are written without
 * allocating, and the text is copied once, into the {@code String}. (Jackson's {@code SegmentedStringWriter} allocates
 * new segments for all but the first few KB, then copies them twice; a {@code StringWriter} is a synchronized
 * {@code StringBuffer} that copies each time it doubles.)
 */
final class RecycledCharWriter extends Writer {
  /** The buffer's slot in the recycler (Jackson's parsers and string writers use it between their own calls). */
  private static final int SLOT = BufferRecycler.CHAR_TEXT_BUFFER;

  /** A buffer larger than this (4 MB) is not kept for the next reply. */
  private static final int LARGEST_KEPT = 2 * 1024 * 1024;

  private final BufferRecycler recycler;
  private char[] buffer;
  private int length;

  RecycledCharWriter(BufferRecycler recycler) {
    this.recycler = recycler;
    this.buffer = recycler.allocCharBuffer(SLOT, 4000);
  }

  @Override
  public void write(char[] text, int offset, int len) {
    room(len);
    System.arraycopy(text, offset, buffer, length, len);
    length += len;
  }

  @Override
  public void write(String text, int offset, int len) {
    room(len);
    text.getChars(offset, offset + len, buffer, length);
    length += len;
  }

  @Override
  public void write(int c) {
    room(1);
    buffer[length++] = (char) c;
  }

  /** The text written. */
  String text() {
    return new String(buffer, 0, length);
  }

  @Override
  public void flush() {}

  /** Nothing: the generator closes its target, and the text is read after. */
  @Override
  public void close() {}

  /** Gives the buffer back; the writer must not be used after. */
  void release() {
    if (buffer != null && buffer.length <= LARGEST_KEPT) {
      recycler.releaseCharBuffer(SLOT, buffer);
    }
    buffer = null;
  }

  private void room(int needed) {
    if (length + needed > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(length + needed, buffer.length * 2));
    }
  }
}
