package dev.dovetail.runtime;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waiting and the clock retries measure with, as one seam: tests pass a sleeper that records the waits and advances
 * a virtual clock instead of really sleeping.
 */
public interface Sleeper {

  /** Real time: {@link Thread#sleep} and {@link System#nanoTime()}. */
  Sleeper SYSTEM = new Sleeper() { // a class, not a lambda: no invokedynamic bootstrap when the CLI starts
    @Override
    public void sleep(Duration duration) throws InterruptedException {
      TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
  };

  void sleep(Duration duration) throws InterruptedException;

  /** A monotonic clock in nanoseconds, only meaningful as a difference. */
  default long nanoTime() {
    return System.nanoTime();
  }
}
