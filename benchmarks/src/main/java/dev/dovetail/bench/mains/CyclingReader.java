package dev.dovetail.bench.mains;

import dev.dovetail.bench.dispatch.Envelope;
import java.io.Reader;

/**
 * JSON Lines from memory: a block of {@value #DISTINCT} distinct asset lines ({@link Envelope#upsert}), repeated
 * until {@code lines} lines were read. No disk and no charset decoding, so the benchmarks that read it measure the
 * reading and decoding code, not the file system.
 */
public final class CyclingReader extends Reader {
  public static final int DISTINCT = 1_000;
  private static final char[] BLOCK = block();

  private final long totalChars;
  private long position;

  public CyclingReader(long lines) {
    if (lines % DISTINCT != 0) {
      throw new IllegalArgumentException("lines must be a multiple of " + DISTINCT + ", got " + lines);
    }
    totalChars = BLOCK.length * (lines / DISTINCT);
  }

  private static char[] block() {
    StringBuilder b = new StringBuilder(DISTINCT * 360);
    for (int i = 0; i < DISTINCT; i++) {
      b.append(Envelope.upsert(i)).append('\n');
    }
    return b.toString().toCharArray();
  }

  /** Bytes of JSON per line, on average (ASCII). */
  public static double averageLineLength() {
    return (double) BLOCK.length / DISTINCT;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (position >= totalChars) {
      return -1;
    }
    int start = (int) (position % BLOCK.length);
    int count = (int) Math.min(Math.min(length, BLOCK.length - start), totalChars - position);
    System.arraycopy(BLOCK, start, buffer, offset, count);
    position += count;
    return count;
  }

  @Override
  public void close() {}
}
