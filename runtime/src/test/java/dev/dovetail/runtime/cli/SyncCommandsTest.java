package dev.dovetail.runtime.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.Settings;
import dev.dovetail.runtime.testing.ProductDestination;
import dev.dovetail.runtime.testing.RecordingSleeper;
import dev.dovetail.runtime.testing.synapse.DealStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync}, {@code status} and {@code dlq} through the command line, in-process, with the test connector. */
class SyncCommandsTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
  private static final String SECRET = "very-secret-token-42";

  @TempDir Path dir;

  private final RecordingSleeper sleeper = new RecordingSleeper();

  record Result(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }

  @BeforeEach
  void reset() {
    DealStore.INSTANCE.reset();
    ProductDestination.DELIVERED.clear();
  }

  @AfterEach
  void clearSettings() {
    Settings.install(Map.of());
  }

  private Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), SyncCommandsTest.class.getClassLoader(), sleeper,
        Clock.fixed(NOW, ZoneOffset.UTC));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path config(String mapping, String settings) throws Exception {
    Path file = dir.resolve("sync.yml");
    Files.writeString(file, String.join("\n",
        "name: crm-products",
        "source:",
        "  synapse: test_crm",
        "  entity: deal",
        "  connection:",
        "    endpoint: https://crm.example/",
        "    token: ${CRM_TOKEN:-" + SECRET + "}",
        "  since: 2024-01-01T00:00:00Z",
        "destination:",
        "  name: products",
        "  settings: {" + settings + "}",
        "mapping:",
        mapping,
        "batch: {size: 10}",
        "state: " + dir.resolve("state.db"),
        ""), StandardCharsets.UTF_8);
    return file;
  }

  private static final String MAPPING = "  product_id: id\n  price: amount";

  @Test
  void syncPrintsASummaryAndStatusShowsTheRun() throws Exception {
    DealStore.INSTANCE.seed(35, T0);
    Path config = config(MAPPING, "");

    Result sync = run("sync", "--config", config.toString(), "--progress", "log");

    assertThat(sync.exitCode()).isEqualTo(0);
    assertThat(sync.err()).contains("sync crm-products: synapse test_crm, entity deal → destination products,"
        + " batches of 10, first run (no checkpoint)");
    assertThat(sync.out()).contains("Sync crm-products (run 1): OK");
    assertThat(sync.out()).containsMatch("read +35\\b");
    assertThat(sync.out()).containsMatch("delivered +35\\b");
    assertThat(sync.out()).containsMatch("dead-lettered +0\\b");
    assertThat(ProductDestination.DELIVERED.stream().mapToInt(b -> b.items().size()).sum()).isEqualTo(35);

    Result status = run("status", "--config", config.toString());
    assertThat(status.exitCode()).isEqualTo(0);
    assertThat(status.out()).contains("Sync crm-products in jdbc:sqlite:");
    assertThat(status.out()).containsMatch("\\n  1 +2024-06-01T00:00:00Z +0.0 s +COMPLETED +35 +35 +0 +0 +0");
  }

  @Test
  void aMappingErrorStopsBeforeAnythingMovesWithEveryProblemListed() throws Exception {
    DealStore.INSTANCE.seed(3, T0);
    Result sync = run("sync", "--config", config("  product_id: id\n  price: title\n  weight: amount", "").toString());

    assertThat(sync.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(sync.err()).contains("the mapping from entity deal to destination products (schema product_schema)"
        + " has 2 problems:\n  - mapping.price: title is a string attribute");
    assertThat(sync.err()).contains("  - mapping.weight: destination products (schema product_schema) has no field 'weight'");
    assertThat(ProductDestination.DELIVERED).isEmpty();
  }

  @Test
  void rejectedRecordsAreListedAndReplayedFromTheDeadLetterTable() throws Exception {
    DealStore.INSTANCE.seed(4, T0);
    Path failing = config(MAPPING, "products.fail: 'true'");

    Result sync = run("sync", "--config", failing.toString(), "--progress", "none");
    assertThat(sync.exitCode()).isEqualTo(1);
    assertThat(sync.out()).contains("COMPLETED WITH DEAD LETTERS");
    assertThat(sync.out()).containsMatch("dead-lettered +4\\b");
    assertThat(sync.out()).contains("see 'dlq list', fix the cause, then 'dlq replay'");

    Result list = run("dlq", "list", "--config", failing.toString());
    assertThat(list.exitCode()).isEqualTo(0);
    assertThat(list.out()).contains("4 dead letters of sync crm-products waiting for a replay");
    assertThat(list.out()).contains("reason:  record d002: rejected by destination products: rejected by the test sink");
    assertThat(list.out()).contains("payload: {\"name\": \"deal\", \"id\": \"d002\"");

    Path fixed = config(MAPPING, "");
    Result replay = run("dlq", "replay", "--config", fixed.toString());
    assertThat(replay.exitCode()).isEqualTo(0);
    assertThat(replay.out()).contains("replayed 4 dead letters of sync crm-products; 0 failed again");
    assertThat(run("dlq", "list", "--config", fixed.toString()).out()).contains("0 dead letters");
  }

  @Test
  void theSecretNeverAppearsInAnyOutput() throws Exception {
    DealStore.INSTANCE.seed(2, T0);
    // A destination that echoes the secret in its failure: the summary, messages and status must mask it.
    Path config = config(MAPPING, "products.ready: 'false'");
    Result notReady = run("sync", "--config", config.toString(), "--verbose");
    assertThat(notReady.exitCode()).isEqualTo(Main.EXIT_USAGE);

    Result sync = run("sync", "--config", config(MAPPING, "").toString(), "--verbose", "--progress", "log");
    Result status = run("status", "--config", config.toString());
    Result list = run("dlq", "list", "--config", config.toString(), "--all");
    for (Result result : new Result[] {notReady, sync, status, list}) {
      assertThat(result.all()).doesNotContain(SECRET);
    }
  }

  @Test
  void flagsAloneDescribeASyncFromAJsonLinesFile() throws Exception {
    Path input = dir.resolve("products.jsonl");
    Files.writeString(input, "{\"sku\": \"a\", \"cost\": 1.5}\n{\"sku\": \"b\", \"cost\": 2}\n{\"cost\": 3}\n");
    Result sync = run("sync", "--source-file", input.toString(), "--destination", "products", "--map", "product_id=sku",
        "--map", "price=cost", "--state", dir.resolve("s.db").toString(), "--progress", "none");

    assertThat(sync.exitCode()).isEqualTo(1);
    assertThat(sync.out()).containsMatch("delivered +2\\b");
    assertThat(sync.out()).containsMatch("dead-lettered +1\\b");
    assertThat(sync.err()).contains("dead letter (decode): line 3: ");
  }

  @Test
  void withoutASourceTheErrorSaysWhatToGive() {
    Result sync = run("sync", "--destination", "products");
    assertThat(sync.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(sync.err()).contains("no source: give --config FILE, or --entity ENTITY (a synapse) or --source-file FILE");
  }
}
