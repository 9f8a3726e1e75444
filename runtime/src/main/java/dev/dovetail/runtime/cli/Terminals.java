package dev.dovetail.runtime.cli;

import java.io.Console;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Whether output goes to a person at a terminal (a progress bar) or to a file or pipe (log lines). */
final class Terminals {
  private Terminals() {}

  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    String term = System.getenv("TERM");
    if (term == null || term.equals("dumb")) {
      return false;
    }
    // Since JDK 22 System.console() is not null for redirected streams; Console.isTerminal() tells (JDK 22+).
    try {
      return (boolean) MethodHandles.publicLookup()
          .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class))
          .invoke(console);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return true; // JDK 17-21: a console exists only for a terminal
    } catch (Throwable e) {
      return false;
    }
  }
}
