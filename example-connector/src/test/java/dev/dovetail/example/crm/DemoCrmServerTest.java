package dev.dovetail.example.crm;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo CRM's own API, called with plain HTTP: what the synapse relies on. */
class DemoCrmServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private DemoCrmServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void listsPageByOffsetInUpdateTimeOrder() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(250));

    List<Long> ids = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    Integer start = 0;
    List<Integer> starts = new ArrayList<>();
    while (start != null) {
      starts.add(start);
      JsonNode page = get("v1/deals?limit=120&start=" + start, true).body();
      JsonNode pagination = page.at("/additional_data/pagination");
      assertThat(pagination.get("start").asInt()).isEqualTo(start);
      assertThat(pagination.get("limit").asInt()).isEqualTo(120);
      page.get("data").forEach(d -> {
        ids.add(d.get("id").asLong());
        times.add(Instant.parse(d.get("update_time").asText()));
      });
      start = pagination.get("more_items_in_collection").asBoolean() ? pagination.get("next_start").asInt() : null;
    }

    assertThat(starts).containsExactly(0, 120, 240).inOrder();
    assertThat(ids).hasSize(250);
    assertThat(ids).containsNoDuplicates();
    assertThat(times).isInOrder();
  }

  @Test
  void filtersByUpdateTimeWindowAndIds() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(50));
    List<JsonNode> all = server.deals();
    String since = all.get(10).get("update_time").asText();
    String until = all.get(20).get("update_time").asText();

    JsonNode window = get("v1/deals?updated_since=" + since + "&updated_until=" + until + "&sort=update_time%20ASC", true).body();
    for (JsonNode deal : window.get("data")) {
      Instant time = Instant.parse(deal.get("update_time").asText());
      assertThat(time).isAtLeast(Instant.parse(since)); // inclusive
      assertThat(time).isLessThan(Instant.parse(until)); // exclusive
    }
    assertThat(window.get("data").size()).isAtLeast(9);

    JsonNode byIds = get("v1/deals?ids=7,3,999", true).body();
    List<Long> ids = new ArrayList<>();
    byIds.get("data").forEach(d -> ids.add(d.get("id").asLong()));
    assertThat(ids).containsExactly(3L, 7L);
  }

  @Test
  void needsTheToken() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(1));

    assertThat(get("v1/users/me", false).status()).isEqualTo(401);
    assertThat(get("v1/users/me?api_token=" + DemoCrmServer.DEFAULT_TOKEN, false).status()).isEqualTo(200);
    assertThat(get("v1/users/me", true).body().at("/data/email").asText()).isEqualTo("admin@demo-crm.test");
  }

  @Test
  void everyNthRequestIsRateLimited() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(1).withThrottleEvery(3).withRetryAfterSeconds(2));

    List<Integer> statuses = new ArrayList<>();
    String retryAfter = null;
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> response = send(request("v1/deals", true).GET().build());
      statuses.add(response.statusCode());
      if (response.statusCode() == 429) {
        retryAfter = response.headers().firstValue("Retry-After").orElse(null);
      }
    }

    assertThat(statuses).containsExactly(200, 200, 429, 200, 200, 429).inOrder();
    assertThat(retryAfter).isEqualTo("2");
  }

  @Test
  void validatesWritesAndAnswers404ForMissingDeals() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(3));

    assertThat(send(request("v1/deals", true).POST(body("{\"value\": 5}")).build()).statusCode()).isEqualTo(400);
    assertThat(send(request("v1/deals", true).POST(body("{\"title\": \"x\", \"person_id\": 999}")).build()).body())
        .contains("Person 999 does not exist");
    HttpResponse<String> created = send(request("v1/deals", true).POST(body("{\"title\": \"New\"}")).build());
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(SynapseCalls.parse(created.body()).at("/data/id").asLong()).isEqualTo(4);

    assertThat(send(request("v1/deals/2", true).PUT(body("{\"title\": \"\"}")).build()).statusCode()).isEqualTo(400);
    assertThat(send(request("v1/deals/99", true).PUT(body("{\"title\": \"y\"}")).build()).statusCode()).isEqualTo(404);
    assertThat(send(request("v1/deals/2", true).DELETE().build()).statusCode()).isEqualTo(200);
    assertThat(send(request("v1/deals/2", true).DELETE().build()).statusCode()).isEqualTo(404);
    assertThat(send(request("v1/deals/2", true).GET().build()).statusCode()).isEqualTo(404);
    assertThat(server.deal(2).orElseThrow().get("status").asText()).isEqualTo("deleted");
    assertThat(get("v1/nothing", true).status()).isEqualTo(404);
  }

  @Test
  void seedsTheSameDataEveryTime() throws Exception {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(30));
    List<JsonNode> first = server.deals();
    server.close();
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(30));

    assertThat(server.deals()).isEqualTo(first);
    assertThat(Instant.parse(first.get(0).get("add_time").asText())).isAtLeast(DemoCrmServer.SEED_START);
  }

  // --- helpers

  private record Answer(int status, JsonNode body) {}

  private Answer get(String target, boolean withToken) throws Exception {
    HttpResponse<String> response = send(request(target, withToken).GET().build());
    return new Answer(response.statusCode(), SynapseCalls.parse(response.body()));
  }

  private HttpRequest.Builder request(String target, boolean withToken) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.endpoint() + target));
    return withToken ? builder.header("Authorization", "Bearer " + DemoCrmServer.DEFAULT_TOKEN) : builder;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
