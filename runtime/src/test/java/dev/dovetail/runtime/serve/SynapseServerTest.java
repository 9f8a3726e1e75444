package dev.dovetail.runtime.serve;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.testing.synapse.DealStore;
import dev.dovetail.runtime.testing.synapse.JsonTree;
import dev.dovetail.runtime.testing.synapse.SourceOnlySynapseDispatcher;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code serve} over real HTTP on an ephemeral loopback port. */
class SynapseServerTest {
  private static final String TOKEN = "serve-token-8d2f";
  private static final String CONNECTION = "{\"name\": \"c\", \"authConfig\": {\"endpoint\": \"https://crm/\"}}";
  private static final String READ = "{\"type\": \"READ\", \"connection\": " + CONNECTION + ", \"body\": {\"entity\":"
      + " {\"apiName\": \"deal\"}, \"watermark\": {\"start\": 0, \"end\": 4102444800000}}}";

  private final HttpClient client = HttpClient.newHttpClient();
  private SynapseServer server;

  @BeforeEach
  void seed() {
    DealStore.INSTANCE.reset();
    DealStore.INSTANCE.seed(3, Instant.parse("2024-05-01T00:00:00Z"));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private void start(String token, long maxBody) throws IOException {
    Map<String, EnvelopeHandler> handlers = new LinkedHashMap<>();
    handlers.put(TestCrmSynapseDispatcher.NAME, new EnvelopeHandler(new TestCrmSynapseDispatcher()));
    handlers.put(SourceOnlySynapseDispatcher.NAME, new EnvelopeHandler(new SourceOnlySynapseDispatcher()));
    ServeOptions options = ServeOptions.defaults().withPort(0).withToken(token).withMaxBodyBytes(maxBody);
    server = SynapseServer.start(handlers, TestCrmSynapseDispatcher.NAME, options);
  }

  private HttpResponse<String> post(String path, String body, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> errorBody(HttpResponse<String> response) {
    Map<String, Object> body = JsonTree.object(response.body());
    assertThat(body.keySet()).containsExactly("status_code", "message", "detail").inOrder();
    return body;
  }

  @Test
  void aReadAnswers200WithTheReplyBody() throws Exception {
    start(null, ServeOptions.DEFAULT_MAX_BODY);
    assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
    HttpResponse<String> response = post("", READ, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    Map<String, Object> body = JsonTree.object(response.body());
    assertThat(JsonTree.array(body.get("data"))).hasSize(3);
    assertThat(body.get("offsetType")).isEqualTo("RECORD_COUNT");
  }

  @Test
  void eachSynapseHasItsOwnPathAndContractErrorsStill200() throws Exception {
    start(null, ServeOptions.DEFAULT_MAX_BODY);
    String create = "{\"type\": \"CREATE\", \"connection\": " + CONNECTION
        + ", \"body\": {\"entity\": {\"apiName\": \"deal\"}, \"data\": []}}";
    HttpResponse<String> sourceOnly = post("test_source", create, null);
    assertThat(sourceOnly.statusCode()).isEqualTo(200);
    assertThat(errorBody(sourceOnly).get("status_code")).isEqualTo(405L);
    HttpResponse<String> crm = post("test_crm/", create, null);
    assertThat(crm.statusCode()).isEqualTo(200);
    assertThat(crm.body()).isEqualTo("[]");
    HttpResponse<String> unknownType = post("", "{\"type\": \"NOPE\", \"connection\": " + CONNECTION + "}", null);
    assertThat(unknownType.statusCode()).isEqualTo(200);
    assertThat(errorBody(unknownType).get("status_code")).isEqualTo(400L);
  }

  @Test
  void anErrorOfTheAuthorIsAContractErrorAndTheServerKeepsServing() throws Exception {
    start(null, ServeOptions.DEFAULT_MAX_BODY);
    for (Error error : List.of(new StackOverflowError(), new AssertionError("broken invariant"),
        new NoClassDefFoundError("com/acme/Client"))) {
      DealStore.INSTANCE.failReads(error);
      HttpResponse<String> failed = post("", READ, null);
      assertThat(failed.statusCode()).isEqualTo(200);
      assertThat(errorBody(failed).get("status_code")).isEqualTo(500L);
      assertThat(errorBody(failed).get("detail").toString()).startsWith(error.getClass().getName());
    }
    DealStore.INSTANCE.failReads(null);
    HttpResponse<String> read = post("", READ, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(JsonTree.array(JsonTree.object(read.body()).get("data"))).hasSize(3);
  }

  @Test
  void theTokenIsRequiredWhenConfigured() throws Exception {
    start(TOKEN, ServeOptions.DEFAULT_MAX_BODY);
    HttpResponse<String> missing = post("", READ, null);
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"dovetail\"");
    assertThat(errorBody(missing).get("status_code")).isEqualTo(401L);
    assertThat(post("", READ, "wrong").statusCode()).isEqualTo(401);
    assertThat(post("", READ, TOKEN + "x").statusCode()).isEqualTo(401);
    assertThat(post("", READ, TOKEN).statusCode()).isEqualTo(200);
    assertThat(DealStore.INSTANCE.reads()).hasSize(1);
  }

  @Test
  void withoutATokenNoneIsAsked() throws Exception {
    start(null, ServeOptions.DEFAULT_MAX_BODY);
    assertThat(post("", READ, "anything").statusCode()).isEqualTo(200);
  }

  @Test
  void anOversizedBodyIs413WithNothingExecuted() throws Exception {
    start(null, 1024);
    String big = READ.replace("\"body\": {", "\"padding\": \"" + "x".repeat(4000) + "\", \"body\": {");
    HttpResponse<String> declared = post("", big, null);
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(errorBody(declared).get("message")).isEqualTo("Request body too large");
    // Without a Content-Length (chunked), the body is read only up to the limit.
    HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.baseUrl()))
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .build();
    assertThat(client.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    assertThat(DealStore.INSTANCE.reads()).isEmpty();
    assertThat(post("", READ, null).statusCode()).isEqualTo(200);
  }

  @Test
  void otherMethodsAre405() throws Exception {
    start(null, ServeOptions.DEFAULT_MAX_BODY);
    HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl())).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "test_crm"))
        .PUT(HttpRequest.BodyPublishers.ofString(READ)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(DealStore.INSTANCE.reads()).isEmpty();
  }

  @Test
  void unknownPathsAre404() throws Exception {
    start(null, ServeOptions.DEFAULT_MAX_BODY);
    HttpResponse<String> response = post("nope", READ, null);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(errorBody(response).get("detail"))
        .isEqualTo("no synapse at /nope; served: POST /, POST /test_crm, POST /test_source");
    assertThat(post("test_crm/deep", READ, null).statusCode()).isEqualTo(404);
  }

  @Test
  void aBodyThatIsNotJsonIs400WithTheContractErrorBody() throws Exception {
    start(null, ServeOptions.DEFAULT_MAX_BODY);
    HttpResponse<String> response = post("", "{not json", null);
    assertThat(response.statusCode()).isEqualTo(400);
    Map<String, Object> body = errorBody(response);
    assertThat(body.get("status_code")).isEqualTo(400L);
    assertThat(body.get("message")).isEqualTo("Invalid request");
  }

  @Test
  void aNonLoopbackAddressNeedsAToken() {
    ServeOptions open = ServeOptions.defaults().withHost("0.0.0.0").withPort(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SynapseServer.start(Map.of(), null, open));
    assertThat(e).hasMessageThat().startsWith("refusing to serve on 0.0.0.0 without a token");
  }

  @Test
  void optionsAreBoundedAndNeverShowTheToken() {
    assertThrows(IllegalArgumentException.class, () -> ServeOptions.defaults().withMaxBodyBytes(10));
    assertThrows(IllegalArgumentException.class, () -> ServeOptions.defaults().withPort(70000));
    assertThat(ServeOptions.defaults().withToken(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(ServeOptions.defaults().withToken("  ").token()).isNull();
    assertThat(List.of(ServeOptions.DEFAULT_PORT)).containsExactly(8080);
  }
}
