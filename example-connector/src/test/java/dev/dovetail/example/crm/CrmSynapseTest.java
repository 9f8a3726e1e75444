package dev.dovetail.example.crm;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.dovetail.example.crm.SynapseCalls.error;
import static dev.dovetail.example.crm.SynapseCalls.list;
import static dev.dovetail.example.crm.SynapseCalls.ok;
import static dev.dovetail.example.crm.SynapseCalls.record;
import static dev.dovetail.example.crm.SynapseCalls.values;
import static dev.dovetail.example.crm.SynapseCalls.watermark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dovetail.runtime.synapse.envelope.Reply;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code demo_crm} synapse end to end in-process: request envelopes through the runtime's envelope handler and
 * the generated dispatcher into {@link CrmSynapse}, which talks HTTP to a real {@link DemoCrmServer} on loopback.
 */
class CrmSynapseTest {
  private static final String TOKEN = DemoCrmServer.DEFAULT_TOKEN;

  private DemoCrmServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private SynapseCalls start(DemoCrmServer.Options options) throws Exception {
    server = DemoCrmServer.start(options);
    return new SynapseCalls(server.endpoint(), TOKEN);
  }

  // --- SYNAPSE_INFO, TEST, DESCRIBE

  @Test
  void synapseInfoIsTheDescriptorsAndCallsNothingUpstream() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(5));

    JsonNode info = ok(synapse.call("SYNAPSE_INFO", values()));

    assertThat(info).isEqualTo(descriptor().get("synapseInfo"));
    assertThat(info.get("name").asText()).isEqualTo("demo_crm");
    assertThat(info.get("category").asText()).isEqualTo("crm");
    assertThat(info.at("/metadata/displayName").asText()).isEqualTo("Demo CRM");
    assertThat(info.at("/supportedAuthTypes/0/authType").asText()).isEqualTo("ApiKey");
    assertThat(info.at("/supportedAuthTypes/0/fields/1/name").asText()).isEqualTo("accessToken");
    assertThat(info.at("/supportedAuthTypes/0/fields/1/dataType").asText()).isEqualTo("password");
    assertThat(info.get("oauthInfo").isNull()).isTrue(); // unset fields are written as null
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void testConnectionChecksTheTokenAndRecordsTheUser() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(5));

    JsonNode connection = ok(synapse.call("TEST", values()));

    assertThat(connection.get("name").asText()).isEqualTo("demo_crm");
    assertThat(connection.at("/authConfig/endpoint").asText()).isEqualTo(server.endpoint());
    // The platform stores the returned connection and sends it back: the token travels back unmasked.
    assertThat(connection.at("/authConfig/accessToken").asText()).isEqualTo(TOKEN);
    assertThat(connection.at("/metaConfig/crmUser").asText()).isEqualTo("admin@demo-crm.test");
    DemoCrmServer.SeenRequest request = server.requests().get(0);
    assertThat(request.method() + " " + request.target()).isEqualTo("GET /v1/users/me");
    assertThat(request.userAgent()).startsWith("dovetail-example-crm-synapse/");
  }

  @Test
  void testConnectionWithAWrongTokenIs401AndNeverShowsTheToken() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(5));
    String wrongToken = "wrong-token-5f3c9a";
    SynapseCalls synapse = new SynapseCalls(server.endpoint(), wrongToken);

    Reply reply;
    PrintStream stderr = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      reply = synapse.call("TEST", values());
    } finally {
      System.setErr(stderr);
    }

    JsonNode body = error(reply, 401);
    assertThat(body.get("message").asText()).isEqualTo("The CRM rejected the API token");
    assertThat(reply.body()).doesNotContain(wrongToken);
    assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain(wrongToken);
    // The token went in the Authorization header, never in a URL.
    assertThat(server.requests().get(0).target()).doesNotContain(wrongToken);
    assertThat(server.requests().get(0).status()).isEqualTo(401);
  }

  @Test
  void anUnreachableCrmIs503() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(0));
    String endpoint = server.endpoint();
    server.close();
    server = null;

    JsonNode body = error(new SynapseCalls(endpoint, TOKEN).call("TEST", values()), 503);

    assertThat(body.get("message").asText()).startsWith("Cannot reach the CRM at 127.0.0.1:");
  }

  @Test
  void describeAnswersAllOneOrAnUnknownEntity() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(5));

    List<JsonNode> all = list(synapse.call("DESCRIBE", entities()));
    assertThat(all.stream().map(s -> s.get("apiName").asText()).toList()).containsExactly("deal", "person").inOrder();
    JsonNode deal = all.get(0);
    assertThat(deal).isEqualTo(descriptor().at("/entities/0/schema"));
    assertThat(deal.get("readOnly").asBoolean()).isFalse();
    Map<String, JsonNode> attributes = byApiName(deal.get("attributes"));
    assertThat(attributes.keySet()).containsExactly("id", "title", "value", "currency", "stage", "status", "person_id",
        "expected_close_date", "updated_at", "added_at").inOrder();
    assertThat(attributes.get("id").get("isIdField").asBoolean()).isTrue();
    assertThat(attributes.get("value").get("dataType").asText()).isEqualTo("decimal");
    assertThat(attributes.get("stage").get("dataType").asText()).isEqualTo("picklist");
    assertThat(attributes.get("status").get("picklistValues").toString()).isEqualTo("[\"OPEN\",\"WON\",\"LOST\"]");
    assertThat(attributes.get("person_id").get("dataType").asText()).isEqualTo("reference");
    assertThat(attributes.get("person_id").get("referenceTo").asText()).isEqualTo("person");
    assertThat(attributes.get("expected_close_date").get("dataType").asText()).isEqualTo("date");
    assertThat(attributes.get("updated_at").get("dataType").asText()).isEqualTo("datetime");
    assertThat(attributes.get("updated_at").get("isWatermarkField").asBoolean()).isTrue();
    assertThat(attributes.get("updated_at").get("isUpdatedAtField").asBoolean()).isTrue();
    assertThat(attributes.get("added_at").get("isCreatedAtField").asBoolean()).isTrue();

    List<JsonNode> one = list(synapse.call("DESCRIBE", entities("person")));
    assertThat(one).hasSize(1);
    assertThat(one.get(0).get("apiName").asText()).isEqualTo("person");
    assertThat(one.get(0).get("readOnly").asBoolean()).isTrue(); // read and get-by-id only
    assertThat(byApiName(one.get(0).get("attributes")).get("emails").get("isMultiValueField").asBoolean()).isTrue();

    JsonNode unknown = error(synapse.call("DESCRIBE", entities("lead")), 400);
    assertThat(unknown.toString()).contains("lead");
    assertThat(server.requests()).isEmpty();
  }

  // --- READ

  @Test
  void readPagesThrough250DealsInPagesOf100() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(250));

    List<Page> pages = readAll(synapse, "deal", watermark(0, Instant.now().toEpochMilli()));

    assertThat(pages.stream().map(p -> p.records().size()).toList()).containsExactly(100, 100, 50).inOrder();
    assertThat(pages.stream().map(Page::offset).toList()).containsExactly(100, 200, 0).inOrder();
    assertThat(pages.stream().map(Page::offsetType).collect(Collectors.toSet())).containsExactly("RECORD_COUNT");
    assertThat(pages.get(2).watermark().get("cursor").isNull()).isTrue();
    assertEveryDealOnceInOrder(pages);
    // One upstream call per page, asking for update-time windows in ascending order.
    List<String> targets = server.requests().stream().map(DemoCrmServer.SeenRequest::target).toList();
    assertThat(targets).hasSize(3);
    assertThat(targets.get(0)).startsWith("/v1/deals?updated_since=1970-01-01T00%3A00%3A00Z&updated_until=");
    assertThat(targets.get(0)).contains("&sort=update_time+ASC&start=0&limit=100");
    assertThat(targets.get(1)).contains("&start=100&limit=100");
    assertThat(targets.get(2)).contains("&start=200&limit=100");
  }

  @Test
  void readValuesFollowTheSchema() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(3));

    JsonNode first = readAll(synapse, "deal", watermark(0, Instant.now().toEpochMilli())).get(0).records().get(0);

    JsonNode upstream = server.deals().get(0);
    assertThat(first.get("name").asText()).isEqualTo("deal");
    assertThat(first.get("id").asText()).isEqualTo(upstream.get("id").asText());
    assertThat(first.get("deleted").asBoolean()).isFalse();
    assertThat(first.get("lastModified").asLong())
        .isEqualTo(Instant.parse(upstream.get("update_time").asText()).toEpochMilli());
    assertThat(first.get("createdAt").asLong()).isEqualTo(Instant.parse(upstream.get("add_time").asText()).toEpochMilli());
    JsonNode values = first.get("values");
    assertThat(values.get("title").asText()).isEqualTo(upstream.get("title").asText());
    assertThat(values.get("value").decimalValue()).isEquivalentAccordingToCompareTo(upstream.get("value").decimalValue());
    assertThat(values.get("currency").asText()).isEqualTo(upstream.get("currency").asText());
    assertThat(values.get("stage").asText()).isEqualTo(upstream.get("stage").asText().toUpperCase());
    assertThat(values.get("status").asText()).isEqualTo(upstream.get("status").asText().toUpperCase());
    assertThat(values.get("person_id").asLong()).isEqualTo(upstream.get("person_id").asLong());
    assertThat(values.get("expected_close_date").asText()).isEqualTo(upstream.get("expected_close_date").asText());
    assertThat(Instant.parse(values.get("updated_at").asText())).isEqualTo(Instant.parse(upstream.get("update_time").asText()));
  }

  @Test
  void readPersonsFlattensEmailsAndPhones() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(0).withPersons(120));

    List<Page> pages = readAll(synapse, "person", watermark(0, Instant.now().toEpochMilli()));

    assertThat(pages.stream().map(p -> p.records().size()).toList()).containsExactly(100, 20).inOrder();
    JsonNode person = pages.get(0).records().get(0).get("values");
    JsonNode upstream = server.persons().get(0);
    assertThat(person.get("name").asText()).isEqualTo(upstream.get("name").asText());
    assertThat(person.get("emails").get(0).asText()).isEqualTo(upstream.at("/email/0/value").asText());
    assertThat(person.get("phone").asText()).isEqualTo(upstream.at("/phone/0/value").asText());
    assertThat(person.get("org_name").asText()).isEqualTo(upstream.get("org_name").asText());
  }

  @Test
  void aRateLimitInTheMiddleAnswers429AndTheSameWatermarkContinues() throws Exception {
    // Every second upstream request is refused with 429 and Retry-After: 1.
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(250).withThrottleEvery(2));

    List<Page> pages = new ArrayList<>();
    List<JsonNode> quotaErrors = new ArrayList<>();
    ObjectNode watermark = watermark(0, Instant.now().toEpochMilli());
    for (int call = 0; call < 20; call++) {
      Reply reply = synapse.read("deal", watermark);
      if (reply.isError()) {
        quotaErrors.add(error(reply, 429)); // the platform (or pull) waits and sends the same watermark again
        continue;
      }
      Page page = Page.of(ok(reply));
      pages.add(page);
      if (page.last()) {
        break;
      }
      watermark = (ObjectNode) page.watermark();
    }

    assertThat(quotaErrors).hasSize(2);
    assertThat(quotaErrors.get(0).get("message").asText()).isEqualTo("The CRM's rate limit was reached (GET /v1/deals)");
    assertThat(quotaErrors.get(0).get("detail").asText()).isEqualTo("retry after 1 s");
    assertThat(pages.stream().map(p -> p.records().size()).toList()).containsExactly(100, 100, 50).inOrder();
    assertEveryDealOnceInOrder(pages);
  }

  @Test
  void readSkewHoldsBackWhatChangedInTheLastFiveSeconds() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(10));
    SynapseCalls writer = new SynapseCalls(server.endpoint(), TOKEN);
    list(writer.records("UPDATE", "deal", List.of(record("4", "s-4", values().put("title", "Renamed")))));
    Instant changed = Instant.parse(server.deal(4).orElseThrow().get("update_time").asText());
    long windowEnd = changed.plusSeconds(60).toEpochMilli();

    // "Now" is the moment of the change: the window ends 5 s before it, so the change waits for a later cycle.
    SynapseCalls atChange = new SynapseCalls(server.endpoint(), TOKEN, Clock.fixed(changed, ZoneOffset.UTC));
    List<JsonNode> early = readAll(atChange, "deal", watermark(0, windowEnd)).stream()
        .flatMap(p -> p.records().stream()).toList();
    assertThat(ids(early)).doesNotContain("4");
    assertThat(early).hasSize(9);

    SynapseCalls later = new SynapseCalls(server.endpoint(), TOKEN, Clock.fixed(changed.plusSeconds(6), ZoneOffset.UTC));
    List<JsonNode> all = readAll(later, "deal", watermark(0, windowEnd)).stream()
        .flatMap(p -> p.records().stream()).toList();
    assertThat(ids(all)).contains("4");
    assertThat(all.get(all.size() - 1).at("/values/title").asText()).isEqualTo("Renamed");
  }

  @Test
  void upstreamOutagesKeepTheirRetriability() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(5));
    ObjectNode window = watermark(0, Instant.now().toEpochMilli());

    server.failNext(503, 1);
    assertThat(error(synapse.read("deal", window), 503).get("message").asText())
        .isEqualTo("The CRM failed on GET /v1/deals with HTTP 503");
    server.failNext(502, 1);
    error(synapse.read("deal", window), 502);
    server.failNext(500, 1);
    assertThat(error(synapse.read("deal", window), 500).get("detail").asText()).isEqualTo("injected failure");

    assertThat(Page.of(ok(synapse.read("deal", window))).records()).hasSize(5);
  }

  // --- GET_BY_ID, CREATE, UPDATE, DELETE

  @Test
  void getByIdAnswersTheDealsThatExist() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(20));

    List<JsonNode> records = list(synapse.records("GET_BY_ID", "deal",
        List.of(record("3", "s-3", null), record("9999", "s-x", null), record("not-a-number", "s-y", null),
            record("12", "s-12", null))));

    assertThat(ids(records)).containsExactly("3", "12");
    assertThat(records.get(0).at("/values/title").asText()).isEqualTo(server.deal(3).orElseThrow().get("title").asText());
    assertThat(server.requests()).hasSize(1); // one bulk call
    assertThat(server.requests().get(0).target()).isEqualTo("/v1/deals?ids=3%2C9999%2C12&limit=3");
  }

  @Test
  void createAnswersOneResultPerRecordAndRejectsADealWithoutTitle() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(250));

    List<JsonNode> results = list(synapse.records("CREATE", "deal", List.of(
        record(null, "s-1", values().put("title", "Renewal for Litware").put("value", new BigDecimal("1200.50"))
            .put("currency", "USD").put("stage", "PROPOSAL_MADE").put("status", "OPEN").put("person_id", 3)
            .put("expected_close_date", "2025-09-30")),
        record(null, "s-2", values().put("value", 10)),
        record(null, "s-3", values().put("title", "Training days for Fabrikam")))));

    assertThat(results).hasSize(3);
    assertResult(results.get(0), true, "251", "s-1");
    assertResult(results.get(1), false, null, "s-2");
    assertThat(results.get(1).get("errors").toString()).contains("Deal title is required");
    assertResult(results.get(2), true, "252", "s-3");
    JsonNode created = server.deal(251).orElseThrow();
    assertThat(created.get("title").asText()).isEqualTo("Renewal for Litware");
    assertThat(created.get("value").decimalValue()).isEquivalentAccordingToCompareTo(new BigDecimal("1200.5"));
    assertThat(created.get("stage").asText()).isEqualTo("proposal_made");
    assertThat(created.get("person_id").asLong()).isEqualTo(3);
    assertThat(created.get("expected_close_date").asText()).isEqualTo("2025-09-30");
    assertThat(server.deal(253)).isEmpty();
  }

  @Test
  void updateFailsOnlyTheRecordTheCrmRejects() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(10));
    String secondTitle = server.deal(2).orElseThrow().get("title").asText();

    List<JsonNode> results = list(synapse.records("UPDATE", "deal", List.of(
        record("1", "s-1", values().put("status", "WON")),
        record("2", "s-2", values().put("title", "Changed").put("currency", "euro")),
        record("3", "s-3", values().put("value", 99)),
        record("404", "s-404", values().put("title", "Nobody")))));

    assertResult(results.get(0), true, "1", "s-1");
    assertResult(results.get(1), false, "2", "s-2");
    assertThat(results.get(1).get("errors").get(0).asText())
        .isEqualTo("the CRM rejected the record (HTTP 400): Currency must be a three-letter ISO 4217 code");
    assertResult(results.get(2), true, "3", "s-3");
    assertResult(results.get(3), false, "404", "s-404");
    assertThat(results.get(3).get("errors").get(0).asText()).isEqualTo("deal 404 does not exist in the CRM");
    assertThat(server.deal(1).orElseThrow().get("status").asText()).isEqualTo("won");
    assertThat(server.deal(2).orElseThrow().get("title").asText()).isEqualTo(secondTitle); // nothing changed
    assertThat(server.deal(3).orElseThrow().get("value").asInt()).isEqualTo(99);
  }

  @Test
  void deleteOfAMissingDealSucceedsAndReadsReportTheDelete() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(10));

    List<JsonNode> results = list(synapse.records("DELETE", "deal",
        List.of(record("5", "s-5", null), record("9999", "s-9999", null), record("5", "s-5-again", null))));

    assertResult(results.get(0), true, "5", "s-5");
    assertResult(results.get(1), true, "9999", "s-9999"); // the CRM answered 404: already gone
    assertResult(results.get(2), true, "5", "s-5-again");
    assertThat(server.requests().stream().map(DemoCrmServer.SeenRequest::status).toList())
        .containsExactly(200, 404, 404).inOrder();

    // A read once the skew has passed reports the delete, as the newest change.
    Instant deletedAt = Instant.parse(server.deal(5).orElseThrow().get("update_time").asText());
    SynapseCalls later = new SynapseCalls(server.endpoint(), TOKEN, Clock.fixed(deletedAt.plusSeconds(6), ZoneOffset.UTC));
    List<JsonNode> read = readAll(later, "deal", watermark(0, deletedAt.plusSeconds(60).toEpochMilli())).get(0).records();
    assertThat(read).hasSize(10);
    JsonNode deleted = read.get(read.size() - 1);
    assertThat(deleted.get("id").asText()).isEqualTo("5");
    assertThat(deleted.get("deleted").asBoolean()).isTrue();
    assertThat(deleted.get("lastModified").asLong()).isEqualTo(deletedAt.toEpochMilli());
    assertThat(ids(list(synapse.records("GET_BY_ID", "deal", List.of(record("5", "s-5", null)))))).isEmpty();
  }

  @Test
  void aRateLimitBeforeAnyWriteIs429ForTheWholeChunk() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(10));
    server.failNext(429, 1);

    JsonNode body = error(synapse.records("CREATE", "deal", List.of(record(null, "s-1", values().put("title", "A")),
        record(null, "s-2", values().put("title", "B")))), 429);

    assertThat(body.get("detail").asText()).isEqualTo("retry after 1 s");
    assertThat(server.deal(11)).isEmpty();
  }

  @Test
  void aRateLimitAfterACreateFailsOnlyTheRecordsNotCreated() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(10).withThrottleEvery(2));

    List<JsonNode> results = list(synapse.records("CREATE", "deal", List.of(record(null, "s-1", values().put("title", "A")),
        record(null, "s-2", values().put("title", "B")), record(null, "s-3", values().put("title", "C")))));

    assertResult(results.get(0), true, "11", "s-1");
    assertResult(results.get(1), false, null, "s-2");
    assertResult(results.get(2), false, null, "s-3");
    assertThat(results.get(1).get("errors").get(0).asText())
        .isEqualTo("not created: The CRM's rate limit was reached (POST /v1/deals) (retry after 1 s)");
    assertThat(server.deal(12)).isEmpty(); // s-3 was not tried: the CRM was not asked again
  }

  @Test
  void anUnknownEntityIs400AndAReadOnlyOperationIs405() throws Exception {
    SynapseCalls synapse = start(DemoCrmServer.Options.defaults(1));

    JsonNode unknown = error(synapse.read("organization", watermark(0, 1)), 400);
    assertThat(unknown.get("message").asText()).contains("organization");

    JsonNode notSupported = error(synapse.records("CREATE", "person", List.of(record(null, "s-1", values()))), 405);
    assertThat(notSupported.get("message").asText()).isEqualTo("Operation RequestType.CREATE is not supported");
    assertThat(server.requests()).isEmpty();
  }

  // --- helpers

  /** One READ reply. */
  record Page(List<JsonNode> records, JsonNode watermark, String offsetType) {
    static Page of(JsonNode reply) {
      List<JsonNode> records = new ArrayList<>();
      for (JsonNode element : reply.get("data")) {
        records.add(SynapseCalls.parse(element.asText()));
      }
      return new Page(records, reply.get("watermark"), reply.get("offsetType").asText());
    }

    int offset() {
      return watermark.get("offset").asInt();
    }

    /** The platform's stop rules (§6.4) with {@code limit: 0}: an empty or short page, or offset 0. */
    boolean last() {
      return records.isEmpty() || records.size() < 100 || offset() == 0;
    }
  }

  /** READs from {@code watermark} on, each with the watermark the previous one returned, until the platform would stop. */
  private static List<Page> readAll(SynapseCalls synapse, String entity, ObjectNode watermark) {
    List<Page> pages = new ArrayList<>();
    ObjectNode next = watermark;
    for (int call = 0; call < 50; call++) {
      Page page = Page.of(ok(synapse.read(entity, next)));
      pages.add(page);
      if (page.last()) {
        return pages;
      }
      next = (ObjectNode) page.watermark();
    }
    throw new AssertionError("paging did not end after 50 READs");
  }

  /** Every deal of the server exactly once, in ascending {@code lastModified}, each with its upstream update time. */
  private void assertEveryDealOnceInOrder(List<Page> pages) {
    List<JsonNode> records = pages.stream().flatMap(p -> p.records().stream()).toList();
    Map<String, Long> upstream = new LinkedHashMap<>();
    for (JsonNode deal : server.deals()) {
      upstream.put(deal.get("id").asText(), Instant.parse(deal.get("update_time").asText()).toEpochMilli());
    }
    assertThat(ids(records)).containsExactlyElementsIn(upstream.keySet()).inOrder();
    long previous = Long.MIN_VALUE;
    for (JsonNode record : records) {
      long modified = record.get("lastModified").asLong();
      assertWithMessage("lastModified of %s", record.get("id")).that(modified).isAtLeast(previous);
      assertThat(modified).isEqualTo(upstream.get(record.get("id").asText()));
      previous = modified;
    }
    Set<Long> times = new TreeSet<>(upstream.values());
    assertWithMessage("the seed has deals sharing an update time").that(times.size()).isLessThan(upstream.size());
  }

  private static void assertResult(JsonNode result, boolean success, String id, String syncariId) {
    assertWithMessage("%s", result).that(result.get("success").asBoolean()).isEqualTo(success);
    assertWithMessage("%s", result).that(result.get("id").isNull() ? null : result.get("id").asText()).isEqualTo(id);
    assertWithMessage("%s", result).that(result.get("syncariId").asText()).isEqualTo(syncariId);
    if (success) {
      assertWithMessage("%s", result).that(result.get("errors").isNull()).isTrue();
    } else {
      assertWithMessage("%s", result).that(result.get("errors").size()).isGreaterThan(0);
    }
  }

  private static List<String> ids(List<JsonNode> records) {
    return records.stream().map(r -> r.get("id").asText()).toList();
  }

  private static Map<String, JsonNode> byApiName(JsonNode attributes) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    attributes.forEach(a -> out.put(a.get("apiName").asText(), a));
    return out;
  }

  private static ObjectNode entities(String... names) {
    ObjectNode body = values();
    var array = body.putArray("entities");
    for (String name : names) {
      array.add(name);
    }
    return body;
  }

  /** The synapse descriptor the processor wrote. */
  private static JsonNode descriptor() throws Exception {
    try (InputStream in = CrmSynapseTest.class.getResourceAsStream("/META-INF/dovetail/synapses/demo_crm.json")) {
      assertWithMessage("the descriptor resource").that(in).isNotNull();
      return SynapseCalls.JSON.readTree(in);
    }
  }
}
