package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;
import static dev.dovetail.runtime.synapse.envelope.EnvelopeHandlerTest.assertError;
import static dev.dovetail.runtime.synapse.envelope.Requests.record;
import static dev.dovetail.runtime.synapse.envelope.Requests.write;
import static dev.dovetail.runtime.testing.synapse.JsonTree.stringEncodedObjects;

import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.SynapseException;
import dev.dovetail.runtime.testing.synapse.DealStore;
import dev.dovetail.runtime.testing.synapse.JsonTree;
import dev.dovetail.runtime.testing.synapse.SourceOnlySynapseDispatcher;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET_BY_ID, CREATE, UPDATE, DELETE (contract §7, conformance cases 22–27, 32). */
class EnvelopeWriteTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  private final DealStore store = DealStore.INSTANCE;
  private final EnvelopeHandler handler = new EnvelopeHandler(new TestCrmSynapseDispatcher());

  @BeforeEach
  void reset() {
    store.reset();
  }

  private List<Map<String, Object>> results(Reply reply) {
    assertThat(reply.isError()).isFalse();
    return stringEncodedObjects(JsonTree.parse(reply.body()));
  }

  private static String deal(String title) {
    return "{\"title\": \"" + title + "\", \"amount\": 12.5, \"updatedAt\": \"2024-05-02T10:00:00Z\"}";
  }

  @Test
  void getByIdAnswersTheRecordsThatExistWithTheirPlatformIds() {
    store.seed(3, T0);
    Reply reply = handler.handle(write("GET_BY_ID", record("d001", "s-a", "{}"), record("zzz", "s-b", "{}"),
        record("d003", "s-c", "{}")));
    List<Map<String, Object>> records = results(reply);
    assertThat(records.stream().map(r -> r.get("id")).toList()).containsExactly("d001", "d003").inOrder();
    assertThat(records.get(0).get("syncariEntityId")).isEqualTo("s-a");
    assertThat(records.get(1).get("syncariEntityId")).isEqualTo("s-c");
    assertThat(records.get(1).keySet()).containsExactly("name", "id", "syncariEntityId", "deleted", "values",
        "lastModified", "createdAt").inOrder();
  }

  @Test
  void getByIdWithA404MeansNoRecords() {
    store.failGetById(new SynapseException(404, "Not found"));
    assertThat(results(handler.handle(write("GET_BY_ID", record("d001", "s-a", "{}"))))).isEmpty();
  }

  @Test
  void getByIdAsksTheAuthorForAtMost20IdsPerCall() {
    store.seed(45, T0);
    String[] records = new String[45];
    for (int i = 0; i < 45; i++) {
      records[i] = record(String.format("d%03d", i + 1), "s-" + i, "{}");
    }
    assertThat(results(handler.handle(write("GET_BY_ID", records)))).hasSize(45);
    assertThat(store.getByIdCallSizes()).containsExactly(20, 20, 5).inOrder();
  }

  @Test
  void createAnswersOneResultPerRecordInInputOrder() {
    Reply reply = handler.handle(write("CREATE", record(null, "s-1", deal("One")), record(null, "s-2", deal("Two")),
        record(null, "s-3", deal("Three"))));
    List<Map<String, Object>> results = results(reply);
    assertThat(results).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Map<String, Object> result = results.get(i);
      assertThat(result.keySet()).containsExactly("success", "errors", "id", "syncariId").inOrder();
      assertThat(result.get("success")).isEqualTo(true);
      assertThat(result.get("errors")).isNull();
      assertThat(result.get("syncariId")).isEqualTo("s-" + (i + 1));
    }
    assertThat(results.stream().map(r -> r.get("id")).toList()).containsExactly("d001", "d002", "d003").inOrder();
    assertThat(store.get("d002").title()).isEqualTo("Two");
    assertThat(store.get("d002").amount()).isEqualTo(new BigDecimal("12.5"));
  }

  @Test
  void theWireFormOfAResultListIsAnArrayOfJsonStrings() {
    Reply reply = handler.handle(write("CREATE", record(null, "s-1", deal("One"))));
    assertThat(reply.body()).isEqualTo(
        "[\"{\\\"success\\\": true, \\\"errors\\\": null, \\\"id\\\": \\\"d001\\\", \\\"syncariId\\\": \\\"s-1\\\"}\"]");
  }

  @Test
  void updateReportsARejectedRecordInsideTheList() {
    store.seed(3, T0);
    Reply reply = handler.handle(write("UPDATE", record("d001", "s-1", deal("New one")),
        record("d002", "s-2", deal("REJECT me")), record("d003", "s-3", deal("New three"))));
    List<Map<String, Object>> results = results(reply);
    assertThat(results.stream().map(r -> r.get("success")).toList()).containsExactly(true, false, true).inOrder();
    assertThat(results.get(1).get("errors")).isEqualTo(List.of("title rejected: REJECT me"));
    assertThat(results.get(1).get("id")).isEqualTo("d002");
    assertThat(results.get(1).get("syncariId")).isEqualTo("s-2");
    assertThat(store.get("d001").title()).isEqualTo("New one");
    assertThat(store.get("d002").title()).isEqualTo("Deal 2");
  }

  @Test
  void updateTakesTheIdFromTheRecordWhenTheValuesLackIt() {
    store.seed(1, T0);
    results(handler.handle(write("UPDATE", record("d001", "s-1", deal("Renamed")))));
    assertThat(store.get("d001").title()).isEqualTo("Renamed");
  }

  @Test
  void deleteOfAMissingRecordIsASuccess() {
    List<Map<String, Object>> results = results(handler.handle(write("DELETE", record("nope", "s-9", "{}"))));
    assertThat(results.get(0).get("success")).isEqualTo(true);
    assertThat(results.get(0).get("id")).isEqualTo("nope");
    assertThat(results.get(0).get("syncariId")).isEqualTo("s-9");
  }

  @Test
  void deleteAnswered404ByTheAuthorIsASuccessForEveryRecord() {
    store.failDeletes(new SynapseException(404, "Not found", "no such deal"));
    List<Map<String, Object>> results = results(handler.handle(write("DELETE", record("a", "s-1", "{}"),
        record("b", "s-2", "{}"))));
    assertThat(results.stream().map(r -> r.get("success")).toList()).containsExactly(true, true);
    assertThat(results.stream().map(r -> r.get("id")).toList()).containsExactly("a", "b").inOrder();
  }

  @Test
  void deleteOfARecordWithoutIdFailsThatRecordOnly() {
    store.seed(1, T0);
    List<Map<String, Object>> results = results(handler.handle(write("DELETE", record(null, "s-1", "{}"),
        record("d001", "s-2", "{}"))));
    assertThat(results.get(0).get("success")).isEqualTo(false);
    assertThat(results.get(0).get("errors")).isEqualTo(List.of("data[0] has no id to delete"));
    assertThat(results.get(1).get("success")).isEqualTo(true);
    assertThat(store.get("d001")).isNull();
  }

  @Test
  void createOf45RecordsAnswers45ResultsCallingTheAuthorInChunksOfApiMaxCrudSize() {
    List<Map<String, Object>> results = results(handler.handle(write("CREATE", newDeals(45))));
    assertThat(results).hasSize(45);
    for (int i = 0; i < 45; i++) {
      assertThat(results.get(i).get("syncariId")).isEqualTo("s-" + i);
      assertThat(results.get(i).get("id")).isEqualTo(String.format("d%03d", i + 1));
    }
    assertThat(store.writeCallSizes()).containsExactly(20, 20, 5).inOrder();
  }

  @Test
  void createOnASourceOnlySynapseIs405Exactly() {
    Reply reply = new EnvelopeHandler(new SourceOnlySynapseDispatcher())
        .handle(write("CREATE", record(null, "s-1", deal("One"))));
    assertThat(reply.body()).isEqualTo("{\"status_code\": 405, \"message\": \"Operation RequestType.CREATE is not"
        + " supported\", \"detail\": null}");
    for (String type : new String[] {"UPDATE", "DELETE", "GET_BY_ID"}) {
      assertError(new EnvelopeHandler(new SourceOnlySynapseDispatcher()).handle(write(type)), 405);
    }
  }

  @Test
  void aRecordWhoseValuesDoNotFitFailsAloneAndTheOthersAreWritten() {
    Reply reply = handler.handle(write("CREATE", record(null, "s-1", deal("One")),
        record(null, "s-2", "{\"title\": \"Two\", \"amount\": \"lots\"}"), record(null, "s-3", "null")));
    List<Map<String, Object>> results = results(reply);
    assertThat(results.stream().map(r -> r.get("success")).toList()).containsExactly(true, false, false).inOrder();
    assertThat(results.get(1).get("errors"))
        .isEqualTo(List.of("data[1].values: field 'amount': expected a number but found the string \"lots\""));
    assertThat(results.get(2).get("errors")).isEqualTo(List.of("data[2] has no values object"));
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void theEntityMayComeAfterTheData() {
    Reply reply = handler.handle(Requests.envelope("CREATE", "{\"data\": [" + record(null, "s-1", deal("One"))
        + "], \"watermark\": null, \"entity\": " + TestCrmSynapseDispatcher.DEAL_SCHEMA + "}"));
    assertThat(results(reply)).hasSize(1);
  }

  @Test
  void aResultListOfTheWrongLengthIsAnInvalidResponse() {
    store.wrongResultCount();
    Reply reply = handler.handle(write("CREATE", record(null, "s-1", deal("One")), record(null, "s-2", deal("Two"))));
    Map<String, Object> body = assertError(reply, 400);
    assertThat(body.get("message")).isEqualTo("Invalid response type for request RequestType.CREATE");
    assertThat(body.get("detail")).isEqualTo("The response: 1 results for 2 records");
  }

  @Test
  void aFailureOfTheFirstChunkIsTheReplyForTheWholeRequest() {
    store.failWrites(new QuotaExceededException(Duration.ofSeconds(60)), 1);
    Map<String, Object> body = assertError(handler.handle(write("CREATE", record(null, "s-1", deal("One")))), 429);
    assertThat(body.get("detail")).isEqualTo("retry after 60 s");

    store.reset();
    store.failWrites(new IllegalArgumentException("amount must be positive"), 1);
    Map<String, Object> failed = assertError(handler.handle(write("UPDATE", record("d1", "s-1", deal("One")))), 400);
    assertThat(failed.get("message")).isEqualTo("Failed to execute request RequestType.UPDATE");
    assertThat(failed.get("detail")).isEqualTo("amount must be positive");
  }

  /** {@code count} records of new deals, {@code syncariId} s-0, s-1, …: three chunks of the default 20 for 45. */
  private static String[] newDeals(int count) {
    String[] records = new String[count];
    for (int i = 0; i < count; i++) {
      records[i] = record(null, "s-" + i, deal("Deal " + i));
    }
    return records;
  }

  @Test
  void anErrorOfTheAuthorInTheFirstChunkIs500() {
    store.failWrites(new AssertionError("deal without title"), 1);
    Map<String, Object> body = assertError(handler.handle(write("CREATE", record(null, "s-1", deal("One")))), 500);
    assertThat(body.get("message")).isEqualTo("Failed to execute request RequestType.CREATE");
    assertThat(body.get("detail")).isEqualTo("java.lang.AssertionError: deal without title");
  }

  @Test
  void anErrorOfTheAuthorInALaterChunkKeepsTheResultsOfTheWrittenChunks() {
    store.failWrites(new StackOverflowError(), 2);
    List<Map<String, Object>> results = results(handler.handle(write("CREATE", newDeals(45))));
    assertThat(results).hasSize(45);
    assertThat(results.subList(0, 20).stream().allMatch(r -> r.get("success").equals(true))).isTrue();
    assertThat(results.get(20).get("errors"))
        .isEqualTo(List.of("status 500: Failed to execute request RequestType.CREATE (java.lang.StackOverflowError)"));
    assertThat(results.get(44).get("success")).isEqualTo(false);
    assertThat(store.size()).isEqualTo(20);
  }

  @Test
  void aFailureAfterEarlierChunksWereWrittenFailsTheRestInsideTheList() {
    store.failWrites(new QuotaExceededException(Duration.ofSeconds(60)), 2);
    List<Map<String, Object>> results = results(handler.handle(write("CREATE", newDeals(45))));
    assertThat(results).hasSize(45);
    assertThat(results.subList(0, 20).stream().allMatch(r -> r.get("success").equals(true))).isTrue();
    assertThat(results.get(20).get("success")).isEqualTo(false);
    assertThat(results.get(20).get("errors"))
        .isEqualTo(List.of("status 429: Quota exceeded (retry after 60 s)"));
    assertThat(results.get(44).get("errors"))
        .isEqualTo(List.of("not attempted: an earlier chunk failed with status 429: Quota exceeded (retry after 60 s)"));
    assertThat(results.get(44).get("syncariId")).isEqualTo("s-44");
    assertThat(store.writeCallSizes()).containsExactly(20, 20).inOrder();
    assertThat(store.size()).isEqualTo(20);
  }

  @Test
  void secretsInPerRecordErrorsAreMasked() {
    List<Map<String, Object>> results = results(handler.handle(write("CREATE",
        record(null, "s-1", deal("REJECT " + Requests.TOKEN)))));
    assertThat(results.get(0).get("errors")).isEqualTo(List.of("title rejected: REJECT ***"));
  }

  @Test
  void writesWithoutDataAnswerAnEmptyList() {
    assertThat(results(handler.handle(write("CREATE")))).isEmpty();
    assertThat(results(handler.handle(Requests.envelope("DELETE", "{\"entity\": \"deal\"}")))).isEmpty();
    assertThat(store.writeCallSizes()).isEmpty();
  }

  @Test
  void malformedRecordsAre400() {
    Map<String, Object> notArray = assertError(handler.handle(Requests.envelope("CREATE",
        "{\"entity\": \"deal\", \"data\": {}}")), 400);
    assertThat(notArray.get("detail")).isEqualTo("body.data must be an array of records");
    Map<String, Object> notObject = assertError(handler.handle(Requests.envelope("CREATE",
        "{\"entity\": \"deal\", \"data\": [\"x\"]}")), 400);
    assertThat(notObject.get("detail")).isEqualTo("body.data[0] must be a Record object");
  }
}
