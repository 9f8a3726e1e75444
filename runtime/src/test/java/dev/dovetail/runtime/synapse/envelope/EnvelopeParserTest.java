package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;
import static dev.dovetail.runtime.synapse.envelope.Requests.CONNECTION;
import static dev.dovetail.runtime.synapse.envelope.Requests.envelope;

import dev.dovetail.runtime.testing.synapse.DealStore;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The envelope is read in one pass: problems met on the way (in the connection, in the body) are reported only after
 * the whole text parsed, in the same order as when each part was checked on its own.
 */
class EnvelopeParserTest {
  private final EnvelopeHandler handler = new EnvelopeHandler(new TestCrmSynapseDispatcher());

  @BeforeEach
  void reset() {
    DealStore.INSTANCE.reset();
  }

  private static String detail(Reply reply, boolean malformed) {
    Map<String, Object> body = EnvelopeHandlerTest.assertError(reply, 400);
    assertThat(reply.malformedRequest()).isEqualTo(malformed);
    return (String) body.get("detail");
  }

  @Test
  void aBodyProblemMattersOnlyToTypesThatReadTheBody() {
    String body = "{\"watermark\": {\"start\": [1, {\"a\": 2}]}, \"entity\": 5}";
    assertThat(handler.handle(envelope("TEST", body)).isError()).isFalse();
    assertThat(detail(handler.handle(envelope("READ", body)), false))
        .isEqualTo("body.watermark.start must be a number");
    assertThat(detail(handler.handle(envelope("DESCRIBE", "{\"entities\": \"deal\"}")), false))
        .isEqualTo("body.entities must be an array of entity names");
  }

  @Test
  void theFirstBodyProblemIsTheOneReported() {
    String body = "{\"entity\": [\"deal\"], \"watermark\": {\"end\": 1}}";
    assertThat(detail(handler.handle(envelope("READ", body)), false)).isEqualTo("body.entity must be a Schema object");
  }

  @Test
  void theEnvelopeIsReadOnAfterABodyProblem() {
    String text = "{\"connection\": " + CONNECTION + ", \"body\": {\"watermark\": {\"start\": [1, [2]], \"x\": {}},"
        + " \"entities\": [3]}, \"type\": \"READ\"}";
    assertThat(detail(handler.handle(text), false)).isEqualTo("body.watermark.start must be a number");
  }

  @Test
  void aConnectionProblemComesFirstButTheRestMustStillBeJson() {
    String problem = "{\"connection\": {\"name\": [1, [2]], \"authConfig\": {}}, \"type\": 42";
    assertThat(detail(handler.handle(problem + "}"), false)).isEqualTo("connection.name must be a string, not an array");
    assertThat(detail(handler.handle(problem + ", \"body\": {,}}"), true)).startsWith("malformed JSON at line 1");
    assertThat(detail(handler.handle(problem + "} []"), true)).startsWith("unexpected content after the request object");
  }
}
