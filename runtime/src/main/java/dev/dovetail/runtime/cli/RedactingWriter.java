package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.sync.Secrets;
import java.io.IOException;
import java.io.Writer;

/**
 * Masks secrets in everything written through it. Text is held until a line ends ({@code \n} or {@code \r}), so a
 * secret written in pieces is still seen whole before it goes out.
 */
final class RedactingWriter extends Writer {
  private final Writer out;
  private final Secrets secrets;
  private final StringBuilder line = new StringBuilder();

  RedactingWriter(Writer out, Secrets secrets) {
    this.out = out;
    this.secrets = secrets;
  }

  @Override
  public synchronized void write(char[] chars, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      line.append(c);
      if (c == '\n' || c == '\r') {
        emit();
      }
    }
  }

  private void emit() throws IOException {
    out.write(secrets.redact(line.toString()));
    line.setLength(0);
  }

  @Override
  public synchronized void flush() throws IOException {
    if (line.length() > 0) {
      emit();
    }
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
  }
}
