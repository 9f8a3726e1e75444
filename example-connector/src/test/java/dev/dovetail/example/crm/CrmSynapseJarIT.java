package dev.dovetail.example.crm;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dovetail.example.ConnectorJar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code demo_crm} synapse through the packaged {@code target/example-connector.jar}, run as a child process
 * ({@code pull}, {@code invoke}, {@code serve}) against a {@link DemoCrmServer} started by the test on a free port, or
 * by the synapse itself in demo mode ({@code endpoint=demo:N}).
 */
class CrmSynapseJarIT {
  /** A token that must never show up in any output. */
  private static final String TOKEN = "it-secret-token-3f9c2b";
  private static final Pattern NEXT_WATERMARK = Pattern.compile("^next watermark: (\\d+) \\((\\S+)\\)$");
  private static final String SAMPLE_ENDPOINT = "http://127.0.0.1:8089/";

  @TempDir Path dir;

  private ConnectorJar jar;

  private DemoCrmServer server;

  @BeforeEach
  void findJar() {
    jar = ConnectorJar.in(dir).masking(TOKEN);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void startCrm(DemoCrmServer.Options options) throws IOException {
    server = DemoCrmServer.start(options.withToken(TOKEN));
  }

  @Test
  void pullReadsEveryDealOnceAcrossPagesAndARateLimit() throws Exception {
    startCrm(DemoCrmServer.Options.defaults(250).withThrottleEvery(3)); // the 3rd request answers 429, Retry-After: 1

    ConnectorJar.Run run = jar.run("pull", "deal", "--synapse", "demo_crm", "--set", "endpoint=" + server.endpoint(),
        "--set", "accessToken=" + TOKEN, "--since", "0");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    List<JsonNode> records = run.out().lines().map(SynapseCalls::parse).toList();
    List<String> expectedIds = server.deals().stream().map(d -> d.get("id").asText()).toList();
    assertThat(records.stream().map(r -> r.get("id").asText()).toList()).containsExactlyElementsIn(expectedIds).inOrder();
    Instant previous = Instant.EPOCH;
    for (JsonNode record : records) {
      Instant updatedAt = Instant.parse(record.at("/values/updated_at").asText());
      assertWithMessage("updated_at of deal %s", record.get("id")).that(updatedAt).isAtLeast(previous);
      assertThat(record.get("lastModified").asLong()).isEqualTo(updatedAt.toEpochMilli());
      previous = updatedAt;
    }

    assertThat(run.err()).contains("page 1: 100 records (offset 100)\npage 2: 100 records (offset 200)\n");
    assertThat(run.err()).contains("page 3: 50 records (offset 0)\n");
    assertThat(run.err()).contains("status 429: The CRM's rate limit was reached (GET /v1/deals) (retry after 1 s);"
        + " retry 1 of");
    assertThat(run.err()).contains("pulled 250 records of deal in 3 pages, 1 retry");
    assertThat(server.requests().stream().map(DemoCrmServer.SeenRequest::status).toList())
        .containsExactly(200, 200, 429, 200).inOrder();
    Matcher next = lastLine(run.err());
    long lastModified = records.get(records.size() - 1).get("lastModified").asLong();
    assertThat(Long.parseLong(next.group(1))).isEqualTo(lastModified);
    assertThat(Instant.parse(next.group(2))).isEqualTo(Instant.ofEpochMilli(lastModified));
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
  }

  @Test
  void pullInDemoModeNeedsNothingElseStarted() throws Exception {
    ConnectorJar.Run run = jar.run("pull", "deal", "--synapse", "demo_crm", "--set", "endpoint=demo:300", "--since", "0");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    assertThat(run.err()).contains("demo_crm demo mode: demo CRM with 300 deals and 40 persons on http://127.0.0.1:");
    assertThat(run.err()).contains("pulled 300 records of deal in 3 pages, 0 retries");
    List<JsonNode> records = run.out().lines().map(SynapseCalls::parse).toList();
    try (DemoCrmServer reference = DemoCrmServer.start(DemoCrmServer.Options.defaults(300))) {
      assertThat(records.stream().map(r -> r.get("id").asText()).toList())
          .containsExactlyElementsIn(reference.deals().stream().map(d -> d.get("id").asText()).toList()).inOrder();
    }
  }

  @Test
  void pullFromThePrintedWatermarkRereadsOnlyTheLastChange() throws Exception {
    startCrm(DemoCrmServer.Options.defaults(250));
    ConnectorJar.Run first = jar.run("pull", "deal", "--set", "endpoint=" + server.endpoint(), "--set", "accessToken=" + TOKEN, "-q");
    assertWithMessage(first.toString()).that(first.exit()).isEqualTo(0);
    String watermark = lastLine(first.err()).group(1);

    ConnectorJar.Run next = jar.run("pull", "deal", "--set", "endpoint=" + server.endpoint(), "--set", "accessToken=" + TOKEN,
        "--since", watermark, "-q");

    // Reads are at-least-once: the records at the watermark come again (here the last one), nothing older.
    assertWithMessage(next.toString()).that(next.exit()).isEqualTo(0);
    List<JsonNode> again = next.out().lines().map(SynapseCalls::parse).toList();
    assertThat(again).isNotEmpty();
    for (JsonNode record : again) {
      assertThat(record.get("lastModified").asText()).isEqualTo(watermark);
    }
    assertThat(lastLine(next.err()).group(1)).isEqualTo(watermark);
    assertThat(next.err().lines().count()).isEqualTo(1); // -q: only the watermark
  }

  @Test
  void pullWithAWrongTokenFailsWithoutShowingIt() throws Exception {
    startCrm(DemoCrmServer.Options.defaults(10));

    ConnectorJar.Run run = jar.run("pull", "deal", "--set", "endpoint=" + server.endpoint(), "--set", "accessToken=wrong-" + TOKEN);

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("status 401: The CRM rejected the API token");
    assertThat(lastLine(run.err()).group(1)).isEqualTo("0");
    assertThat(run.err()).doesNotContain(TOKEN);
  }

  @Test
  void invokeAnswersTheSampleEnvelopes() throws Exception {
    startCrm(DemoCrmServer.Options.defaults(250));

    ConnectorJar.Run info = invoke("synapse-info.json");
    assertWithMessage(info.toString()).that(info.exit()).isEqualTo(0);
    assertThat(SynapseCalls.parse(info.out()).get("name").asText()).isEqualTo("demo_crm");
    assertThat(info.err()).isEmpty();

    ConnectorJar.Run test = invoke("test.json");
    assertWithMessage(test.toString()).that(test.exit()).isEqualTo(0);
    assertThat(SynapseCalls.parse(test.out()).at("/metaConfig/crmUser").asText()).isEqualTo("admin@demo-crm.test");

    ConnectorJar.Run describe = invoke("describe.json");
    assertWithMessage(describe.toString()).that(describe.exit()).isEqualTo(0);
    assertThat(decodedList(describe.out()).stream().map(s -> s.get("apiName").asText()).toList())
        .containsExactly("deal", "person").inOrder();

    ConnectorJar.Run read = invoke("read-deals.json");
    assertWithMessage(read.toString()).that(read.exit()).isEqualTo(0);
    JsonNode page = SynapseCalls.parse(read.out());
    assertThat(page.get("data").size()).isEqualTo(100);
    assertThat(page.at("/watermark/offset").asInt()).isEqualTo(100);
    assertThat(page.at("/watermark/cursor").asText()).isEqualTo("100");
    assertThat(page.get("offsetType").asText()).isEqualTo("RECORD_COUNT");

    ConnectorJar.Run byId = invoke("get-deals-by-id.json");
    assertWithMessage(byId.toString()).that(byId.exit()).isEqualTo(0);
    assertThat(decodedList(byId.out()).stream().map(r -> r.get("id").asText()).toList()).containsExactly("1", "3").inOrder();

    ConnectorJar.Run create = invoke("create-deals.json");
    assertWithMessage(create.toString()).that(create.exit()).isEqualTo(0);
    assertThat(decodedList(create.out()).stream().map(r -> r.get("success").asBoolean() + " " + r.get("id").asText())
        .toList()).containsExactly("true 251", "false null", "true 252").inOrder();

    ConnectorJar.Run update = invoke("update-deals.json");
    assertWithMessage(update.toString()).that(update.exit()).isEqualTo(0);
    assertThat(decodedList(update.out()).stream().map(r -> r.get("success").asBoolean()).toList())
        .containsExactly(true, false, true).inOrder();
    assertThat(server.deal(3).orElseThrow().get("stage").asText()).isEqualTo("negotiations_started");

    ConnectorJar.Run delete = invoke("delete-deals.json");
    assertWithMessage(delete.toString()).that(delete.exit()).isEqualTo(0);
    assertThat(decodedList(delete.out()).stream().map(r -> r.get("success").asBoolean()).toList())
        .containsExactly(true, true).inOrder();
    assertThat(server.deal(4).orElseThrow().get("status").asText()).isEqualTo("deleted");

    // An error reply: the body on stdout all the same, exit code 1.
    server.failNext(503, 1);
    ConnectorJar.Run outage = invoke("read-deals.json");
    assertWithMessage(outage.toString()).that(outage.exit()).isEqualTo(1);
    assertThat(SynapseCalls.parse(outage.out()).get("status_code").asInt()).isEqualTo(503);
  }

  @Test
  void serveAnswersEnvelopesOverHttp() throws Exception {
    startCrm(DemoCrmServer.Options.defaults(250));
    ProcessBuilder builder = new ProcessBuilder(jar.command("serve", "--port", "0")).directory(dir.toFile())
        .redirectOutput(dir.resolve("serve.out").toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("DOVETAIL_")); // no DOVETAIL_SERVE_TOKEN
    Process serve = builder.start();
    try {
      String base = awaitServing(serve);
      HttpClient http = HttpClient.newHttpClient();

      HttpResponse<String> describe = post(http, base + "demo_crm", sample("describe.json"));
      assertThat(describe.statusCode()).isEqualTo(200);
      assertThat(decodedList(describe.body())).hasSize(2);

      server.failNext(429, 1);
      HttpResponse<String> limited = post(http, base, sample("read-deals.json")); // "/" is the only synapse
      assertThat(limited.statusCode()).isEqualTo(200); // contract errors travel in the body
      assertThat(SynapseCalls.parse(limited.body()).get("status_code").asInt()).isEqualTo(429);

      HttpResponse<String> read = post(http, base, sample("read-deals.json"));
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(SynapseCalls.parse(read.body()).get("data").size()).isEqualTo(100);

      HttpResponse<String> notJson = post(http, base, "{not json");
      assertThat(notJson.statusCode()).isEqualTo(400);
      assertThat(SynapseCalls.parse(notJson.body()).get("status_code").asInt()).isEqualTo(400);
    } finally {
      // Not a graceful stop: on JDK 17 serve's graceful stop waits its whole grace period (10 s) even when idle.
      serve.destroyForcibly();
      serve.waitFor(1, TimeUnit.MINUTES);
    }
  }

  // --- helpers

  /** A sample envelope of {@code sample/envelopes/} with its endpoint and token pointed at the test's CRM. */
  private String sample(String name) throws IOException {
    Path file = Path.of(System.getProperty("example.basedir", ".")).resolve("sample/envelopes").resolve(name);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (!name.equals("synapse-info.json")) { // SYNAPSE_INFO gets the platform's placeholder connection
      assertThat(text).contains(SAMPLE_ENDPOINT);
    }
    return text.replace(SAMPLE_ENDPOINT, server.endpoint()).replace("\"demo-token\"", "\"" + TOKEN + "\"");
  }

  private ConnectorJar.Run invoke(String sample) throws Exception {
    Path envelope = Files.writeString(dir.resolve(sample), sample(sample), StandardCharsets.UTF_8);
    return jar.run("invoke", "--input", envelope.toString());
  }

  private static List<JsonNode> decodedList(String body) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode element : SynapseCalls.parse(body)) {
      out.add(SynapseCalls.parse(element.asText()));
    }
    return out;
  }

  private static Matcher lastLine(String err) {
    List<String> lines = err.lines().toList();
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    Matcher matcher = NEXT_WATERMARK.matcher(last);
    assertWithMessage("last line of stderr:\n%s", err).that(matcher.matches()).isTrue();
    return matcher;
  }

  /** Reads the child's stderr until it says where it serves; answers that base URL, ending with '/'. */
  private static String awaitServing(Process serve) throws IOException {
    Pattern serving = Pattern.compile("^serving .* on (http://\\S+?)/? \\(.*$");
    BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      seen.append(line).append('\n');
      Matcher matcher = serving.matcher(line);
      if (matcher.matches()) {
        Thread drain = new Thread(() -> {
          try {
            while (err.readLine() != null) {
              // keep the pipe from filling up
            }
          } catch (IOException ignored) {
            // the process ended
          }
        });
        drain.setDaemon(true);
        drain.start();
        return matcher.group(1) + "/";
      }
    }
    throw new AssertionError("serve ended before serving:\n" + seen);
  }

  private static HttpResponse<String> post(HttpClient http, String url, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
