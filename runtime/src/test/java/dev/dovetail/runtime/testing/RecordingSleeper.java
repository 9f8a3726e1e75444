package dev.dovetail.runtime.testing;

import dev.dovetail.runtime.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each wait and advances a virtual clock by it instead of sleeping. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new ArrayList<>();
  private long now = 1_000_000_000L;

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now += duration.toNanos();
  }

  @Override
  public long nanoTime() {
    return now;
  }

  /** Time passing without a sleep, e.g. a slow delivery. */
  public void advance(Duration duration) {
    now += duration.toNanos();
  }

  public List<Duration> sleeps() {
    return sleeps;
  }
}
