package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;
import static dev.dovetail.runtime.synapse.envelope.EnvelopeHandlerTest.assertError;
import static dev.dovetail.runtime.synapse.envelope.Requests.envelope;

import dev.dovetail.runtime.synapse.DataType;
import dev.dovetail.runtime.synapse.EntityAttribute;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.EntitySchemaJson;
import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.SynapseException;
import dev.dovetail.runtime.testing.synapse.DescribingSynapseDispatcher;
import dev.dovetail.runtime.testing.synapse.JsonTree;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code DESCRIBE} of a synapse with a {@code @Describe} method: the static {@code deal} Schema, then what the method
 * returns; the method's problems and exceptions as error bodies.
 */
class EnvelopeDescribeTest {
  private static final EntitySchema TICKET = EntitySchema.builder("ticket", "Ticket").pluralName("Tickets")
      .attribute(EntityAttribute.builder("id", "ID", DataType.STRING).idField())
      .attribute(EntityAttribute.builder("updated_at", "Updated at", DataType.TIMESTAMP).watermarkField())
      .build();

  private static DescribingSynapseDispatcher describing(EntitySchema... schemas) {
    return new DescribingSynapseDispatcher(connection -> Arrays.asList(schemas));
  }

  private static List<Object> elements(Reply reply) {
    assertThat(reply.isError()).isFalse();
    return JsonTree.array(JsonTree.parse(reply.body()));
  }

  @Test
  void allEntitiesAreTheStaticOnesThenTheDescribedOnesWrittenLikeThem() {
    DescribingSynapseDispatcher dispatcher = describing(TICKET);
    List<Object> schemas = elements(new EnvelopeHandler(dispatcher).handle(envelope("DESCRIBE", "{\"entities\": []}")));
    assertThat(schemas).containsExactly(TestCrmSynapseDispatcher.DEAL_SCHEMA, EntitySchemaJson.toJson(TICKET)).inOrder();
    assertThat(dispatcher.calls()).hasSize(1);
    assertThat(dispatcher.calls().get(0).name()).isEqualTo("my-crm");
    assertThat(dispatcher.calls().get(0).metaConfig()).containsEntry("region", "eu");
  }

  @Test
  void namedStaticEntitiesNeedNoCallOfTheMethod() {
    DescribingSynapseDispatcher dispatcher = describing(TICKET);
    List<Object> schemas = elements(new EnvelopeHandler(dispatcher).handle(envelope("DESCRIBE", "{\"entities\": [\"deal\"]}")));
    assertThat(schemas).containsExactly(TestCrmSynapseDispatcher.DEAL_SCHEMA);
    assertThat(dispatcher.calls()).isEmpty();
  }

  @Test
  void aNamedDescribedEntityIsAnsweredInTheOrderAsked() {
    List<Object> schemas = elements(new EnvelopeHandler(describing(TICKET))
        .handle(envelope("DESCRIBE", "{\"entities\": [\"ticket\", \"deal\"]}")));
    assertThat(schemas).containsExactly(EntitySchemaJson.toJson(TICKET), TestCrmSynapseDispatcher.DEAL_SCHEMA).inOrder();
  }

  @Test
  void anEntityNeitherStaticNorDescribedIs400NamingBothKinds() {
    Reply reply = new EnvelopeHandler(describing(TICKET)).handle(envelope("DESCRIBE", "{\"entities\": [\"invoice\"]}"));
    Map<String, Object> body = assertError(reply, 400);
    assertThat(body.get("message")).isEqualTo("Unknown entity 'invoice'");
    assertThat(body.get("detail")).isEqualTo("synapse test_crm has the entities deal, ticket");
  }

  @ParameterizedTest
  @ValueSource(strings = {"READ", "GET_BY_ID", "CREATE", "UPDATE", "DELETE"})
  void aDescribedEntityHasNoOperations(String type) {
    // Operations name @Schema classes; a described entity has none, so it is describe-only (see @Describe).
    DescribingSynapseDispatcher dispatcher = describing(TICKET);
    Reply reply = new EnvelopeHandler(dispatcher).handle(envelope(type, "{\"entity\": {\"apiName\": \"ticket\"},"
        + " \"watermark\": {\"start\": 0, \"end\": 1}, \"data\": []}"));
    Map<String, Object> body = assertError(reply, 400);
    assertThat(body.get("message")).isEqualTo("Unknown entity 'ticket'");
    assertThat(body.get("detail")).isEqualTo("synapse test_crm has the entities deal");
    assertThat(dispatcher.calls()).isEmpty();
  }

  @Test
  void invalidSchemasAre400NamingEveryProblem() {
    EntitySchema blank = EntitySchema.builder(" ", "Blank")
        .attribute(EntityAttribute.builder("id", "ID", DataType.STRING).idField()).build();
    EntitySchema noType = EntitySchema.builder("note", "Note")
        .attribute(EntityAttribute.builder("id", "ID", null).idField()).build();
    Reply reply = new EnvelopeHandler(describing(TICKET, blank, TICKET, noType))
        .handle(envelope("DESCRIBE", "{\"entities\": []}"));
    Map<String, Object> body = assertError(reply, 400);
    assertThat(body.get("message")).isEqualTo("Invalid response type for request RequestType.DESCRIBE");
    assertThat(body.get("detail")).isEqualTo("The response: the entity at index 1 has a blank apiName;"
        + " entity 'ticket' is described twice; attribute 'id' of entity 'note' has no dataType");
  }

  @Test
  void aDescribedEntityNamedLikeAStaticOneIs400() {
    EntitySchema deal = EntitySchema.builder("deal", "Deal with custom fields")
        .attribute(EntityAttribute.builder("id", "ID", DataType.STRING).idField()).build();
    Reply reply = new EnvelopeHandler(describing(deal)).handle(envelope("DESCRIBE", "{\"entities\": []}"));
    Map<String, Object> body = assertError(reply, 400);
    assertThat(body.get("detail")).isEqualTo("The response: entity 'deal' is a @Schema entity of the synapse already;"
        + " @Describe adds entities, it cannot replace one");
  }

  @Test
  void nullOrANullElementIs400() {
    Reply none = new EnvelopeHandler(new DescribingSynapseDispatcher(connection -> null))
        .handle(envelope("DESCRIBE", "{\"entities\": []}"));
    assertThat(assertError(none, 400).get("detail")).isEqualTo("The response: null");
    Reply holdingNull = new EnvelopeHandler(describing(TICKET, null)).handle(envelope("DESCRIBE", "{\"entities\": []}"));
    assertThat(assertError(holdingNull, 400).get("detail")).isEqualTo("The response: the entity at index 1 is null");
  }

  @Test
  void exceptionsOfTheMethodAreTheContractsErrorBodiesWithoutSecrets() {
    Reply boom = new EnvelopeHandler(new DescribingSynapseDispatcher(connection -> {
      throw new IllegalStateException("token " + Requests.TOKEN + " cannot list custom objects");
    })).handle(envelope("DESCRIBE", "{\"entities\": []}"));
    Map<String, Object> body = assertError(boom, 400);
    assertThat(body.get("message")).isEqualTo("Failed to execute request RequestType.DESCRIBE");
    assertThat(body.get("detail")).isEqualTo("token *** cannot list custom objects");

    Reply outage = new EnvelopeHandler(new DescribingSynapseDispatcher(connection -> {
      throw new SynapseException(503, "Custom objects are unavailable", "maintenance");
    })).handle(envelope("DESCRIBE", "{\"entities\": [\"ticket\"]}"));
    assertThat(assertError(outage, 503).get("message")).isEqualTo("Custom objects are unavailable");

    Reply quota = new EnvelopeHandler(new DescribingSynapseDispatcher(connection -> {
      throw new QuotaExceededException(Duration.ofSeconds(30));
    })).handle(envelope("DESCRIBE", "{\"entities\": []}"));
    assertError(quota, 429);
  }
}
