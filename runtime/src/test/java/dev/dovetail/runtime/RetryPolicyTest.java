package dev.dovetail.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.testing.FixedRandom;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));

  @Test
  void defaultsAllowFourAttempts() {
    assertThat(RetryPolicy.DEFAULT.maxRetries()).isEqualTo(3);
    assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(4);
  }

  @Test
  void ceilingDoublesUpToTheMaximum() {
    assertThat(policy.backoffCeiling(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoffCeiling(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoffCeiling(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.backoffCeiling(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.backoffCeiling(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoffCeiling(1_000)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void fullJitterSpansZeroToTheCeiling() {
    assertThat(policy.backoff(3, FixedRandom.MIN)).isEqualTo(Duration.ZERO);
    assertThat(policy.backoff(3, FixedRandom.MAX)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void jitteredWaitsStayWithinBoundsAndVary() {
    SplittableRandom random = new SplittableRandom(7);
    java.util.Set<Duration> seen = new java.util.HashSet<>();
    for (int retry = 1; retry <= 6; retry++) {
      for (int i = 0; i < 200; i++) {
        Duration wait = policy.backoff(retry, random);
        assertThat(wait).isAtLeast(Duration.ZERO);
        assertThat(wait).isAtMost(policy.backoffCeiling(retry));
        seen.add(wait);
      }
    }
    assertThat(seen.size()).isGreaterThan(100);
  }

  @Test
  void zeroInitialBackoffNeverWaits() {
    RetryPolicy noWait = RetryPolicy.DEFAULT.withBackoff(Duration.ZERO, Duration.ZERO);
    assertThat(noWait.backoff(4, FixedRandom.MAX)).isEqualTo(Duration.ZERO);
  }

  @Test
  void valuesAreBounded() {
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withMaxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withMaxRetries(RetryPolicy.MAX_RETRIES_LIMIT + 1));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(-1), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withBackoff(Duration.ZERO, Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withMaxTotalTime(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withMaxTotalTime(Duration.ofDays(1)));
    assertThrows(IllegalArgumentException.class, () -> policy.backoffCeiling(0));
  }
}
