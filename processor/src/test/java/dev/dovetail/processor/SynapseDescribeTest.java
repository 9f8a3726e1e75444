package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.DataType;
import dev.dovetail.runtime.synapse.EntityAttribute;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.EntitySchemaJson;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code @Describe} path of a generated dispatcher (golden case {@code synapse_describe}): the generated
 * {@code describe()} calls the author's method, and {@code DESCRIBE} through the runtime's envelope handler answers the
 * generated Schemas followed by the described ones, written by the same writer.
 */
class SynapseDescribeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static SynapseDispatcher helpdesk;
  private static SynapseDispatcher crm;

  @BeforeAll
  static void compile() throws Exception {
    helpdesk = dispatcher("synapse_describe", "com.acme.desk.HelpdeskSynapseDispatcher");
    crm = dispatcher("synapse_crm", "com.acme.crm.CrmSynapseDispatcher");
  }

  private static SynapseDispatcher dispatcher(String goldenCase, String name) throws Exception {
    Compilation compilation = GoldenFilesTest.compile(Path.of("src/test/resources/golden", goldenCase).toAbsolutePath());
    assertWithMessage("diagnostics: %s", Failures.describe(compilation)).that(compilation.errors()).isEmpty();
    return (SynapseDispatcher) new CompiledClasses(compilation).loadClass(name).getConstructor().newInstance();
  }

  private static Connection connection(String customObjects) {
    Connection plain = Connection.of("desk-1", AuthConfig.ofEndpoint("https://desk.acme.test/"));
    return customObjects == null ? plain : plain.withMetaConfig(Map.of("customObjects", customObjects));
  }

  /** A DESCRIBE envelope with the {@code customObjects} setting. */
  private static String describe(String customObjects, String entities) {
    return "{\"type\": \"DESCRIBE\", \"connection\": {\"name\": \"desk-1\", \"authConfig\": {\"endpoint\":"
        + " \"https://desk.acme.test/\"}, \"metaConfig\": {\"customObjects\": \"" + customObjects + "\"}},"
        + " \"body\": {\"entities\": " + entities + "}}";
  }

  /** The elements of a list reply: each a JSON string holding one Schema. */
  private static List<String> elements(Reply reply) throws Exception {
    assertWithMessage(reply.body()).that(reply.isError()).isFalse();
    List<String> out = new ArrayList<>();
    for (JsonNode element : MAPPER.readTree(reply.body())) {
      assertThat(element.isTextual()).isTrue();
      out.add(element.asText());
    }
    return out;
  }

  @Test
  void generatedDescribeCallsTheAuthorsMethodWithTheConnection() throws Exception {
    List<EntitySchema> described = helpdesk.describe(connection("asset,contract"));
    assertThat(described.stream().map(EntitySchema::apiName).toList()).containsExactly("asset", "contract").inOrder();
    assertThat(helpdesk.describe(connection(null))).isEmpty();
  }

  @Test
  void withoutDescribeMethodNothingIsDescribedAtRunTime() throws Exception {
    assertThat(crm.describe(connection("asset"))).isEmpty();
  }

  @Test
  void aSchemaBuiltWithTheModelReadsExactlyLikeTheGeneratedOne() {
    EntitySchema ticket = EntitySchema.builder("ticket", "Ticket").description("A support ticket.").readOnly()
        .attribute(EntityAttribute.builder("id", "Id", DataType.INTEGER).idField())
        .attribute(EntityAttribute.builder("subject", "Subject", DataType.STRING))
        .attribute(EntityAttribute.builder("status", "Status", DataType.PICKLIST).picklistValues("OPEN", "PENDING", "SOLVED"))
        .attribute(EntityAttribute.builder("updated_at", "Updated At", DataType.DATETIME).watermarkField().updateable(false))
        .build();
    assertThat(EntitySchemaJson.toJson(ticket)).isEqualTo(helpdesk.schemaJson("ticket"));
  }

  @Test
  void describeOfAllEntitiesIsTheGeneratedSchemasThenTheDescribedOnes() throws Exception {
    Reply reply = new EnvelopeHandler(helpdesk).handle(describe("asset,contract", "[]"));
    List<String> schemas = elements(reply);
    assertThat(schemas).hasSize(3);
    assertThat(schemas.get(0)).isEqualTo(helpdesk.schemaJson("ticket"));
    assertThat(schemas.get(1)).isEqualTo(EntitySchemaJson.toJson(helpdesk.describe(connection("asset")).get(0)));
    JsonNode contract = MAPPER.readTree(schemas.get(2));
    assertThat(contract.get("apiName").asText()).isEqualTo("contract");
    assertThat(contract.get("pluralName").asText()).isEqualTo("Custom contracts");
    assertThat(contract.get("custom").asBoolean()).isTrue();
    JsonNode modified = contract.get("attributes").get(2);
    assertThat(modified.get("dataType").asText()).isEqualTo("datetime");
    assertThat(modified.get("isWatermarkField").asBoolean()).isTrue();
    assertThat(modified.get("isUpdatedAtField").asBoolean()).isTrue();
    assertThat(contract.get("attributes").get(1).get("length").asInt()).isEqualTo(255);
  }

  @Test
  void describeOfNamedEntitiesAnswersThemInTheOrderAsked() throws Exception {
    List<String> schemas = elements(new EnvelopeHandler(helpdesk).handle(describe("asset,contract", "[\"contract\", \"ticket\"]")));
    assertThat(schemas).hasSize(2);
    assertThat(MAPPER.readTree(schemas.get(0)).get("apiName").asText()).isEqualTo("contract");
    assertThat(schemas.get(1)).isEqualTo(helpdesk.schemaJson("ticket"));
  }

  @Test
  void aDescribedEntityNamedLikeAStaticOneIsAnErrorReply() throws Exception {
    Reply reply = new EnvelopeHandler(helpdesk).handle(describe("asset,ticket", "[]"));
    assertThat(reply.isError()).isTrue();
    assertThat(reply.error().statusCode()).isEqualTo(400);
    assertThat(reply.error().message()).isEqualTo("Invalid response type for request RequestType.DESCRIBE");
    assertThat(reply.error().detail()).isEqualTo("The response: entity 'ticket' is a @Schema entity of the synapse"
        + " already; @Describe adds entities, it cannot replace one");
  }

  @Test
  void anExceptionOfTheAuthorsMethodIsItsErrorBody() {
    Reply reply = new EnvelopeHandler(helpdesk).handle(describe("asset,unavailable", "[]"));
    assertThat(reply.error().statusCode()).isEqualTo(503);
    assertThat(reply.error().message()).isEqualTo("The help desk is down for maintenance");
  }
}
