package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;
import static dev.dovetail.runtime.synapse.envelope.Requests.CONNECTION;
import static dev.dovetail.runtime.synapse.envelope.Requests.envelope;
import static dev.dovetail.runtime.testing.synapse.JsonTree.object;
import static dev.dovetail.runtime.testing.synapse.JsonTree.stringEncodedObjects;

import dev.dovetail.runtime.testing.synapse.DealStore;
import dev.dovetail.runtime.testing.synapse.JsonTree;
import dev.dovetail.runtime.testing.synapse.SourceOnlySynapseDispatcher;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SYNAPSE_INFO, TEST, DESCRIBE, unsupported types and malformed envelopes (contract §2, §8, §12). */
class EnvelopeHandlerTest {
  private final EnvelopeHandler handler = new EnvelopeHandler(new TestCrmSynapseDispatcher());

  @BeforeEach
  void reset() {
    DealStore.INSTANCE.reset();
  }

  /** The error body has exactly three keys, and the given status. */
  static Map<String, Object> assertError(Reply reply, int status) {
    assertThat(reply.isError()).isTrue();
    assertThat(reply.json()).isTrue();
    Map<String, Object> body = object(reply.body());
    assertThat(body.keySet()).containsExactly("status_code", "message", "detail").inOrder();
    assertThat(body.get("status_code")).isEqualTo((long) status);
    assertThat(reply.error().statusCode()).isEqualTo(status);
    assertThat(reply.body()).doesNotContain("\tat ");
    return body;
  }

  @Test
  void synapseInfoIsTheGeneratedJsonVerbatim() {
    Reply reply = handler.handle(envelope("SYNAPSE_INFO", Requests.PLACEHOLDER, "{}"));
    assertThat(reply.isError()).isFalse();
    assertThat(reply.body()).isEqualTo(TestCrmSynapseDispatcher.SYNAPSE_INFO);
    assertThat(DealStore.INSTANCE.reads()).isEmpty();
  }

  @Test
  void synapseInfoNeedsNoConnection() {
    Reply reply = handler.handle("{\"type\": \"SYNAPSE_INFO\", \"body\": {}}");
    assertThat(reply.body()).isEqualTo(TestCrmSynapseDispatcher.SYNAPSE_INFO);
  }

  @Test
  void testReturnsTheEnrichedConnectionWithEveryFieldAndTheExtraKeys() {
    Reply reply = handler.handle(envelope("TEST", "{}"));
    assertThat(reply.isError()).isFalse();
    Map<String, Object> connection = object(reply.body());
    assertThat(connection.keySet()).containsExactly("name", "authConfig", "idFieldName", "watermarkFieldName",
        "createdAtFieldName", "updatedAtFieldName", "oAuthRedirectUrl", "metaConfig", "custom", "endpoint").inOrder();
    assertThat(connection.get("name")).isEqualTo("my-crm");
    assertThat(connection.get("idFieldName")).isNull();
    assertThat(connection.get("endpoint")).isEqualTo("https://crm.example/");
    assertThat(connection.get("custom")).isEqualTo(Map.of("nested", List.of(1L, 2L)));
    assertThat(connection.get("metaConfig")).isEqualTo(Map.of("region", "eu", "webhookIdentifier", "wh-1"));
    Map<String, Object> auth = object(connection.get("authConfig"));
    assertThat(auth.keySet()).containsExactly("endpoint", "userName", "password", "clientId", "clientSecret",
        "redirectUri", "token", "accessToken", "refreshToken", "expiresIn", "lastRefreshed", "additionalHeaders")
        .inOrder();
    // TEST is the one reply that carries the credentials back: the platform stores what it returns.
    assertThat(auth.get("token")).isEqualTo(Requests.TOKEN);
    assertThat(auth.get("additionalHeaders")).isEqualTo(Map.of("apiSecret", Requests.API_SECRET));
    assertThat(auth.get("password")).isNull();
  }

  @Test
  void testWithBadCredentialsIsAnErrorWithoutTheSecrets() {
    String connection = CONNECTION.replace(Requests.TOKEN, "bad-token-4242");
    Reply reply = handler.handle(envelope("TEST", connection, "{}"));
    Map<String, Object> body = assertError(reply, 401);
    assertThat(body.get("message")).isEqualTo("Unauthorized: token *** was refused");
    assertThat(body.get("detail")).isEqualTo("upstream said 401 for ***");
    assertThat(reply.body()).doesNotContain("bad-token-4242");
  }

  @Test
  void testWithoutATestMethodEchoesTheConnection() {
    Reply reply = new EnvelopeHandler(new SourceOnlySynapseDispatcher()).handle(envelope("TEST", "{}"));
    Map<String, Object> connection = object(reply.body());
    assertThat(connection.get("name")).isEqualTo("my-crm");
    assertThat(connection.get("metaConfig")).isEqualTo(Map.of("region", "eu"));
  }

  @Test
  void describeOfNoEntitiesListsEveryEntityAsJsonStrings() {
    Reply reply = handler.handle(envelope("DESCRIBE", "{\"entities\": []}"));
    List<Object> list = JsonTree.array(JsonTree.parse(reply.body()));
    assertThat(list).hasSize(1);
    assertThat(list.get(0)).isEqualTo(TestCrmSynapseDispatcher.DEAL_SCHEMA);
    Map<String, Object> schema = stringEncodedObjects(list).get(0);
    assertThat(schema.get("apiName")).isEqualTo("deal");
    assertThat(JsonTree.array(schema.get("attributes"))).isNotEmpty();
  }

  @Test
  void describeOfANamedEntityAnswersExactlyThatOne() {
    Reply reply = handler.handle(envelope("DESCRIBE", "{\"entities\": [\"deal\"]}"));
    assertThat(stringEncodedObjects(JsonTree.parse(reply.body()))).hasSize(1);
    Reply absentBody = handler.handle("{\"type\": \"DESCRIBE\", \"connection\": " + CONNECTION + "}");
    assertThat(stringEncodedObjects(JsonTree.parse(absentBody.body()))).hasSize(1);
  }

  @Test
  void describeOfAnUnknownEntityIs400NamingIt() {
    Reply reply = handler.handle(envelope("DESCRIBE", "{\"entities\": [\"deal\", \"person\"]}"));
    Map<String, Object> body = assertError(reply, 400);
    assertThat(body.get("message")).isEqualTo("Unknown entity 'person'");
    assertThat(body.get("detail")).isEqualTo("synapse test_crm has the entities deal");
  }

  @Test
  void platformOnlyHttpTypesAre405Exactly() {
    Reply reply = handler.handle(envelope("HTTP_POST", "{\"url\": \"x\", \"body\": null, \"method\": \"POST\"}"));
    assertThat(reply.body())
        .isEqualTo("{\"status_code\": 405, \"message\": \"Operation RequestType.HTTP_POST is not supported\","
            + " \"detail\": null}");
    assertError(reply, 405);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EXTRACT_WEBHOOK_IDENTIFIER", "PROCESS_WEBHOOK", "GET_HEADERS", "SEARCH", "REFRESH_TOKEN",
      "GET_ACCESS_TOKEN", "HTTP_PUT", "HTTP_DELETE"})
  void typesTheSynapseDoesNotImplementAre405(String type) {
    Reply reply = handler.handle(envelope(type, "{\"body\": \"{}\", \"headers\": {}, \"params\": {}}"));
    Map<String, Object> body = assertError(reply, 405);
    assertThat(body.get("message")).isEqualTo("Operation RequestType." + type + " is not supported");
    assertThat(body.get("detail")).isNull();
  }

  @Test
  void bodyThatIsNotJsonIsAMalformed400() {
    for (String text : new String[] {"", "   ", "{\"type\": \"READ\"", "not json", "{\"type\": \"TEST\"} {}"}) {
      Reply reply = handler.handle(text);
      Map<String, Object> body = assertError(reply, 400);
      assertThat(reply.malformedRequest()).isTrue();
      assertThat(body.get("message")).isEqualTo("Invalid request");
    }
  }

  @Test
  void malformedJsonIsReportedByPositionNeverByContent() {
    Reply reply = handler.handle("{\"type\": \"TEST\", \"connection\": {\"authConfig\": {\"token\": sk_live_123}}}");
    Map<String, Object> body = assertError(reply, 400);
    assertThat((String) body.get("detail")).startsWith("malformed JSON at line 1, column ");
    assertThat(reply.body()).doesNotContain("sk_live_123");
  }

  @Test
  void envelopesWithoutAUsableTypeOrConnectionAre400() {
    Map<String, String> cases = Map.of(
        "{\"connection\": " + CONNECTION + ", \"body\": {}}", "the request has no 'type'",
        "{\"type\": \"FROBNICATE\", \"connection\": " + CONNECTION + "}", "unknown request type 'FROBNICATE'",
        "{\"type\": 42, \"connection\": " + CONNECTION + "}", "'type' must be a string",
        "{\"type\": \"READ\", \"body\": {}}", "the request has no 'connection'",
        "{\"type\": \"TEST\", \"connection\": null}", "the request has no 'connection'",
        "[\"READ\"]", "the request must be a JSON object",
        "{\"type\": \"TEST\", \"connection\": {\"authConfig\": \"x\"}}", "connection.authConfig must be a JSON object",
        "{\"type\": \"DESCRIBE\", \"connection\": " + CONNECTION + ", \"body\": []}", "'body' must be a JSON object");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Reply reply = handler.handle(c.getKey());
      Map<String, Object> body = assertError(reply, 400);
      assertThat(reply.malformedRequest()).isFalse();
      assertThat(body.get("message")).isEqualTo("Invalid request");
      assertThat(body.get("detail")).isEqualTo(c.getValue());
    }
  }

  @Test
  void connectionFieldsOfTheWrongTypeAreNamedWithoutTheirValue() {
    Reply reply = handler.handle("{\"type\": \"TEST\", \"connection\": {\"name\": \"c\", \"authConfig\":"
        + " {\"token\": {\"secret\": \"hunter2\"}}}}");
    Map<String, Object> body = assertError(reply, 400);
    assertThat(body.get("detail")).isEqualTo("connection.authConfig.token must be a string, not an object");
    assertThat(reply.body()).doesNotContain("hunter2");
  }

  @Test
  void requestIdAndUnknownKeysAreAccepted() {
    String text = "{\"requestId\": \"r-1\", \"type\": \"DESCRIBE\", \"future\": {\"x\": [1]}, \"connection\": "
        + CONNECTION + ", \"body\": {\"entities\": [\"deal\"], \"other\": true}, \"host\": null}";
    Reply reply = handler.handle(text);
    assertThat(reply.isError()).isFalse();
    assertThat(stringEncodedObjects(JsonTree.parse(reply.body()))).hasSize(1);
  }
}
