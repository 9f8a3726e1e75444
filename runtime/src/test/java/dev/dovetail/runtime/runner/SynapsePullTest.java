package dev.dovetail.runtime.runner;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.SynapseException;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.testing.RecordingSleeper;
import dev.dovetail.runtime.testing.synapse.Deal;
import dev.dovetail.runtime.testing.synapse.DealCodec;
import dev.dovetail.runtime.testing.synapse.DealStore;
import dev.dovetail.runtime.testing.synapse.JsonTree;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SynapsePullTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
  private static final Connection CONNECTION = Connection.of("c", AuthConfig.ofEndpoint("https://crm/"));

  private final DealStore store = DealStore.INSTANCE;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<String> progress = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();

  @BeforeEach
  void reset() {
    store.reset();
  }

  private PullResult pull(SynapseDispatcher dispatcher, int limit) {
    EnvelopeHandler handler = new EnvelopeHandler(dispatcher, Clock.fixed(NOW, ZoneOffset.UTC));
    RunListener listener = new RunListener() {
      @Override
      public void progress(String message) {
        progress.add(message);
      }
    };
    SynapsePull pull = new SynapsePull(handler, PullPolicy.DEFAULT, sleeper, listener);
    return pull.run(new PullRequest("deal", CONNECTION, T0, NOW, limit), lines::add);
  }

  private PullResult pull(int limit) {
    return pull(new TestCrmSynapseDispatcher(), limit);
  }

  private List<String> ids() {
    return lines.stream().map(line -> (String) JsonTree.object(line).get("id")).toList();
  }

  private static List<String> expectedIds(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(String.format("d%03d", i));
    }
    return ids;
  }

  @Test
  void aPullAcrossPagesWaitsOutAQuotaAndEndsWithoutGapsOrDuplicates() {
    store.seed(250, T0);
    // Upstream pages of 50: the first reply takes calls 1-2, the second reply's first call (3) hits the quota.
    store.upstreamPageSize(50).quotaOnReadCall(3, Duration.ofSeconds(30));
    PullResult result = pull(0);
    assertThat(result.status()).isEqualTo(PullResult.Status.COMPLETED);
    assertThat(ids()).isEqualTo(expectedIds(250));
    assertThat(result.records()).isEqualTo(250);
    assertThat(result.pages()).isEqualTo(3);
    assertThat(result.retries()).isEqualTo(1);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(result.waited()).isEqualTo(Duration.ofSeconds(30));
    assertThat(result.nextWatermark()).isEqualTo(T0.plusSeconds(249));
    assertThat(progress).contains("status 429: Quota exceeded (retry after 30 s); retry 1 of 5 in 30 s");
    // Each line is the decoded Record object, not a JSON string.
    assertThat(JsonTree.object(lines.get(0)).keySet()).containsExactly("name", "id", "syncariEntityId", "deleted",
        "values", "lastModified", "createdAt").inOrder();
  }

  @Test
  void aWaitBeyondTheBudgetStopsWithAWatermarkToResumeFrom() {
    store.seed(250, T0);
    store.quotaOnReadCall(2, Duration.ofMinutes(10));
    PullResult result = pull(0);
    assertThat(result.status()).isEqualTo(PullResult.Status.FAILED);
    assertThat(result.problem()).isEqualTo("status 429: Quota exceeded (retry after 600 s): waiting 600 s would"
        + " exceed the wait budget (300 s of 300 s left)");
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(ids()).isEqualTo(expectedIds(100));
    assertThat(result.nextWatermark()).isEqualTo(T0.plusSeconds(99));
  }

  @Test
  void persistentOutagesAreRetriedWithBackoffThenGivenUp() {
    store.seed(10, T0);
    store.failReads(new SynapseException(503, "Service unavailable"));
    PullResult result = pull(0);
    assertThat(result.status()).isEqualTo(PullResult.Status.FAILED);
    assertThat(result.problem()).isEqualTo("READ failed after 6 attempts: status 503: Service unavailable");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(8), Duration.ofSeconds(16)).inOrder();
    assertThat(result.nextWatermark()).isEqualTo(T0);
    assertThat(lines).isEmpty();
  }

  @Test
  void aFinalErrorStopsAtOnce() {
    store.failReads(new IllegalStateException("boom"));
    PullResult result = pull(0);
    assertThat(result.status()).isEqualTo(PullResult.Status.FAILED);
    assertThat(result.problem()).isEqualTo("READ failed: status 400: Failed to execute request RequestType.READ (boom)");
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void theLimitEndsThePull() {
    store.seed(250, T0);
    PullResult result = pull(120);
    assertThat(result.status()).isEqualTo(PullResult.Status.COMPLETED);
    assertThat(ids()).isEqualTo(expectedIds(120));
    assertThat(result.nextWatermark()).isEqualTo(T0.plusSeconds(119));
  }

  @Test
  void anEmptyWindowKeepsItsStartAsTheNextWatermark() {
    PullResult result = pull(0);
    assertThat(result.status()).isEqualTo(PullResult.Status.COMPLETED);
    assertThat(result.records()).isEqualTo(0);
    assertThat(result.pages()).isEqualTo(1);
    assertThat(result.nextWatermark()).isEqualTo(T0);
  }

  @Test
  void anEntityWithoutReadIsNotSupported() {
    SynapseDispatcher writeOnly = new WriteOnly();
    PullResult result = pull(writeOnly, 0);
    assertThat(result.status()).isEqualTo(PullResult.Status.NOT_SUPPORTED);
    assertThat(result.problem()).isEqualTo("synapse write_only does not support READ of entity 'deal': status 405:"
        + " Operation RequestType.READ is not supported");
  }

  @Test
  void policyBackoffIsBounded() {
    PullPolicy policy = PullPolicy.DEFAULT;
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(7)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.atLeastMinimum(Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
  }

  /** A sink-only synapse: deals can be created, not read. */
  private static final class WriteOnly implements SynapseDispatcher {
    private final EntityBinding<Deal> deal = new EntityBinding<>() {
      @Override
      public String apiName() {
        return "deal";
      }

      @Override
      public Set<RequestType> operations() {
        return Set.of(RequestType.CREATE);
      }

      @Override
      public ValueCodec<Deal> codec() {
        return DealCodec.INSTANCE;
      }

      @Override
      public String idOf(Deal record) {
        return record.id();
      }

      @Override
      public Instant watermarkOf(Deal record) {
        return null;
      }
    };

    @Override
    public String name() {
      return "write_only";
    }

    @Override
    public String synapseInfoJson() {
      return "{}";
    }

    @Override
    public List<EntityBinding<?>> entities() {
      return List.of(deal);
    }

    @Override
    public String schemaJson(String apiName) {
      return null;
    }

    @Override
    public int readSkewSeconds() {
      return 0;
    }

    @Override
    public int pageSize() {
      return 100;
    }

    @Override
    public List<String> secretFields() {
      return List.of();
    }

    @Override
    public Connection test(Connection connection) {
      return connection;
    }
  }
}
