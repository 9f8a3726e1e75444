package dev.dovetail.runtime.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM and Ctrl-C during a sync: a shutdown hook asks the run to stop (it settles the batch in flight and stores
 * the checkpoint), waits for it for a grace period, then interrupts it (the batch in flight is abandoned and replayed
 * by the next run) and waits a little longer for the run to record that. The JVM then exits with the signal's status
 * (143 for SIGTERM, 130 for Ctrl-C): non-zero, as a stopped run should.
 */
final class ShutdownGuard implements AutoCloseable {
  private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(10);

  private final Thread hook;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean signalled;

  ShutdownGuard(Runnable requestStop, Thread worker, Duration grace, Runnable announce) {
    this.hook = new Thread(() -> {
      signalled = true;
      announce.run();
      requestStop.run();
      try {
        if (!done.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
          worker.interrupt();
          done.await(AFTER_INTERRUPT.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "dovetail-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Whether a signal arrived. */
  boolean signalled() {
    return signalled;
  }

  /** The run has ended and its summary is out: let a pending shutdown proceed, or unregister the hook. */
  @Override
  public void close() {
    done.countDown();
    if (!signalled) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Shutdown began meanwhile: the hook will find the latch open.
      }
    }
  }
}
