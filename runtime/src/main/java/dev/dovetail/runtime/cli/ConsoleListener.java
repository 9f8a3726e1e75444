package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.runner.RunListener;
import java.io.PrintWriter;

/** Prints what a run reports to standard error as it happens; {@code --quiet} keeps it silent. */
final class ConsoleListener implements RunListener {
  private final PrintWriter err;
  private final boolean quiet;

  ConsoleListener(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void problem(String message) {
    if (!quiet) {
      err.println(message);
    }
  }

  @Override
  public void progress(String message) {
    if (!quiet) {
      err.println(message);
    }
  }

  @Override
  public boolean wantsProgress() {
    return !quiet;
  }
}
