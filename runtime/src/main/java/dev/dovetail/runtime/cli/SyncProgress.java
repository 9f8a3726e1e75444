package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.sync.SyncListener;
import dev.dovetail.runtime.sync.state.RunCounts;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** How {@code sync} shows progress: a progress bar on a terminal, periodic log lines otherwise, or nothing. */
final class SyncProgress {
  private SyncProgress() {}

  /** {@code auto}: a bar when standard error is a terminal, else lines. */
  enum Mode { AUTO, BAR, LOG, NONE }

  static SyncListener create(Mode mode, PrintWriter err, PrintStream terminal, String task, Sleeper clock) {
    Mode chosen = mode == Mode.AUTO ? (Terminals.isInteractive() ? Mode.BAR : Mode.LOG) : mode;
    return switch (chosen) {
      case BAR -> new Bar(err, terminal, task);
      case LOG -> new Lines(err, clock, LOG_INTERVAL_NANOS);
      default -> new Quiet(err);
    };
  }

  static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

  static String describe(RunCounts c) {
    return String.format(Locale.ROOT, "%,d delivered, %,d deleted, %,d dead letters", c.upserts(), c.deletes(),
        c.deadLettered());
  }

  /** Problems only. */
  private static class Quiet implements SyncListener {
    final PrintWriter err;

    Quiet(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void problem(String message) {
      err.println(message);
    }
  }

  /** A line when the run starts, then one every few seconds, and problems as they happen. */
  private static final class Lines extends Quiet {
    private final Sleeper clock;
    private final long interval;
    private long last;

    Lines(PrintWriter err, Sleeper clock, long interval) {
      super(err);
      this.clock = clock;
      this.interval = interval;
      this.last = clock.nanoTime();
    }

    @Override
    public void started(String description) {
      err.println(description);
    }

    @Override
    public void progress(RunCounts counts) {
      long now = clock.nanoTime();
      if (now - last >= interval) {
        last = now;
        err.println(String.format(Locale.ROOT, "read %,d records: ", counts.read()) + describe(counts));
      }
    }

    @Override
    public void finished(RunCounts counts) {
      err.flush();
    }
  }

  /** me.tongfei's progress bar (the total is not known in advance: it counts up, with the rate). */
  private static final class Bar extends Quiet {
    private final PrintStream terminal;
    private final String task;
    private ProgressBar bar;

    Bar(PrintWriter err, PrintStream terminal, String task) {
      super(err);
      this.terminal = terminal;
      this.task = task;
    }

    @Override
    public void started(String description) {
      err.println(description);
      err.flush();
      bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(-1)
          .setStyle(ProgressBarStyle.ASCII)
          .setUnit(" rec", 1)
          .showSpeed()
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(terminal))
          .build();
    }

    @Override
    public synchronized void progress(RunCounts counts) {
      if (bar != null) {
        bar.stepTo(counts.read());
        bar.setExtraMessage(" " + describe(counts));
      }
    }

    @Override
    public synchronized void problem(String message) {
      // Clear the bar's line first; it is drawn again on its next tick.
      err.print(bar != null ? "\r\033[K" + message + "\n" : message + "\n");
      err.flush();
    }

    @Override
    public synchronized void finished(RunCounts counts) {
      if (bar != null) {
        bar.stepTo(counts.read());
        bar.setExtraMessage(" " + describe(counts));
        bar.close();
        bar = null;
      }
    }
  }
}
