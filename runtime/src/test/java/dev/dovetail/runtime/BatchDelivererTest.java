package dev.dovetail.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.codec.DeliverResults;
import dev.dovetail.runtime.testing.FixedRandom;
import dev.dovetail.runtime.testing.Product;
import dev.dovetail.runtime.testing.RecordingSleeper;
import dev.dovetail.runtime.testing.ScriptedHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spec §7 cases 35–39, and the backoff between attempts. */
class BatchDelivererTest {
  private static final DataSync SYNC = new DataSync("sync-1", "Nightly products");
  private static final RetryPolicy POLICY = RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<String> retries = new ArrayList<>();

  private BatchDeliverer.Outcome deliver(ScriptedHandler<Product> handler, RetryPolicy policy) throws InterruptedException {
    Batch<Product> batch = new Batch<>(List.of(BatchItem.upsert(new Product("p1", 9.5, 3L, List.of("a")))), 1, SYNC);
    return new BatchDeliverer(policy, sleeper, FixedRandom.MAX)
        .deliver(handler, batch, (attempt, reason, backoff) -> retries.add(attempt + ":" + reason + ":" + backoff.toMillis()));
  }

  @Test
  void case35_successIsOneCall() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().then(DeliverResult.ok());
    BatchDeliverer.Outcome outcome = deliver(handler, POLICY);
    assertThat(outcome.delivered()).isTrue();
    assertThat(handler.attempts()).containsExactly(1);
    assertThat(handler.calls().get(0).sync()).isEqualTo(SYNC);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void case35_failureWithoutFlagIsNotRetried() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().then(new DeliverResult(false, false, "bad data"));
    BatchDeliverer.Outcome outcome = deliver(handler, POLICY);
    assertThat(outcome).isEqualTo(new BatchDeliverer.Outcome(false, 1, "bad data", false, false));
    assertThat(handler.attempts()).containsExactly(1);
  }

  @Test
  void successIgnoresTheRetryFlag() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().then(new DeliverResult(true, true, "ignored"));
    assertThat(deliver(handler, POLICY).delivered()).isTrue();
    assertThat(handler.attempts()).containsExactly(1);
  }

  @Test
  void case36_alwaysRetryableMakesFourAttemptsThenFailsWithTheReason() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().otherwise(DeliverResult.retry("throttled"));
    BatchDeliverer.Outcome outcome = deliver(handler, POLICY);
    assertThat(handler.attempts()).containsExactly(1, 2, 3, 4).inOrder();
    assertThat(outcome.delivered()).isFalse();
    assertThat(outcome.failureReason()).isEqualTo("throttled");
    assertThat(outcome.retries()).isEqualTo(3);
    // Jitter drawn at its maximum: exactly the doubling ceilings, and no wait after the last attempt.
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)).inOrder();
    assertThat(retries).containsExactly("1:throttled:100", "2:throttled:200", "3:throttled:400").inOrder();
  }

  @Test
  void retriedBatchesResendEveryItem() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().otherwise(DeliverResult.retry("throttled"));
    deliver(handler, POLICY);
    assertThat(handler.calls().get(3).items()).isEqualTo(handler.calls().get(0).items());
  }

  @Test
  void case37_retryableThenSuccess() throws Exception {
    ScriptedHandler<Product> handler =
        new ScriptedHandler<Product>().then(DeliverResult.retry("busy")).then(DeliverResult.ok());
    BatchDeliverer.Outcome outcome = deliver(handler, POLICY);
    assertThat(outcome).isEqualTo(new BatchDeliverer.Outcome(true, 2, null, false, false));
    assertThat(handler.attempts()).containsExactly(1, 2).inOrder();
  }

  @Test
  void case38_resultsReadFromJsonHonourBothSpellings() throws Exception {
    ScriptedHandler<Product> retriable = new ScriptedHandler<Product>()
        .then(batch -> DeliverResults.fromJson("{\"success\":false,\"retriable\":true,\"failureReason\":\"busy\"}"))
        .then(batch -> DeliverResults.fromJson("{\"success\":true}"));
    assertThat(deliver(retriable, POLICY).delivered()).isTrue();
    assertThat(retriable.attempts()).containsExactly(1, 2).inOrder();

    ScriptedHandler<Product> retryableWins = new ScriptedHandler<Product>()
        .then(batch -> DeliverResults.fromJson("{\"success\":false,\"retryable\":false,\"retriable\":true}"));
    assertThat(deliver(retryableWins, POLICY).delivered()).isFalse();
    assertThat(retryableWins.attempts()).containsExactly(1);
  }

  @Test
  void jitteredWaitsRecordedBetweenAttemptsStayUnderTheirCeilings() throws Exception {
    RetryPolicy tenRetries = POLICY.withMaxRetries(10);
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().otherwise(DeliverResult.retry("busy"));
    Batch<Product> batch = new Batch<>(List.of(BatchItem.upsert(new Product("p1", null, null, null))), 1, SYNC);
    new BatchDeliverer(tenRetries, sleeper, new SplittableRandom(42)).deliver(handler, batch, BatchDeliverer.RetryListener.NONE);
    assertThat(sleeper.sleeps()).hasSize(10);
    for (int retry = 1; retry <= 10; retry++) {
      assertThat(sleeper.sleeps().get(retry - 1)).isAtMost(tenRetries.backoffCeiling(retry));
    }
    assertThat(new java.util.HashSet<>(sleeper.sleeps()).size()).isGreaterThan(1);
  }

  @Test
  void case39_thrownExceptionIsRetryableWithItsMessage() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().otherwise(batch -> {
      throw new IOException("timeout");
    });
    BatchDeliverer.Outcome outcome = deliver(handler, POLICY);
    assertThat(handler.attempts()).containsExactly(1, 2, 3, 4).inOrder();
    assertThat(outcome.failureReason()).isEqualTo("timeout");
  }

  @Test
  void thrownExceptionWithoutMessageIsNamedByItsClass() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>()
        .then(batch -> {
          throw new IllegalStateException();
        })
        .then(DeliverResult.fail("gave up"));
    deliver(handler, POLICY);
    assertThat(retries).containsExactly("1:java.lang.IllegalStateException:100");
  }

  @Test
  void maxRetriesIsConfigurable() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().otherwise(DeliverResult.retry("busy"));
    deliver(handler, POLICY.withMaxRetries(0));
    assertThat(handler.attempts()).containsExactly(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void totalTimeBoundStopsRetrying() throws Exception {
    // Each attempt takes 1 s of (virtual) time: after attempt 2 (2.1 s in) the next wait would end past the 2 s budget.
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().otherwise(batch -> {
      sleeper.advance(Duration.ofSeconds(1));
      return DeliverResult.retry("slow");
    });
    BatchDeliverer.Outcome outcome = deliver(handler, POLICY.withMaxTotalTime(Duration.ofSeconds(2)));
    assertThat(handler.attempts()).containsExactly(1, 2).inOrder();
    assertThat(outcome.outOfTime()).isTrue();
    assertThat(outcome.failureReason()).isEqualTo("slow");
  }

  @Test
  void missingReasonIsSaidSo() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().then(new DeliverResult(false, false, null));
    assertThat(deliver(handler, POLICY).failureReason()).isEqualTo("no failureReason given");
  }

  @Test
  void nullResultFailsWithoutRetry() throws Exception {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().then(batch -> null);
    BatchDeliverer.Outcome outcome = deliver(handler, POLICY);
    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(outcome.failureReason()).contains("no result");
  }
}
