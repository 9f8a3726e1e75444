package dev.dovetail.runtime.serve;

import java.time.Duration;

/**
 * Counts requests being handled, so a stop can wait for exactly those (the JDK 17 {@code HttpServer.stop(delay)}
 * always waits the whole delay) and refuse new ones meanwhile.
 */
final class InFlight {
  private int active;
  private boolean stopping;

  /** Counts a request in; {@code false} once stopping (the request is then refused). */
  synchronized boolean enter() {
    if (stopping) {
      return false;
    }
    active++;
    return true;
  }

  synchronized void exit() {
    active--;
    if (active == 0) {
      notifyAll();
    }
  }

  /** Refuses new requests, then waits until none is in flight or {@code grace} has passed; {@code true} if idle. */
  synchronized boolean stopAndAwaitIdle(Duration grace) throws InterruptedException {
    stopping = true;
    long deadline = System.nanoTime() + grace.toNanos();
    while (active > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
