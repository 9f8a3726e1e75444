package dev.dovetail.example.crm;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.dovetail.example.crm.SynapseCalls.error;
import static dev.dovetail.example.crm.SynapseCalls.ok;
import static dev.dovetail.example.crm.SynapseCalls.values;
import static dev.dovetail.example.crm.SynapseCalls.watermark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The synapse's demo mode ({@link DemoEndpoint}): with the endpoint {@code demo:N} it starts a {@link DemoCrmServer}
 * in-process and reads from it over HTTP, through the runtime's envelope handler as in the other synapse tests.
 */
class DemoEndpointTest {

  @Test
  void readsEveryDealOnceInWatermarkOrderAcrossPages() throws Exception {
    SynapseCalls synapse = new SynapseCalls("demo:250", null);

    List<JsonNode> pages = readAll(synapse);

    assertThat(pages.stream().map(p -> p.get("data").size()).toList()).containsExactly(100, 100, 50).inOrder();
    List<JsonNode> records = records(pages);
    // The seed is fixed: a server started here with the same options holds the same deals, in the API's order.
    try (DemoCrmServer reference = DemoCrmServer.start(DemoCrmServer.Options.defaults(250))) {
      List<String> expected = reference.deals().stream().map(d -> d.get("id").asText()).toList();
      assertThat(records.stream().map(r -> r.get("id").asText()).toList()).containsExactlyElementsIn(expected).inOrder();
    }
    assertAscendingWatermarks(records);
  }

  @Test
  void demoWithoutANumberHas5000DealsSpreadOverWeeks() throws Exception {
    SynapseCalls synapse = new SynapseCalls("demo:", null);

    List<JsonNode> records = records(readAll(synapse));

    assertThat(records).hasSize(DemoEndpoint.DEFAULT_DEALS);
    assertThat(new HashSet<>(records.stream().map(r -> r.get("id").asText()).toList())).hasSize(DemoEndpoint.DEFAULT_DEALS);
    assertAscendingWatermarks(records);
    Instant first = Instant.ofEpochMilli(records.get(0).get("lastModified").asLong());
    Instant last = Instant.ofEpochMilli(records.get(records.size() - 1).get("lastModified").asLong());
    assertThat(first).isAtLeast(DemoCrmServer.SEED_START);
    assertThat(last).isGreaterThan(first.plusSeconds(14 * 24 * 3600));
  }

  @Test
  void aWatermarkWindowReadsOnlyTheDealsChangedInIt() throws Exception {
    SynapseCalls synapse = new SynapseCalls("demo:250", null);
    List<JsonNode> all = records(readAll(synapse));
    long middle = all.get(125).get("lastModified").asLong();

    List<JsonNode> later = records(readAll(synapse, watermark(middle, Instant.now().toEpochMilli())));

    assertThat(later).isNotEmpty();
    assertThat(later.size()).isLessThan(all.size());
    for (JsonNode record : later) {
      assertThat(record.get("lastModified").asLong()).isAtLeast(middle);
    }
  }

  @Test
  void theSameEndpointIsTheSameServerAndItKeepsWrites() throws Exception {
    DemoCrmServer server = DemoEndpoint.server("demo:12");
    assertThat(DemoEndpoint.server(" demo:12 ")).isSameInstanceAs(server);
    assertThat(DemoEndpoint.server("demo:13")).isNotSameInstanceAs(server);

    SynapseCalls synapse = new SynapseCalls("demo:12", "");
    ObjectNode deal = values().put("title", "Demo deal").put("value", 10).put("currency", "EUR");
    JsonNode created = SynapseCalls.list(synapse.records("CREATE", "deal", List.of(SynapseCalls.record(null, "s-1", deal))))
        .get(0);

    assertThat(created.get("success").asBoolean()).isTrue();
    assertThat(server.deal(created.get("id").asLong()).orElseThrow().get("title").asText()).isEqualTo("Demo deal");
  }

  @Test
  void aTokenGivenIsCheckedAsTheRealApiWould() {
    JsonNode body = error(new SynapseCalls("demo:10", "not-the-demo-token").call("TEST", values()), 401);
    assertThat(body.get("message").asText()).isEqualTo("The CRM rejected the API token");

    JsonNode connection = ok(new SynapseCalls("demo:10", DemoCrmServer.DEFAULT_TOKEN).call("TEST", values()));
    assertThat(connection.at("/metaConfig/crmUser").asText()).isEqualTo("admin@demo-crm.test");
  }

  @Test
  void aMalformedDemoEndpointIs400() {
    for (String endpoint : List.of("demo:lots", "demo:-1", "demo:" + (DemoEndpoint.MAX_DEALS + 1))) {
      JsonNode body = error(new SynapseCalls(endpoint, null).call("TEST", values()), 400);
      assertThat(body.get("message").asText()).isEqualTo("The demo endpoint is not demo: or demo:N");
      assertThat(body.get("detail").asText()).contains("N is the number of deals, 0 to 100000");
    }
  }

  @Test
  void theServerThreadsAreDaemonThreads() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    DemoCrmServer server = DemoEndpoint.server("demo:3");
    ok(new SynapseCalls(server.endpoint(), DemoCrmServer.DEFAULT_TOKEN).call("TEST", values())); // runs a handler thread

    List<Thread> started = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t)).toList();
    assertThat(started).isNotEmpty();
    for (Thread thread : started) {
      assertWithMessage("thread %s", thread.getName()).that(thread.isDaemon()).isTrue();
    }
  }

  // --- helpers

  private static List<JsonNode> readAll(SynapseCalls synapse) {
    return readAll(synapse, watermark(0, Instant.now().toEpochMilli()));
  }

  /** READ replies from {@code watermark} on, each with the watermark the previous one returned, until the last page. */
  private static List<JsonNode> readAll(SynapseCalls synapse, ObjectNode watermark) {
    List<JsonNode> pages = new ArrayList<>();
    ObjectNode next = watermark;
    for (int call = 0; call < 100; call++) {
      JsonNode page = ok(synapse.read("deal", next));
      pages.add(page);
      if (page.get("data").size() < 100 || page.at("/watermark/offset").asInt() == 0) {
        return pages;
      }
      next = (ObjectNode) page.get("watermark");
    }
    throw new AssertionError("paging did not end after 100 READs");
  }

  private static List<JsonNode> records(List<JsonNode> pages) {
    List<JsonNode> records = new ArrayList<>();
    for (JsonNode page : pages) {
      for (JsonNode element : page.get("data")) {
        records.add(SynapseCalls.parse(element.asText()));
      }
    }
    return records;
  }

  private static void assertAscendingWatermarks(List<JsonNode> records) {
    long previous = Long.MIN_VALUE;
    for (JsonNode record : records) {
      long modified = record.get("lastModified").asLong();
      assertWithMessage("lastModified of deal %s", record.get("id")).that(modified).isAtLeast(previous);
      previous = modified;
    }
  }
}
