package dev.dovetail.runtime.runner;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.DynamicRecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.testing.FixedRandom;
import dev.dovetail.runtime.testing.LeadSchema;
import dev.dovetail.runtime.testing.Product;
import dev.dovetail.runtime.testing.ProductCodec;
import dev.dovetail.runtime.testing.RecordingSleeper;
import dev.dovetail.runtime.testing.ScriptedHandler;
import dev.dovetail.runtime.testing.TestDispatcher;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec §7 cases 40–43 and the runner's handling of bad input, failed batches and bounds. */
class DestinationRunnerTest {
  private static final DataSync SYNC = new DataSync("sync-1", "Nightly products");
  private static final String P1 = "{\"product_id\":\"p1\",\"price\":9.5,\"qty\":3,\"tags\":[\"new\"]}";
  private static final String P2 = "{\"product_id\":\"p2\",\"price\":1,\"qty\":\"4\"}";
  private static final String P3 = "{\"product_id\":\"p3\"}";
  private static final String DELETE_P1 = "{\"product_id\":\"p1\",\"_isDeleted\":true}";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<String> problems = new ArrayList<>();
  private final List<String> progress = new ArrayList<>();
  private RunOptions options = RunOptions.defaults(SYNC)
      .withRetry(RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)));

  private final RunListener listener = new RunListener() {
    @Override
    public void problem(String message) {
      problems.add(message);
    }

    @Override
    public void progress(String message) {
      progress.add(message);
    }
  };

  private <T> RunSummary run(DestinationDispatcher<T> dispatcher, String... lines) {
    String input = String.join("\n", lines) + "\n";
    return new DestinationRunner<>(dispatcher, options, listener, sleeper, FixedRandom.MAX).run(new StringReader(input));
  }

  private static String encode(BatchItem<Product> item) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      ProductCodec.INSTANCE.encodeItem(item, g);
    }
    return out.toString();
  }

  @Test
  void deliversEveryRecordInBatches() {
    ScriptedHandler<Product> handler = new ScriptedHandler<>();
    options = options.withBatchSize(2);
    RunSummary summary = run(TestDispatcher.products(handler, true), P1, P2, P3, P1, P2);
    assertThat(handler.calls().stream().map(b -> b.items().size()).toList()).containsExactly(2, 2, 1).inOrder();
    assertThat(handler.calls().get(0).upserts())
        .containsExactly(new Product("p1", 9.5, 3L, List.of("new")), new Product("p2", 1.0, 4L, null)).inOrder();
    assertThat(handler.calls().get(0).sync()).isEqualTo(SYNC);
    assertThat(handler.readyCalls()).isEqualTo(1);
    assertThat(summary.status()).isEqualTo(RunSummary.Status.COMPLETED);
    assertThat(summary.recordsRead()).isEqualTo(5);
    assertThat(summary.upsertsDelivered()).isEqualTo(5);
    assertThat(summary.batchesOk()).isEqualTo(3);
    assertThat(summary.exitCode()).isEqualTo(0);
    assertThat(problems).isEmpty();
  }

  @Test
  void case40_notReadyStopsBeforeAnyDelivery() {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().ready(() -> ReadyResult.notReady("bad key"));
    RunSummary summary = run(TestDispatcher.products(handler, true), P1);
    assertThat(handler.calls()).isEmpty();
    assertThat(summary.status()).isEqualTo(RunSummary.Status.NOT_READY);
    assertThat(summary.messages()).containsExactly("destination 'products' is not ready: bad key");
    assertThat(problems).containsExactly("destination 'products' is not ready: bad key");
    assertThat(summary.recordsRead()).isEqualTo(0);
    assertThat(summary.exitCode()).isEqualTo(RunSummary.EXIT_NOT_READY);
  }

  @Test
  void readyThatThrowsIsNotReady() {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().ready(() -> {
      throw new IOException("no network");
    });
    RunSummary summary = run(TestDispatcher.products(handler, true), P1);
    assertThat(handler.calls()).isEmpty();
    assertThat(summary.messages()).containsExactly("destination 'products' is not ready: ready() threw IOException: no network");
    assertThat(summary.exitCode()).isEqualTo(2);
  }

  @Test
  void readyThatThrowsAnErrorIsNotReadyWithTheRunsSummary() {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().ready(() -> {
      throw new NoClassDefFoundError("com/acme/ApiClient");
    });
    RunSummary summary = run(TestDispatcher.products(handler, true), P1);
    assertThat(handler.calls()).isEmpty();
    assertThat(summary.messages()).containsExactly(
        "destination 'products' is not ready: ready() threw java.lang.NoClassDefFoundError: com/acme/ApiClient");
    assertThat(summary.exitCode()).isEqualTo(RunSummary.EXIT_NOT_READY);
  }

  @Test
  void handlerThatCannotBeCreatedIsNotReady() {
    DestinationInfo info = TestDispatcher.products(null, true).info();
    DestinationDispatcher<Product> broken = new DestinationDispatcher<>() {
      @Override
      public DestinationInfo info() {
        return info;
      }

      @Override
      public DestinationHandler<Product> newHandler() {
        throw new IllegalStateException("no API client");
      }

      @Override
      public ProductCodec codec(UnknownFields unknownFields) {
        return new ProductCodec(unknownFields);
      }

      @Override
      public SchemaDefinition schema() {
        return Product.SCHEMA;
      }
    };
    RunSummary summary = run(broken, P1);
    assertThat(summary.status()).isEqualTo(RunSummary.Status.NOT_READY);
    assertThat(summary.messages().get(0)).contains("could not create ProductDestination: IllegalStateException: no API client");
  }

  @Test
  void case41_deleteWithSupportsDeleteIsDeliveredWithJustTheKey() throws IOException {
    ScriptedHandler<Product> handler = new ScriptedHandler<>();
    RunSummary summary = run(TestDispatcher.products(handler, true), DELETE_P1);
    BatchItem<Product> item = handler.calls().get(0).items().get(0);
    assertThat(item).isEqualTo(BatchItem.delete(new PrimaryKey(List.of("product_id"), "p1")));
    assertThat(encode(item)).isEqualTo(DELETE_P1);
    assertThat(summary.deletesDelivered()).isEqualTo(1);
    assertThat(summary.deletesDropped()).isEqualTo(0);
  }

  @Test
  void case42_deleteWithoutSupportsDeleteIsDroppedAndUpsertsStillDelivered() {
    ScriptedHandler<Product> handler = new ScriptedHandler<>();
    RunSummary summary = run(TestDispatcher.products(handler, false), P1, DELETE_P1, P2);
    assertThat(handler.calls()).hasSize(1);
    assertThat(handler.calls().get(0).deletes()).isEmpty();
    assertThat(handler.calls().get(0).upserts().stream().map(Product::productId).toList()).containsExactly("p1", "p2").inOrder();
    assertThat(summary.deletesDropped()).isEqualTo(1);
    assertThat(summary.upsertsDelivered()).isEqualTo(2);
    assertThat(summary.exitCode()).isEqualTo(0);
    assertThat(progress).contains("line 2: delete of {product_id=p1} dropped: destination 'products' does not support deletes");
  }

  @Test
  void case43_upsertsAndDeletesShareABatchInOrder() {
    ScriptedHandler<Product> handler = new ScriptedHandler<>();
    RunSummary summary = run(TestDispatcher.products(handler, true), P1, "{\"product_id\":\"p2\",\"_isDeleted\":true}", P3);
    assertThat(handler.calls()).hasSize(1);
    List<BatchItem<Product>> items = handler.calls().get(0).items();
    assertThat(items.get(0)).isInstanceOf(BatchItem.Upsert.class);
    assertThat(items.get(1)).isEqualTo(BatchItem.delete(new PrimaryKey(List.of("product_id"), "p2")));
    assertThat(items.get(2)).isEqualTo(BatchItem.upsert(new Product("p3", null, null, null)));
    assertThat(summary.upsertsDelivered()).isEqualTo(2);
    assertThat(summary.deletesDelivered()).isEqualTo(1);
  }

  @Test
  void malformedJsonIsRejectedWithItsLineAndTheRestDelivered() {
    ScriptedHandler<Product> handler = new ScriptedHandler<>();
    RunSummary summary = run(TestDispatcher.products(handler, true), P1, "{\"product_id\": \"p2\",", P3);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.upsertsDelivered()).isEqualTo(2);
    assertThat(summary.messages()).hasSize(1);
    assertThat(summary.messages().get(0)).startsWith("line 2: malformed JSON at column ");
    assertThat(summary.exitCode()).isEqualTo(1);
  }

  @Test
  void wrongTypedFieldIsRejectedWithLineAndField() {
    ScriptedHandler<Product> handler = new ScriptedHandler<>();
    RunSummary summary = run(TestDispatcher.products(handler, true), P1, "", "{\"product_id\":\"p9\",\"qty\":\"many\"}");
    assertThat(summary.messages()).containsExactly("line 3: field 'qty': expected an integer but found the string \"many\"");
    assertThat(problems).isEqualTo(summary.messages());
    assertThat(summary.recordsRead()).isEqualTo(2); // the blank line is skipped, yet counted in line numbers
  }

  @Test
  void otherLineShapesAreRejected() {
    ScriptedHandler<Product> handler = new ScriptedHandler<>();
    RunSummary summary = run(TestDispatcher.products(handler, true),
        P1 + " {}", "[1]", "{\"price\":2}", "\"text\"");
    assertThat(summary.messages()).containsExactly(
        "line 1: unexpected content after the JSON object at column " + (P1.length() + 2),
        "line 2: expected a JSON object for a product_schema item but found an array",
        "line 3: field 'product_id': primary key field is missing or null",
        "line 4: expected a JSON object for a product_schema item but found the string \"text\"").inOrder();
    assertThat(handler.calls()).isEmpty();
  }

  @Test
  void strictModeRejectsUnknownFields() {
    options = options.withUnknownFields(UnknownFields.REJECT);
    RunSummary summary = run(TestDispatcher.products(new ScriptedHandler<>(), true), "{\"product_id\":\"p1\",\"colour\":\"red\"}");
    assertThat(summary.messages()).containsExactly("line 1: field 'colour': not a field of this schema");
  }

  @Test
  void failedBatchDoesNotStopTheRun() {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().then(DeliverResult.fail("nope"));
    options = options.withBatchSize(2);
    RunSummary summary = run(TestDispatcher.products(handler, true), P1, P2, P3);
    assertThat(handler.calls()).hasSize(2);
    assertThat(summary.batchesFailed()).isEqualTo(1);
    assertThat(summary.failedRecords()).isEqualTo(2);
    assertThat(summary.batchesOk()).isEqualTo(1);
    assertThat(summary.upsertsDelivered()).isEqualTo(1);
    assertThat(summary.messages()).containsExactly("batch 1 (lines 1-2, 2 items) failed after 1 attempt: nope");
    assertThat(summary.exitCode()).isEqualTo(1);
  }

  @Test
  void runtimeExceptionOfDeliverIsARetryableFailureOfTheBatch() {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().otherwise(batch -> {
      throw new IllegalStateException("client closed");
    });
    options = options.withBatchSize(2);
    RunSummary summary = run(TestDispatcher.products(handler, true), P1, P2, P3);
    assertThat(summary.batchesFailed()).isEqualTo(2);
    assertThat(summary.failedRecords()).isEqualTo(3);
    assertThat(summary.messages().get(0)).isEqualTo("batch 1 (lines 1-2, 2 items) failed after 4 attempts: client closed");
    assertThat(summary.exitCode()).isEqualTo(1);
  }

  @Test
  void errorOfDeliverFailsThatBatchWithoutRetryAndTheRunGoesOn() {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>()
        .then(batch -> {
          throw new StackOverflowError();
        })
        .then(batch -> {
          throw new AssertionError("price must be set");
        });
    options = options.withBatchSize(1);
    RunSummary summary = run(TestDispatcher.products(handler, true), P1, P2, P3);
    assertThat(handler.attempts()).containsExactly(1, 1, 1).inOrder();
    assertThat(summary.messages()).containsExactly(
        "batch 1 (line 1, 1 item) failed after 1 attempt: deliver() threw java.lang.StackOverflowError",
        "batch 2 (line 2, 1 item) failed after 1 attempt: deliver() threw java.lang.AssertionError: price must be set")
        .inOrder();
    assertThat(summary.batchesFailed()).isEqualTo(2);
    assertThat(summary.batchesOk()).isEqualTo(1);
    assertThat(summary.exitCode()).isEqualTo(1);
  }

  @Test
  void outOfMemoryInDeliverPropagates() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().then(batch -> {
      throw error;
    });
    OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class,
        () -> run(TestDispatcher.products(handler, true), P1));
    assertThat(thrown).isSameInstanceAs(error);
  }

  @Test
  void retriesAreCountedAndWaitedFor() {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>()
        .then(DeliverResult.retry("busy")).then(DeliverResult.retry("busy")).then(DeliverResult.ok());
    RunSummary summary = run(TestDispatcher.products(handler, true), P1);
    assertThat(handler.attempts()).containsExactly(1, 2, 3).inOrder();
    assertThat(summary.retries()).isEqualTo(2);
    assertThat(summary.exitCode()).isEqualTo(0);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200)).inOrder();
    assertThat(summary.elapsed()).isEqualTo(Duration.ofMillis(300));
    assertThat(progress).contains("batch 1 (line 1, 1 item): attempt 1 failed (busy); retrying in 100 ms");
  }

  @Test
  void exhaustedRetriesFailTheBatchWithTheLastReason() {
    ScriptedHandler<Product> handler = new ScriptedHandler<Product>().otherwise(batch -> {
      throw new IOException("timeout");
    });
    RunSummary summary = run(TestDispatcher.products(handler, true), P1);
    assertThat(handler.attempts()).containsExactly(1, 2, 3, 4).inOrder();
    assertThat(summary.messages()).containsExactly("batch 1 (line 1, 1 item) failed after 4 attempts: timeout");
    assertThat(summary.retries()).isEqualTo(3);
  }

  @Test
  void messagesAreBoundedButCounted() {
    String[] lines = new String[25];
    java.util.Arrays.fill(lines, "not json");
    RunSummary summary = run(TestDispatcher.products(new ScriptedHandler<>(), true), lines);
    assertThat(summary.messages()).hasSize(RunOptions.DEFAULT_MAX_MESSAGES);
    assertThat(summary.messageCount()).isEqualTo(25);
    assertThat(summary.rejected()).isEqualTo(25);
  }

  @Test
  void dynamicSchemaRecordsAreDelivered() {
    ScriptedHandler<DynamicRecord> handler = new ScriptedHandler<>();
    DestinationInfo info = new DestinationInfo("leads", "LeadSync", "Sends leads", null, "LeadSchema", false);
    TestDispatcher<DynamicRecord> dispatcher =
        new TestDispatcher<>(info, handler, policy -> DynamicRecordCodec.forSchema(LeadSchema.valid(), policy));
    RunSummary summary = run(dispatcher, "{\"email\":\"a@b.c\",\"score\":5,\"company\":{\"name\":\"Acme\"}}",
        "{\"email\":\"x@y.z\",\"score\":\"high\"}");
    Batch<DynamicRecord> batch = handler.calls().get(0);
    assertThat(batch.upserts().get(0).getRecord("company").getString("name")).isEqualTo("Acme");
    assertThat(summary.messages()).containsExactly("line 2: field 'score': expected an integer but found the string \"high\"");
  }

  @Test
  void invalidDynamicSchemaStopsLikeNotReadyListingEveryProblem() {
    ScriptedHandler<DynamicRecord> handler = new ScriptedHandler<>();
    DestinationInfo info = new DestinationInfo("leads", "LeadSync", "Sends leads", null, "LeadSchema", false);
    TestDispatcher<DynamicRecord> dispatcher =
        new TestDispatcher<>(info, handler, policy -> DynamicRecordCodec.forSchema(LeadSchema.broken(), policy));
    RunSummary summary = run(dispatcher, "{\"email\":\"a@b.c\"}");
    assertThat(handler.calls()).isEmpty();
    assertThat(summary.status()).isEqualTo(RunSummary.Status.NOT_READY);
    assertThat(summary.messages()).containsExactly(
        "destination 'leads': schema function LeadSchema returned an invalid schema with 2 problems",
        "  fields[1].description must be specified",
        "  fields[1].type 'integer' does not match any custom_types name").inOrder();
    assertThat(summary.exitCode()).isEqualTo(2);
  }

  @Test
  void failingSchemaFunctionIsNotReady() {
    DestinationInfo info = new DestinationInfo("leads", "LeadSync", "Sends leads", null, "LeadSchema", false);
    TestDispatcher<DynamicRecord> dispatcher = new TestDispatcher<>(info, new ScriptedHandler<>(), policy -> {
      throw new IOException("CRM unreachable");
    });
    RunSummary summary = run(dispatcher, "{\"email\":\"a@b.c\"}");
    assertThat(summary.messages()).containsExactly("destination 'leads': schema function LeadSchema failed: IOException: CRM unreachable");
  }

  @Test
  void recordsPerSecondUsesTheElapsedTime() {
    RunSummary summary = new RunSummary("d", RunSummary.Status.COMPLETED, 50, 50, 0, 0, 0, 0, 1, 0, 0,
        Duration.ofMillis(500), List.of(), 0);
    assertThat(summary.recordsPerSecond()).isEqualTo(100.0);
    assertThat(new RunSummary("d", RunSummary.Status.COMPLETED, 0, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO, List.of(), 0)
        .recordsPerSecond()).isEqualTo(0.0);
  }
}
