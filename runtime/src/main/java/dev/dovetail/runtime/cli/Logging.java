package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.sync.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Logging for long-running commands: the level of the SLF4J simple binding the connector jar ships
 * ({@code --verbose}: debug, {@code --quiet}: warn), and secrets masked in whatever reaches standard error,
 * log lines included.
 */
final class Logging {
  static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  private Logging() {}

  /** Sets the level unless the user already chose one with {@code -D}; takes effect before the first logger. */
  static void configure(boolean verbose, boolean quiet) {
    if (System.getProperty(LEVEL_PROPERTY) == null && (verbose || quiet)) {
      System.setProperty(LEVEL_PROPERTY, verbose ? "debug" : "warn");
    }
  }

  /** Until closed, {@code System.err} masks {@code secrets}. */
  static Redaction redactStandardError(Secrets secrets) {
    PrintStream original = System.err;
    if (!secrets.isEmpty()) {
      System.setErr(new PrintStream(new RedactingStream(original, secrets), true, StandardCharsets.UTF_8));
    }
    return new Redaction(original);
  }

  /** Puts the original standard error back. */
  static final class Redaction implements AutoCloseable {
    private final PrintStream original;

    Redaction(PrintStream original) {
      this.original = original;
    }

    @Override
    public void close() {
      if (System.err != original) {
        System.err.flush();
        System.setErr(original);
      }
    }
  }

  /** Holds bytes until a line ends ({@code \n}, {@code \r}), then writes the line with secrets masked. */
  private static final class RedactingStream extends OutputStream {
    private final PrintStream out;
    private final Secrets secrets;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    RedactingStream(PrintStream out, Secrets secrets) {
      this.out = out;
      this.secrets = secrets;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n' || b == '\r') {
        emit();
      }
    }

    @Override
    public synchronized void flush() throws IOException {
      if (line.size() > 0) {
        emit();
      }
      out.flush();
    }

    private void emit() {
      out.print(secrets.redact(line.toString(StandardCharsets.UTF_8)));
      line.reset();
    }
  }
}
