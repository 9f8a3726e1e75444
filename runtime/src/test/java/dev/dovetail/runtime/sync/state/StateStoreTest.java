package dev.dovetail.runtime.sync.state;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The state store on SQLite and on PostgreSQL: the same behaviour on both. */
class StateStoreTest {
  private static final Instant T = Instant.parse("2024-06-01T10:00:00Z");

  @TempDir Path dir;

  static List<String> kinds() {
    return StateStores.kinds();
  }

  @AfterAll
  static void dropSchemas() throws Exception {
    StateStores.dropSchemas();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aCommitStoresCheckpointCountersAndDeadLettersTogether(String kind) throws Exception {
    String url = StateStores.url(kind, dir);
    try (StateStore store = StateStore.open(url)) {
      store.lock("s", T);
      assertThat(store.checkpoint("s", "src")).isEmpty();
      long run = store.startRun("s", "src", "dest", T);
      store.commit(run, "s", "src", "{\"line\":10}", new RunCounts(10, 9, 0, 1, 0, 2, 1),
          List.of(DeadLetter.of(DeadLetter.Stage.DECODE, "line 4: bad price", "{\"price\":\"x\"}")), T.plusSeconds(1));
      store.commit(run, "s", "src", "{\"line\":20}", new RunCounts(20, 19, 0, 1, 0, 2, 2), List.of(), T.plusSeconds(2));
      store.finishRun(run, RunStatus.COMPLETED, new RunCounts(20, 19, 0, 1, 0, 2, 2), null, T.plusSeconds(3));
    }
    try (StateStore store = StateStore.open(url)) {
      assertThat(store.checkpoint("s", "src")).hasValue("{\"line\":20}");
      RunRecord run = store.runs("s", 5).get(0);
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.counts()).isEqualTo(new RunCounts(20, 19, 0, 1, 0, 2, 2));
      assertThat(run.started()).isEqualTo(T);
      assertThat(run.ended()).isEqualTo(T.plusSeconds(3));
      List<DeadLetter> letters = store.deadLetters("s", false, 10);
      assertThat(letters).hasSize(1);
      assertThat(letters.get(0).reason()).isEqualTo("line 4: bad price");
      assertThat(letters.get(0).payload()).isEqualTo("{\"price\":\"x\"}");

      store.replayFailed(letters.get(0).id(), "still bad");
      assertThat(store.deadLetters("s", false, 10).get(0).attempts()).isEqualTo(2);
      store.replayed(letters.get(0).id(), T.plusSeconds(9));
      assertThat(store.deadLetters("s", false, 10)).isEmpty();
      assertThat(store.deadLetters("s", true, 10).get(0).replayed()).isEqualTo(T.plusSeconds(9));

      assertThat(store.resetCheckpoint("s", "src")).isTrue();
      assertThat(store.checkpoint("s", "src")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void oneRunPerSyncAtATimeAndDeadRunsAreMarkedKilled(String kind) throws Exception {
    String url = StateStores.url(kind, dir);
    try (StateStore first = StateStore.open(url); StateStore second = StateStore.open(url)) {
      first.lock("s", T);
      first.startRun("s", "src", "dest", T);
      StateStoreException busy = assertThrows(StateStoreException.class, () -> second.lock("s", T));
      assertThat(busy.getMessage()).contains("sync 's' is already running against");
      second.lock("other", T); // another sync name is independent
    }
    try (StateStore next = StateStore.open(url)) {
      next.lock("s", T.plusSeconds(60));
      RunRecord dead = next.runs("s", 1).get(0);
      assertThat(dead.status()).isEqualTo(RunStatus.KILLED);
      assertThat(dead.message()).startsWith("the process ended without finishing the run");
    }
  }

  @Test
  void aUrlOfAnotherDatabaseIsRefusedWithTheChoices() {
    StateStoreException e = assertThrows(StateStoreException.class,
        () -> StateStore.open("jdbc:mysql://db/state?password=hunter22"));

    assertThat(e.getMessage()).isEqualTo("unsupported state store jdbc:mysql://db/state?password=***: use an SQLite"
        + " file (jdbc:sqlite:PATH, or just a path) or PostgreSQL (jdbc:postgresql://HOST/DB)");
  }

  @Test
  void passwordsNeverShowInLabels() {
    assertThat(JdbcUrls.redact("jdbc:postgresql://app:s3cret@db:5432/x?user=app&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://***@db:5432/x?user=app&password=***&ssl=true");
  }
}
