package dev.dovetail.kafka;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.RetryPolicy;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RedeliveryTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aRedeliveryResumesAfterTheSettledRecordsWithTheNextAttempt() {
    Redelivery redelivery = new Redelivery(RetryPolicy.DEFAULT, new Random(1));
    assertThat(redelivery.begin("t-0@0 +10")).isEqualTo(0);
    redelivery.settled(4);
    assertThat(redelivery.failed(0)).isPresent();
    assertThat(redelivery.begin("t-0@0 +10")).isEqualTo(4);
    assertThat(redelivery.attempt()).isEqualTo(2);
    redelivery.completed();
    assertThat(redelivery.begin("t-0@10 +5")).isEqualTo(0);
    assertThat(redelivery.attempt()).isEqualTo(1);
  }

  @Test
  void otherRecordsStartAfresh() {
    Redelivery redelivery = new Redelivery(RetryPolicy.DEFAULT, new Random(1));
    redelivery.begin("t-0@0 +10");
    redelivery.settled(4);
    redelivery.failed(0);
    assertThat(redelivery.begin("t-1@7 +3")).isEqualTo(0); // after a rebalance, say
    assertThat(redelivery.attempt()).isEqualTo(1);
  }

  @Test
  void retriesEndWithThePolicysCountAndTime() {
    Redelivery byCount = new Redelivery(RetryPolicy.DEFAULT.withMaxRetries(2), new Random(1));
    byCount.begin("t-0@0 +1");
    assertThat(byCount.failed(0)).isPresent();
    assertThat(byCount.failed(SECOND)).isPresent();
    assertThat(byCount.failed(2 * SECOND)).isEmpty();

    RetryPolicy oneSecond = RetryPolicy.DEFAULT.withMaxRetries(10).withBackoff(Duration.ofMillis(400),
        Duration.ofMillis(400)).withMaxTotalTime(Duration.ofSeconds(1));
    Redelivery byTime = new Redelivery(oneSecond, new Random(1));
    byTime.begin("t-0@0 +1");
    assertThat(byTime.failed(0)).isPresent();
    assertThat(byTime.failed(2 * SECOND)).isEmpty();
  }
}
