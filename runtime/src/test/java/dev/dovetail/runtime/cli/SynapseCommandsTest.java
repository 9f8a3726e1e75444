package dev.dovetail.runtime.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.testing.RecordingSleeper;
import dev.dovetail.runtime.testing.synapse.DealStore;
import dev.dovetail.runtime.testing.synapse.JsonTree;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invoke}, {@code pull}, {@code serve} and the synapse part of {@code list}, run in-process. */
class SynapseCommandsTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
  private static final String NL = System.lineSeparator();
  private static final String CONNECTION = "{\"name\": \"c\", \"authConfig\": {\"endpoint\": \"https://crm/\","
      + " \"token\": \"tok-1\"}}";

  @TempDir Path dir;

  private final DealStore store = DealStore.INSTANCE;
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private record Result(int exitCode, String out, String err) {
    /** The last line of standard error. */
    String lastErrLine() {
      String[] lines = err.split("\\R");
      return lines[lines.length - 1];
    }
  }

  @BeforeEach
  void reset() {
    store.reset();
  }

  private Result run(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
        new ByteArrayOutputStream(), args);
  }

  private Result run(InputStream in, ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    int code = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), SynapseCommandsTest.class.getClassLoader(), sleeper,
        Clock.fixed(NOW, ZoneOffset.UTC));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void listShowsTheSynapsesAfterTheDestinations() {
    Result result = run("", "list");
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).endsWith(NL + NL
        + "SYNAPSE      ENTITY  OPERATIONS" + NL
        + "test_crm     deal    READ, GET_BY_ID, CREATE, UPDATE, DELETE" + NL
        + "test_source  deal    READ" + NL);
  }

  @Test
  void invokeWritesExactlyTheReplyBody() {
    String envelope = "{\"type\": \"SYNAPSE_INFO\", \"connection\": " + CONNECTION + ", \"body\": {}}";
    Result result = run(envelope, "invoke", "--synapse", "test_crm");
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo(TestCrmSynapseDispatcher.SYNAPSE_INFO);
  }

  @Test
  void invokeOfAnErrorReplyPrintsItAndExitsWithOne() {
    String envelope = "{\"type\": \"CREATE\", \"connection\": " + CONNECTION
        + ", \"body\": {\"entity\": {\"apiName\": \"deal\"}, \"data\": []}}";
    Result result = run(envelope, "invoke", "--synapse", "test_source");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEqualTo("{\"status_code\": 405, \"message\": \"Operation RequestType.CREATE is not"
        + " supported\", \"detail\": null}");
    Result notJson = run("{oops", "invoke", "--synapse", "test_crm");
    assertThat(notJson.exitCode()).isEqualTo(1);
    assertThat(JsonTree.object(notJson.out()).get("status_code")).isEqualTo(400L);
  }

  @Test
  void invokeReadsAFile() throws Exception {
    store.seed(3, T0);
    Path file = Files.writeString(dir.resolve("read.json"), "{\"type\": \"READ\", \"connection\": " + CONNECTION
        + ", \"body\": {\"entity\": {\"apiName\": \"deal\"}, \"watermark\": {\"start\": 0, \"end\": "
        + NOW.toEpochMilli() + "}}}");
    Result result = run("", "invoke", "--synapse", "test_crm", "--input", file.toString());
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(JsonTree.array(JsonTree.object(result.out()).get("data"))).hasSize(3);
  }

  @Test
  void invokeNeedsToKnowWhichSynapse() {
    Result several = run("{}", "invoke");
    assertThat(several.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(several.err()).contains("error: this jar has several synapses; choose one with --synapse: test_crm,"
        + " test_source");
    Result unknown = run("{}", "invoke", "--synapse", "nope");
    assertThat(unknown.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(unknown.err()).contains("error: unknown synapse 'nope'; known synapses: test_crm, test_source");
    Result missing = run("", "invoke", "--synapse", "test_crm", "--input", dir.resolve("absent.json").toString());
    assertThat(missing.exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void pullWritesJsonLinesAndTheNextWatermarkAcrossAQuotaInterruption() throws Exception {
    store.seed(250, T0);
    store.quotaOnReadCall(2, Duration.ofSeconds(30));
    Path output = dir.resolve("deals.jsonl");
    Result result = run("", "pull", "deal", "--synapse", "test_crm", "--set", "endpoint=https://crm/", "--set",
        "token=tok-1", "--since", "2024-05-01T00:00:00Z", "--output", output.toString());
    assertThat(result.exitCode()).isEqualTo(0);
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(250);
    assertThat(lines.stream().map(l -> JsonTree.object(l).get("id")).distinct().count()).isEqualTo(250);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
    Instant last = T0.plusSeconds(249);
    assertThat(result.lastErrLine()).isEqualTo("next watermark: " + last.toEpochMilli() + " (" + last + ")");
    assertThat(result.err()).contains("status 429: Quota exceeded (retry after 30 s); retry 1 of 5 in 30 s");
    assertThat(result.err()).contains("pulled 250 records of deal in 3 pages, 1 retry (30 s waited)");
    assertThat(result.out()).isEmpty();
    // The connection was built from --set: the token reached the author.
    assertThat(store.reads().get(0).connection().authConfig().token()).isEqualTo("tok-1");
    assertThat(store.reads().get(0).end()).isEqualTo(NOW);
  }

  @Test
  void pullToStandardOutputWithAConnectionFileAndEpochMillis() throws Exception {
    store.seed(5, T0);
    Path connection = Files.writeString(dir.resolve("connection.json"), CONNECTION);
    Result result = run("", "pull", "deal", "--synapse", "test_source", "--connection", connection.toString(),
        "--since", String.valueOf(T0.plusSeconds(2).toEpochMilli()), "--until", "2024-05-02", "-q");
    assertThat(result.exitCode()).isEqualTo(0);
    String[] lines = result.out().split("\n");
    assertThat(lines).hasLength(3);
    assertThat(JsonTree.object(lines[0]).get("id")).isEqualTo("d003");
    assertThat(result.err()).isEqualTo("next watermark: " + T0.plusSeconds(4).toEpochMilli() + " ("
        + T0.plusSeconds(4) + ")" + NL);
    assertThat(store.reads().get(0).end()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
  }

  @Test
  void aFailedPullExitsWithOneAndStillPrintsTheWatermark() {
    store.failReads(new IllegalStateException("boom"));
    Result result = run("", "pull", "deal", "--synapse", "test_crm", "--since", "1714521600000");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("error: READ failed: status 400: Failed to execute request RequestType.READ"
        + " (boom)");
    assertThat(result.lastErrLine()).isEqualTo("next watermark: 1714521600000 (2024-05-01T00:00:00Z)");
  }

  @Test
  void pullUsageErrors() throws Exception {
    Result unknownEntity = run("", "pull", "person", "--synapse", "test_crm");
    assertThat(unknownEntity.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(unknownEntity.err()).contains("error: synapse test_crm has no entity 'person'; entities: deal");
    Result badSince = run("", "pull", "deal", "--synapse", "test_crm", "--since", "yesterday");
    assertThat(badSince.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(badSince.err()).contains("'yesterday' is neither epoch milliseconds nor an ISO-8601 date-time");
    Result backwards = run("", "pull", "deal", "--synapse", "test_crm", "--since", "2024-05-02", "--until",
        "2024-05-01");
    assertThat(backwards.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(backwards.err()).contains("ends (2024-05-01T00:00:00Z) before it starts");
    Path connection = Files.writeString(dir.resolve("c.json"), "{\"authConfig\": {\"token\": [\"s3cret\"]}}");
    Result badConnection = run("", "pull", "deal", "--synapse", "test_crm", "--connection", connection.toString());
    assertThat(badConnection.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(badConnection.err()).contains("connection.authConfig.token must be a string, not an array");
    assertThat(badConnection.err()).doesNotContain("s3cret");
    Result both = run("", "pull", "deal", "--synapse", "test_crm", "--connection", connection.toString(), "--set",
        "token=x");
    assertThat(both.exitCode()).isEqualTo(Main.EXIT_USAGE);
    Result negative = run("", "pull", "deal", "--synapse", "test_crm", "--limit", "-1");
    assertThat(negative.exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void serveRefusesAnOpenAddressWithoutAToken() {
    Result result = run("", "serve", "--host", "0.0.0.0", "--port", "0", "--token", "");
    assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err()).contains("error: refusing to serve on 0.0.0.0 without a token");
    Result badSize = run("", "serve", "--max-body-bytes", "lots");
    assertThat(badSize.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(badSize.err()).contains("'lots' is not a size");
    Result tooSmall = run("", "serve", "--max-body-bytes", "12", "--port", "0");
    assertThat(tooSmall.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(tooSmall.err()).contains("the body limit must be between 1024");
  }

  @Test
  void serveAnswersOverHttpUntilInterrupted() throws Exception {
    store.seed(2, T0);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exitCode.set(run(new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), err, "serve", "--synapse", "test_crm", "--port", "0", "--token", "t-99",
        "--max-body-bytes", "64KiB").exitCode()));
    serving.start();
    Pattern listening = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+/)");
    String url = null;
    for (int i = 0; i < 500 && url == null; i++) {
      Matcher matcher = listening.matcher(err.toString(StandardCharsets.UTF_8));
      if (matcher.find()) {
        url = matcher.group(1);
      } else {
        Thread.sleep(10);
      }
    }
    assertThat(url).isNotNull();
    String read = "{\"type\": \"READ\", \"connection\": " + CONNECTION + ", \"body\": {\"entity\": {\"apiName\":"
        + " \"deal\"}, \"watermark\": {\"start\": 0, \"end\": " + NOW.toEpochMilli() + "}}}";
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer t-99").POST(HttpRequest.BodyPublishers.ofString(read)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JsonTree.array(JsonTree.object(response.body()).get("data"))).hasSize(2);
    serving.interrupt();
    serving.join(30_000);
    assertThat(exitCode.get()).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("serving test_crm on " + url
        + " (POST /, POST /<synapse>; bearer token required); stop with Ctrl-C");
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("t-99");
  }
}
