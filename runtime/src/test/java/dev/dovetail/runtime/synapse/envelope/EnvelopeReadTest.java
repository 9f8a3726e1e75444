package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;
import static dev.dovetail.runtime.synapse.envelope.EnvelopeHandlerTest.assertError;
import static dev.dovetail.runtime.synapse.envelope.Requests.read;
import static dev.dovetail.runtime.synapse.envelope.Requests.watermark;
import static dev.dovetail.runtime.testing.synapse.JsonTree.object;
import static dev.dovetail.runtime.testing.synapse.JsonTree.stringEncodedObjects;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.SynapseException;
import dev.dovetail.runtime.testing.synapse.Deal;
import dev.dovetail.runtime.testing.synapse.DealStore;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** READ and the paging protocol (contract §6, conformance cases 10–20, 28–32). */
class EnvelopeReadTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
  private static final long START = T0.toEpochMilli();
  private static final long END = NOW.toEpochMilli();
  private static final Connection CONNECTION = Connection.of("my-crm", AuthConfig.ofEndpoint("https://crm.example/"));

  private final DealStore store = DealStore.INSTANCE;
  private EnvelopeHandler handler = handler(0, NOW);

  /** One READ reply, parsed. */
  private record Page(List<Map<String, Object>> records, Watermark watermark, String offsetType) {
    List<String> ids() {
      return records.stream().map(r -> (String) r.get("id")).toList();
    }
  }

  private static EnvelopeHandler handler(int skewSeconds, Instant now) {
    return new EnvelopeHandler(new TestCrmSynapseDispatcher(skewSeconds), Clock.fixed(now, ZoneOffset.UTC));
  }

  @BeforeEach
  void reset() {
    store.reset();
  }

  private Page readPage(Watermark watermark) throws Exception {
    Reply reply = handler.handle(Envelopes.read(CONNECTION, "deal", TestCrmSynapseDispatcher.DEAL_SCHEMA, watermark));
    assertThat(reply.isError()).isFalse();
    ReadReply parsed = ReadReply.parse(reply.body());
    List<Map<String, Object>> records = new ArrayList<>();
    for (ReadReply.Item item : parsed.records()) {
      records.add(object(item.json()));
    }
    return new Page(records, parsed.watermark(), parsed.offsetType());
  }

  /** A READ cycle as the platform runs it: each READ carries the watermark returned last, until a stop rule holds. */
  private List<Page> cycle(Watermark first) throws Exception {
    List<Page> pages = new ArrayList<>();
    int limit = first.limitOrZero();
    int minPage = limit > 0 ? Math.min(100, limit) : 100;
    long fetched = 0;
    Watermark watermark = first;
    while (true) {
      Page page = readPage(watermark);
      pages.add(page);
      fetched += page.records().size();
      if (page.records().isEmpty() || page.watermark().offsetOrZero() == 0 || page.records().size() < minPage
          || (limit > 0 && fetched >= limit)) {
        return pages;
      }
      assertThat(pages.size()).isLessThan(50);
      watermark = page.watermark();
    }
  }

  private static List<String> allIds(List<Page> pages) {
    List<String> ids = new ArrayList<>();
    pages.forEach(p -> ids.addAll(p.ids()));
    return ids;
  }

  private static List<String> expectedIds(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      ids.add(String.format("d%03d", i));
    }
    return ids;
  }

  @Test
  void pagesOf100WithRecordCountOffsetsEndingAtZero() throws Exception {
    store.seed(250, T0);
    List<Page> pages = cycle(Watermark.window(START, END, 0));
    assertThat(pages.stream().map(p -> p.records().size()).toList()).containsExactly(100, 100, 50).inOrder();
    assertThat(pages.stream().map(p -> p.watermark().offset()).toList()).containsExactly(100, 200, 0).inOrder();
    assertThat(pages.stream().map(Page::offsetType).distinct().toList()).containsExactly("RECORD_COUNT");
    assertThat(pages.get(0).watermark().cursor()).isEqualTo("o:100");
    assertThat(pages.get(2).watermark().cursor()).isNull();
    assertThat(allIds(pages)).isEqualTo(expectedIds(1, 250));
  }

  @Test
  void exactlyTwoHundredRecordsEndWithAnEmptyPage() throws Exception {
    store.seed(200, T0);
    List<Page> pages = cycle(Watermark.window(START, END, 0));
    assertThat(pages.stream().map(p -> p.records().size()).toList()).containsExactly(100, 100, 0).inOrder();
    assertThat(pages.get(2).watermark().offset()).isEqualTo(0);
    assertThat(allIds(pages)).isEqualTo(expectedIds(1, 200));
  }

  @Test
  void smallUpstreamPagesAreJoinedIntoRepliesOfAtLeast100() throws Exception {
    store.seed(250, T0);
    store.upstreamPageSize(50);
    List<Page> pages = cycle(Watermark.window(START, END, 0));
    assertThat(pages.stream().map(p -> p.records().size()).toList()).containsExactly(100, 100, 50).inOrder();
    assertThat(allIds(pages)).isEqualTo(expectedIds(1, 250));
    // 5 full upstream pages of 50, then the empty one that ends the window.
    assertThat(store.reads()).hasSize(6);
  }

  @Test
  void limitCapsTheRecordsOfTheCycle() throws Exception {
    store.seed(250, T0);
    List<Page> pages = cycle(Watermark.window(START, END, 30));
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).ids()).isEqualTo(expectedIds(1, 30));
    assertThat(pages.get(0).watermark().offset()).isEqualTo(30);
    assertThat(pages.get(0).watermark().limit()).isEqualTo(30);
    assertThat(store.reads().get(0).pageSize()).isEqualTo(30);
  }

  @Test
  void aLimitInsideAnOversizedUpstreamPageKeepsThePositionSoNothingIsLostOrRepeated() throws Exception {
    store.seed(320, T0);
    store.upstreamPageSize(150);
    List<Page> pages = cycle(Watermark.window(START, END, 250));
    assertThat(pages.stream().map(p -> p.records().size()).toList()).containsExactly(150, 100).inOrder();
    Watermark stoppedAt = pages.get(1).watermark();
    assertThat(stoppedAt.offset()).isEqualTo(250);
    assertThat(stoppedAt.cursor()).isEqualTo("dovetail:skip=100;o:150");
    // A caller that goes on from there (the platform stops at its limit) gets exactly the rest.
    Page rest = readPage(new Watermark(START, END, 250, 0, stoppedAt.cursor(), false, false, false));
    List<String> ids = allIds(pages);
    ids.addAll(rest.ids());
    assertThat(ids).isEqualTo(expectedIds(1, 320));
    assertThat(rest.watermark().offset()).isEqualTo(0);
  }

  @Test
  void anOffsetWithoutCursorSkipsThatManyRecordsOfTheWindow() throws Exception {
    store.seed(150, T0);
    Page page = readPage(new Watermark(START, END, 100, null, null, false, false, false));
    assertThat(page.ids()).isEqualTo(expectedIds(101, 150));
    assertThat(page.watermark().offset()).isEqualTo(0);
  }

  @Test
  void outOfOrderUpstreamPagesAreSortedAscending() throws Exception {
    store.seed(250, T0);
    store.shuffleWith(42);
    for (Page page : cycle(Watermark.window(START, END, 0))) {
      List<Long> modified = page.records().stream().map(r -> (Long) r.get("lastModified")).toList();
      assertThat(modified).isInOrder();
      modified.forEach(ms -> assertThat(String.valueOf(ms)).hasLength(13));
    }
  }

  @Test
  void recordsSharingTheLastTimestampAreReadAgainNextCycleNotLost() throws Exception {
    Instant t = T0.plusSeconds(600);
    store.put(new Deal("a", "A", BigDecimal.ONE, t.minusSeconds(10)));
    store.put(new Deal("b", "B", BigDecimal.ONE, t));
    store.put(new Deal("c", "C", BigDecimal.ONE, t));
    List<Page> first = cycle(Watermark.window(START, END, 2));
    assertThat(allIds(first)).containsExactly("a", "b").inOrder();
    long progress = (Long) first.get(0).records().get(1).get("lastModified");
    assertThat(progress).isEqualTo(t.toEpochMilli());
    List<Page> next = cycle(Watermark.window(progress, END, 0));
    assertThat(allIds(next)).containsExactly("b", "c").inOrder();
  }

  @Test
  void resyncFromZeroReadsTheWholeHistoryAndPassesTheFlag() throws Exception {
    store.seed(120, Instant.parse("2001-01-01T00:00:00Z"));
    List<Page> pages = cycle(new Watermark(0, END, null, null, null, true, false, false));
    assertThat(allIds(pages)).isEqualTo(expectedIds(1, 120));
    assertThat(store.reads().stream().allMatch(ReadRequest::resync)).isTrue();
    assertThat(store.reads().get(0).start()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void testReadsOnlyItsWindowAndLimitAndPassesTheFlag() throws Exception {
    store.seed(300, T0);
    long from = T0.plusSeconds(100).toEpochMilli();
    long to = T0.plusSeconds(199).toEpochMilli();
    List<Page> pages = cycle(new Watermark(from, to, null, 50, null, false, true, false));
    assertThat(allIds(pages)).isEqualTo(expectedIds(101, 150));
    assertThat(store.reads().get(0).test()).isTrue();
    assertThat(store.reads().get(0).end()).isEqualTo(Instant.ofEpochMilli(to));
  }

  @Test
  void readSkewHoldsBackRecentRecordsUntilALaterCycle() throws Exception {
    store.put(new Deal("old", "Old", BigDecimal.ONE, NOW.minus(Duration.ofMinutes(10))));
    store.put(new Deal("new", "New", BigDecimal.ONE, NOW.minus(Duration.ofMinutes(1))));
    handler = handler(300, NOW);
    Page now = readPage(Watermark.window(START, END, 0));
    assertThat(now.ids()).containsExactly("old");
    assertThat(store.reads().get(0).end()).isEqualTo(NOW.minusSeconds(300));
    assertThat(now.watermark().end()).isEqualTo(END);

    handler = handler(300, NOW.plus(Duration.ofMinutes(5)));
    long progress = (Long) now.records().get(0).get("lastModified");
    Page later = readPage(Watermark.window(progress, NOW.plus(Duration.ofMinutes(5)).toEpochMilli(), 0));
    assertThat(later.ids()).containsExactly("old", "new").inOrder();
  }

  @Test
  void aWindowEndingBeforeItStartsAfterTheSkewIsEmptyWithoutAnUpstreamCall() throws Exception {
    handler = handler(3600, NOW);
    Page page = readPage(Watermark.window(NOW.minusSeconds(60).toEpochMilli(), END, 0));
    assertThat(page.records()).isEmpty();
    assertThat(page.watermark().offset()).isEqualTo(0);
    assertThat(store.reads()).isEmpty();
  }

  @Test
  void deletedRecordsComeBackFlaggedWithTheirDeletionTime() throws Exception {
    store.seed(3, T0);
    Instant deletedAt = T0.plusSeconds(30);
    store.markDeleted("d002", deletedAt);
    Page page = readPage(Watermark.window(START, END, 0));
    assertThat(page.ids()).containsExactly("d001", "d003", "d002").inOrder();
    Map<String, Object> deleted = page.records().get(2);
    assertThat(deleted.get("deleted")).isEqualTo(true);
    assertThat(deleted.get("values")).isEqualTo(Map.of());
    assertThat(deleted.get("lastModified")).isEqualTo(deletedAt.toEpochMilli());
    assertThat(deleted.get("name")).isEqualTo("deal");
    assertThat(page.records().get(0).get("deleted")).isEqualTo(false);
  }

  @Test
  void theReplyHasTheContractShapeWithNullsAndDoubleEncodedRecords() {
    store.seed(1, T0);
    Reply reply = handler.handle(read("{\"start\": " + START + ", \"end\": " + END + "}"));
    Map<String, Object> body = object(reply.body());
    assertThat(body.keySet()).containsExactly("data", "watermark", "offsetType").inOrder();
    assertThat(body.get("offsetType")).isEqualTo("RECORD_COUNT");
    Map<String, Object> watermark = object(body.get("watermark"));
    assertThat(watermark.keySet()).containsExactly("start", "end", "offset", "limit", "cursor", "isResync", "isTest",
        "initial").inOrder();
    assertThat(watermark.get("limit")).isNull();
    assertThat(watermark.get("offset")).isEqualTo(0L);
    assertThat(watermark.get("start")).isEqualTo(START);
    List<Map<String, Object>> records = stringEncodedObjects(body.get("data"));
    Map<String, Object> record = records.get(0);
    assertThat(record.keySet()).containsExactly("name", "id", "syncariEntityId", "deleted", "values", "lastModified",
        "createdAt").inOrder();
    assertThat(record.get("syncariEntityId")).isNull();
    assertThat(record.get("createdAt")).isNull();
    assertThat(record.get("values")).isEqualTo(Map.of("id", "d001", "title", "Deal 1", "amount", 1.0,
        "updatedAt", "2024-05-01T00:00:00Z"));
    assertThat(record.get("lastModified")).isEqualTo(START);
  }

  @Test
  void theEntityMayComeAfterTheWatermarkAndAsABareName() {
    store.seed(2, T0);
    Reply reply = handler.handle(Requests.envelope("READ", "{\"watermark\": " + watermark(START, END, 0)
        + ", \"entity\": \"deal\"}"));
    assertThat(stringEncodedObjects(object(reply.body()).get("data"))).hasSize(2);
  }

  @Test
  void readWithoutWatermarkOrOfAnUnknownEntityIs400() {
    Map<String, Object> noWatermark = assertError(handler.handle(Requests.envelope("READ", "{\"entity\": "
        + TestCrmSynapseDispatcher.DEAL_SCHEMA + "}")), 400);
    assertThat(noWatermark.get("detail")).isEqualTo("body.watermark is required for RequestType.READ");
    Map<String, Object> noEntity = assertError(handler.handle(Requests.envelope("READ", "{\"watermark\": "
        + watermark(START, END, 0) + "}")), 400);
    assertThat(noEntity.get("detail")).isEqualTo("body.entity.apiName is required for RequestType.READ");
    Map<String, Object> unknown = assertError(handler.handle(Requests.envelope("READ", "{\"entity\": {\"apiName\":"
        + " \"person\", \"attributes\": []}, \"watermark\": " + watermark(START, END, 0) + "}")), 400);
    assertThat(unknown.get("message")).isEqualTo("Unknown entity 'person'");
    Map<String, Object> noEnd = assertError(handler.handle(read("{\"start\": 0}")), 400);
    assertThat(noEnd.get("detail")).isEqualTo("body.watermark.end is required (epoch milliseconds)");
  }

  @Test
  void anExceptionOfTheAuthorIs400WithItsMessageAndNoStackTrace() {
    store.failReads(new IllegalStateException("boom"));
    Map<String, Object> body = assertError(handler.handle(read(watermark(START, END, 0))), 400);
    assertThat(body.get("message")).isEqualTo("Failed to execute request RequestType.READ");
    assertThat(body.get("detail")).isEqualTo("boom");
  }

  /** Errors of the author's code the process survives, and the detail each answers with. */
  static Stream<Arguments> authorErrors() {
    return Stream.of(
        Arguments.of(new AssertionError("page size " + 0 + " with token " + Requests.TOKEN),
            "java.lang.AssertionError: page size 0 with token ***"),
        Arguments.of(new StackOverflowError(), "java.lang.StackOverflowError"),
        Arguments.of(new NoClassDefFoundError("com/acme/crm/Client"), "java.lang.NoClassDefFoundError: com/acme/crm/Client"),
        Arguments.of(new ExceptionInInitializerError(new IllegalStateException("no endpoint " + Requests.API_SECRET)),
            "java.lang.ExceptionInInitializerError; caused by java.lang.IllegalStateException: no endpoint ***"));
  }

  @ParameterizedTest
  @MethodSource("authorErrors")
  void anErrorOfTheAuthorIs500WithTheErrorMaskedAndTheNextRequestIsAnswered(Error error, String detail) {
    store.seed(3, T0);
    store.failReads(error);
    Map<String, Object> body = assertError(handler.handle(read(watermark(START, END, 0))), 500);
    assertThat(body.get("message")).isEqualTo("Failed to execute request RequestType.READ");
    assertThat(body.get("detail")).isEqualTo(detail);

    store.failReads(null);
    Reply next = handler.handle(read(watermark(START, END, 0)));
    assertThat(next.isError()).isFalse();
    assertThat(stringEncodedObjects(object(next.body()).get("data"))).hasSize(3);
  }

  @Test
  void outOfMemoryIsNotAnsweredButPropagates() {
    // The process is not healthy: it must stop (or be restarted), not answer as if nothing happened.
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    store.failReads(error);
    OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> handler.handle(read(watermark(START, END, 0))));
    assertThat(thrown).isSameInstanceAs(error);
  }

  @Test
  void secretsOfTheConnectionAreMaskedInErrors() {
    store.failReads(new IllegalStateException("GET /deals?token=" + Requests.TOKEN + " with key "
        + Requests.API_SECRET + " failed"));
    Reply reply = handler.handle(read(watermark(START, END, 0)));
    Map<String, Object> body = assertError(reply, 400);
    assertThat(body.get("detail")).isEqualTo("GET /deals?token=*** with key *** failed");
  }

  @Test
  void aNullPageIsAnInvalidResponse() {
    store.readReturnsNull();
    Map<String, Object> body = assertError(handler.handle(read(watermark(START, END, 0))), 400);
    assertThat(body.get("message")).isEqualTo("Invalid response type for request RequestType.READ");
    assertThat(body.get("detail")).isEqualTo("The response: null");
  }

  @Test
  void aReadThatNeverAdvancesItsCursorIsAnInvalidResponseNotALoop() {
    store.seed(50, T0);
    store.upstreamPageSize(10).stuckCursor();
    Map<String, Object> body = assertError(handler.handle(read(watermark(START, END, 0))), 400);
    assertThat(body.get("message")).isEqualTo("Invalid response type for request RequestType.READ");
    assertThat(body.get("detail"))
        .isEqualTo("The response: a page whose next cursor is the cursor it was read with (it would be read forever)");
    assertThat(store.reads()).hasSize(2);
  }

  @Test
  void quotaExceededIs429WithTheWaitInDetail() {
    store.quotaOnReadCall(1, Duration.ofSeconds(120));
    Reply reply = handler.handle(read(watermark(START, END, 0)));
    Map<String, Object> body = assertError(reply, 429);
    assertThat(body.get("message")).isEqualTo("Quota exceeded");
    assertThat(body.get("detail")).isEqualTo("retry after 120 s");
    assertThat(reply.error().retriable()).isTrue();
  }

  @Test
  void quotaExceededAfterSomeUpstreamPagesStillAnswersOnly429() {
    store.seed(250, T0);
    store.upstreamPageSize(50).quotaOnReadCall(2, Duration.ofMillis(1500));
    Map<String, Object> body = assertError(handler.handle(read(watermark(START, END, 0))), 429);
    assertThat(body.get("detail")).isEqualTo("retry after 2 s");
  }

  @Test
  void synapseExceptionsPassThroughWithTheirStatus() {
    int[] statuses = {429, 503, 500, 401};
    for (int status : statuses) {
      store.failReads(new SynapseException(status, "upstream said " + status, "body: {\"error\": 1}"));
      Map<String, Object> body = assertError(handler.handle(read(watermark(START, END, 0))), status);
      assertThat(body.get("message")).isEqualTo("upstream said " + status);
      assertThat(body.get("detail")).isEqualTo("body: {\"error\": 1}");
    }
  }

  @Test
  void aQuotaExceptionsHintIsRoundedUpToWholeSeconds() {
    assertThat(new QuotaExceededException(Duration.ofMillis(1)).detail()).isEqualTo("retry after 1 s");
    assertThat(new QuotaExceededException(Duration.ZERO).detail()).isEqualTo("retry after 0 s");
    assertThat(QuotaExceededException.retryAfterFromDetail("retry after 30 s")).hasValue(Duration.ofSeconds(30));
    assertThat(QuotaExceededException.retryAfterFromDetail("soon")).isEmpty();
  }

  @Test
  void everyRecordOfACycleIsDistinct() throws Exception {
    store.seed(250, T0);
    Set<String> seen = new HashSet<>();
    for (String id : allIds(cycle(Watermark.window(START, END, 0)))) {
      assertThat(seen.add(id)).isTrue();
    }
  }
}
