package dev.dovetail.kafka;

import dev.dovetail.runtime.Sleeper;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The waits of a source task (a quota back-off inside a READ cycle, the poll interval between cycles), ended early
 * by {@link #stop()}: Connect calls {@code stop()} from another thread and a task must not hold it up for minutes.
 */
final class StopSignal implements Sleeper {
  private final CountDownLatch stopped = new CountDownLatch(1);

  void stop() {
    stopped.countDown();
  }

  boolean stopped() {
    return stopped.getCount() == 0;
  }

  /** Waits {@code duration}; throws {@link InterruptedException} as soon as the task is stopped. */
  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (stopped.await(duration.toNanos(), TimeUnit.NANOSECONDS)) {
      throw new InterruptedException("the task is stopping");
    }
  }

  /** Waits up to {@code millis}; answers whether the task was stopped meanwhile. */
  boolean awaitStop(long millis) throws InterruptedException {
    return stopped.await(millis, TimeUnit.MILLISECONDS);
  }
}
