package dev.dovetail.runtime.sync;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.sync.config.ConfigException;
import dev.dovetail.runtime.sync.config.SyncConfig;
import dev.dovetail.runtime.sync.state.DeadLetter;
import dev.dovetail.runtime.sync.state.RunRecord;
import dev.dovetail.runtime.sync.state.RunStatus;
import dev.dovetail.runtime.sync.state.StateStore;
import dev.dovetail.runtime.testing.FixedRandom;
import dev.dovetail.runtime.testing.Product;
import dev.dovetail.runtime.testing.RecordingSleeper;
import dev.dovetail.runtime.testing.ScriptedHandler;
import dev.dovetail.runtime.testing.TestDispatcher;
import dev.dovetail.runtime.testing.synapse.DealStore;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync engine end to end in-process: the test synapse's deal entity into the products destination. */
class SyncEngineTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
  private static final Map<String, String> MAPPING = mapping("product_id", "id", "price", "amount");

  @TempDir Path dir;

  private final DealStore deals = DealStore.INSTANCE;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  /** The destination's table: product id → last delivered product. */
  private final Map<String, Product> table = new TreeMap<>();
  /** Every upsert the destination accepted, replays included. */
  private final List<String> writes = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private Predicate<Product> rejected = p -> false;
  private boolean down;
  private ScriptedHandler<Product> handler;

  @BeforeEach
  void setUp() {
    deals.reset();
    handler = new ScriptedHandler<Product>().otherwise(batch -> {
      if (down) {
        return DeliverResult.retry("database unavailable");
      }
      for (Product product : batch.upserts()) {
        if (rejected.test(product)) {
          return DeliverResult.fail("constraint violated by " + product.productId());
        }
      }
      for (BatchItem<Product> item : batch.items()) {
        if (item instanceof BatchItem.Upsert<Product> upsert) {
          table.put(upsert.record().productId(), upsert.record());
          writes.add(upsert.record().productId());
        } else if (item instanceof BatchItem.Delete<Product> delete) {
          table.remove(String.valueOf(delete.key().single()));
        }
      }
      return DeliverResult.ok();
    });
  }

  private static Map<String, String> mapping(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private SyncConfig config(Map<String, String> mapping, int batchSize) {
    return new SyncConfig("deals", new SyncConfig.Source(null, "deal", Map.of("endpoint", "https://crm/",
        "token", "tok-123456"), T0, 0, null), new SyncConfig.Target("products", Map.of()), mapping, batchSize,
        "jdbc:sqlite:" + dir.resolve("state.db"));
  }

  private SyncPlanner planner() {
    return new SyncPlanner(DestinationCatalog.of(List.of(TestDispatcher.products(handler, true))),
        SynapseCatalog.of(List.of(new TestCrmSynapseDispatcher())), Clock.fixed(NOW, ZoneOffset.UTC), sleeper,
        RunListener.NONE, new ByteArrayInputStream(new byte[0]));
  }

  private SyncResult run(SyncConfig config) throws Exception {
    return run(config, SyncListener.NONE);
  }

  private SyncResult run(SyncConfig config, SyncListener listener) throws Exception {
    SyncPlanner planner = planner();
    SyncJob<?> job = planner.plan(config, RetryPolicy.DEFAULT.withMaxRetries(2), planner.secrets(config));
    try (StateStore store = StateStore.open(config.state())) {
      return engine(job, store, listener).run();
    }
  }

  private <T> SyncEngine<T> engine(SyncJob<T> job, StateStore store, SyncListener listener) {
    SyncListener recording = new SyncListener() {
      @Override
      public void problem(String message) {
        problems.add(message);
        listener.problem(message);
      }

      @Override
      public void progress(dev.dovetail.runtime.sync.state.RunCounts counts) {
        listener.progress(counts);
      }
    };
    return new SyncEngine<>(job, store, recording, Clock.fixed(NOW, ZoneOffset.UTC), sleeper, FixedRandom.MIN);
  }

  private static void assertSettled(SyncResult result) {
    assertThat(result.counts().read()).isEqualTo(result.counts().settled());
  }

  @Test
  void deliversEveryRecordInBatchesAndCheckpointsTheLastWatermark() throws Exception {
    deals.seed(250, T0);
    SyncResult result = run(config(MAPPING, 100));

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.counts().read()).isEqualTo(250);
    assertThat(result.counts().upserts()).isEqualTo(250);
    assertSettled(result);
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(table).hasSize(250);
    assertThat(table.get("d042")).isEqualTo(new Product("d042", 42.0, null, null));
    List<Integer> sizes = handler.calls().stream().map(b -> b.items().size()).toList();
    assertThat(sizes).containsExactly(100, 100, 50).inOrder();
    try (StateStore store = StateStore.open(config(MAPPING, 100).state())) {
      String checkpoint = store.checkpoint("deals", "synapse:test_crm/deal").orElseThrow();
      assertThat(checkpoint).contains("\"since\":" + T0.plusSeconds(249).toEpochMilli());
      assertThat(checkpoint).contains("\"ids\":[\"d250\"]");
      List<RunRecord> runs = store.runs("deals", 10);
      assertThat(runs).hasSize(1);
      assertThat(runs.get(0).status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(runs.get(0).counts()).isEqualTo(result.counts());
    }
  }

  @Test
  void aSecondRunReadsOnlyWhatChangedAndRecognisesTheLastDeliveredRecord() throws Exception {
    deals.seed(120, T0);
    run(config(MAPPING, 50));
    writes.clear();

    SyncResult unchanged = run(config(MAPPING, 50));
    assertThat(unchanged.counts().read()).isEqualTo(0);
    assertThat(unchanged.recognised()).isEqualTo(1);

    deals.put(new dev.dovetail.runtime.testing.synapse.Deal("d007", "Deal 7 renamed", new BigDecimal("9.99"),
        T0.plusSeconds(500)));
    SyncResult changed = run(config(MAPPING, 50));
    assertThat(changed.counts().read()).isEqualTo(1);
    assertThat(writes).containsExactly("d007");
    assertThat(table.get("d007").price()).isEqualTo(9.99);
  }

  @Test
  void aRecordTheDestinationRejectsIsDeadLetteredAndTheRestOfItsBatchDelivered() throws Exception {
    deals.seed(100, T0);
    rejected = p -> p.productId().equals("d037");

    SyncResult result = run(config(MAPPING, 25));

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.counts().upserts()).isEqualTo(99);
    assertThat(result.counts().deadLettered()).isEqualTo(1);
    assertSettled(result);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(table).hasSize(99);
    assertThat(table).doesNotContainKey("d037");
    try (StateStore store = StateStore.open(config(MAPPING, 25).state())) {
      List<DeadLetter> letters = store.deadLetters("deals", false, 10);
      assertThat(letters).hasSize(1);
      assertThat(letters.get(0).stage()).isEqualTo(DeadLetter.Stage.DELIVER);
      assertThat(letters.get(0).reason()).isEqualTo("record d037: rejected by destination products:"
          + " constraint violated by d037");
      assertThat(letters.get(0).payload()).contains("\"id\": \"d037\"");
    }

    // Fixed at the destination: a replay delivers it and marks it.
    rejected = p -> false;
    SyncPlanner planner = planner();
    SyncConfig config = config(MAPPING, 25);
    SyncJob<?> job = planner.plan(config, RetryPolicy.DEFAULT, planner.secrets(config));
    try (StateStore store = StateStore.open(config.state())) {
      DeadLetterReplay.Result replay = replay(job, store);
      assertThat(replay.delivered()).isEqualTo(1);
      assertThat(store.deadLetters("deals", false, 10)).isEmpty();
      assertThat(store.deadLetters("deals", true, 10).get(0).replayed()).isNotNull();
    }
    assertThat(table).containsKey("d037");
  }

  private <T> DeadLetterReplay.Result replay(SyncJob<T> job, StateStore store) throws Exception {
    return new DeadLetterReplay<>(job, store, Clock.fixed(NOW, ZoneOffset.UTC), sleeper, FixedRandom.MIN)
        .replay(100);
  }

  @Test
  void aDestinationThatStaysDownFailsTheRunWithoutMovingTheCheckpointPastTheLastDeliveredBatch() throws Exception {
    deals.seed(100, T0);
    SyncConfig config = config(MAPPING, 30);
    SyncListener goesDown = new SyncListener() {
      @Override
      public void progress(dev.dovetail.runtime.sync.state.RunCounts counts) {
        down = counts.upserts() >= 30;
      }
    };
    SyncResult failed = run(config, goesDown);

    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.counts().upserts()).isEqualTo(30);
    assertThat(failed.message()).contains("failed after 3 attempts");
    assertThat(failed.message()).contains("database unavailable");
    assertThat(failed.exitCode()).isEqualTo(1);

    down = false;
    writes.clear();
    SyncResult resumed = run(config);
    assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(resumed.counts().read()).isEqualTo(70);
    assertThat(writes).hasSize(70);
    assertThat(table).hasSize(100);
  }

  @Test
  void aStopRequestSettlesTheBatchInFlightAndTheNextRunGoesOnFromThere() throws Exception {
    deals.seed(300, T0);
    SyncConfig config = config(MAPPING, 40);
    SyncPlanner planner = planner();
    SyncJob<?> job = planner.plan(config, RetryPolicy.DEFAULT, planner.secrets(config));
    SyncResult stopped;
    try (StateStore store = StateStore.open(config.state())) {
      SyncEngine<?>[] engine = new SyncEngine<?>[1];
      engine[0] = engine(job, store, new SyncListener() {
        @Override
        public void progress(dev.dovetail.runtime.sync.state.RunCounts counts) {
          if (counts.upserts() >= 80) {
            engine[0].requestStop();
          }
        }
      });
      stopped = engine[0].run();
    }
    assertThat(stopped.status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(stopped.exitCode()).isEqualTo(SyncResult.EXIT_INTERRUPTED);
    assertSettled(stopped);
    long first = stopped.counts().upserts();

    SyncResult rest = run(config);
    assertThat(rest.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(first + rest.counts().upserts()).isEqualTo(300);
    assertThat(writes).hasSize(300);
    assertThat(table).hasSize(300);
  }

  @Test
  void mappingProblemsAreAllReportedBeforeAnythingMoves() {
    deals.seed(10, T0);
    ConfigException e = assertThrows(ConfigException.class, () -> run(config(
        mapping("product_id", "id", "price", "title", "qty", "amount", "colour", "id", "tags", "nope"), 10)));

    assertThat(e.problems()).containsExactly(
        "mapping.price: title is a string attribute and cannot fill price (float); map an integer, double or"
            + " decimal attribute, or change the destination field's type",
        "mapping.qty: amount is a decimal attribute and cannot fill qty (long); map an integer attribute (or a"
            + " numeric reference or timestamp), or change the destination field's type",
        "mapping.colour: destination products (schema product_schema) has no field 'colour'; its fields:"
            + " product_id, price, qty, tags",
        "mapping.tags: entity deal has no attribute 'nope'; its attributes: id, title, amount, updatedAt")
        .inOrder();
    assertThat(handler.calls()).isEmpty();
  }

  @Test
  void aPrimaryKeyNothingFillsIsAnError() {
    ConfigException e = assertThrows(ConfigException.class, () -> run(config(mapping("price", "amount"), 10)));

    assertThat(e.problems()).containsExactly("mapping: product_id is the primary key of destination products"
        + " (schema product_schema) but nothing fills it; add 'product_id: <source field>' under mapping");
  }

  @Test
  void fileRecordsThatCannotBeReadOrDecodedAreDeadLetteredAndCounted() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"product_id\": \"p1\", \"price\": 1.5}",
        "{\"product_id\": \"p2\", \"price\": ",
        "",
        "{\"product_id\": \"p3\", \"price\": \"cheap\"}",
        "{\"price\": 2}",
        "{\"product_id\": \"p4\", \"qty\": 4}",
        "{\"product_id\": \"p1\", \"_isDeleted\": true}") + "\n", StandardCharsets.UTF_8);
    SyncConfig config = new SyncConfig("file-products", new SyncConfig.Source(null, null, Map.of(), null, 0,
        input.toString()), new SyncConfig.Target("products", Map.of()), Map.of(), 2,
        "jdbc:sqlite:" + dir.resolve("state.db"));

    SyncResult result = run(config);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.counts().read()).isEqualTo(6);
    assertThat(result.counts().upserts()).isEqualTo(2);
    assertThat(result.counts().deletes()).isEqualTo(1);
    assertThat(result.counts().deadLettered()).isEqualTo(3);
    assertSettled(result);
    assertThat(table.keySet()).containsExactly("p4");
    try (StateStore store = StateStore.open(config.state())) {
      List<DeadLetter> letters = store.deadLetters("file-products", false, 10);
      assertThat(letters.stream().map(DeadLetter::stage).toList()).containsExactly(
          DeadLetter.Stage.READ, DeadLetter.Stage.DECODE, DeadLetter.Stage.DECODE).inOrder();
      assertThat(letters.get(0).reason()).startsWith("line 2: malformed JSON");
      assertThat(letters.get(1).reason()).startsWith("line 4: ");
      assertThat(letters.get(1).reason()).contains("price");
      assertThat(letters.get(2).reason()).contains("product_id");
      assertThat(letters.get(2).payload()).isEqualTo("{\"price\": 2}");
      assertThat(store.checkpoint("file-products", "file:" + input)).hasValue("{\"line\":7}");
    }
    // Nothing new in the file: the next run reads nothing.
    assertThat(run(config).counts().read()).isEqualTo(0);
  }

  @Test
  void secretsNeverReachMessagesOrTheStore() throws Exception {
    deals.seed(5, T0);
    down = true;
    handler.otherwise(batch -> DeliverResult.retry("auth failed for token tok-123456"));

    SyncResult result = run(config(MAPPING, 5));

    assertThat(result.message()).contains("auth failed for token ****");
    assertThat(String.join("\n", problems)).doesNotContain("tok-123456");
    try (StateStore store = StateStore.open(config(MAPPING, 5).state())) {
      assertThat(store.runs("deals", 1).get(0).message()).doesNotContain("tok-123456");
    }
  }

  @Test
  void anotherRunOfTheSameSyncIsRefusedWhileOneHoldsTheLock() throws Exception {
    SyncConfig config = config(MAPPING, 10);
    try (StateStore first = StateStore.open(config.state())) {
      first.lock("deals", NOW);
      SyncResult second = run(config);
      assertThat(second.status()).isEqualTo(RunStatus.FAILED);
      assertThat(second.message()).contains("sync 'deals' is already running");
    }
  }

  @Test
  void runsLeftRunningByADeadProcessAreMarkedKilled() throws Exception {
    SyncConfig config = config(MAPPING, 10);
    try (StateStore dead = StateStore.open(config.state())) {
      dead.lock("deals", NOW);
      dead.startRun("deals", "synapse:test_crm/deal", "products", NOW);
    }
    deals.seed(3, T0);
    run(config);
    try (StateStore store = StateStore.open(config.state())) {
      List<RunRecord> runs = store.runs("deals", 10);
      assertThat(runs.stream().map(RunRecord::status).toList())
          .containsExactly(RunStatus.COMPLETED, RunStatus.KILLED).inOrder();
    }
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
