package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the synapse dispatchers the processor generates, loaded from the in-memory compilation: the wire JSON they
 * hold (SynapseInfo, each entity's Schema), their entity bindings and codecs, and calls into the author's methods.
 */
class SynapseDispatcherTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = new JsonFactory();
  private static final Connection CONNECTION = Connection.of("conn-1", AuthConfig.ofEndpoint("https://api.acme.test/"));

  /** SynapseInfo fields in the SDK's order (contract §3.1). */
  private static final List<String> INFO_KEYS = List.of("name", "category", "metadata", "supportedAuthTypes",
      "configuredFields", "disabledMessage", "oauthInfo", "apiMaxCrudSize", "capabilities");
  /** Schema fields (§5.1) and Attribute fields (§5.2) in the SDK's order. */
  private static final List<String> SCHEMA_KEYS = List.of("id", "apiName", "displayName", "pluralName", "description",
      "custom", "readOnly", "version", "child", "attributes");
  private static final List<String> ATTRIBUTE_KEYS = List.of("id", "apiName", "displayName", "externalId", "entityId",
      "parentAttributeId", "dataType", "length", "precision", "scale", "picklistValues", "picklist", "referenceTo",
      "referenceTargetField", "referenceToPluralName", "custom", "defaultValue", "nillable", "initializable", "updateable",
      "createOnly", "calculated", "unique", "status", "isIdField", "isWatermarkField", "isCreatedAtField",
      "isUpdatedAtField", "isMultiValueField", "isSystem", "isSyncariDefined", "compositeKey");

  private static Compilation crmCompilation;
  private static SynapseDispatcher crm;
  private static SynapseDispatcher feed;
  private static SynapseDispatcher mailing;
  private static SynapseDispatcher echo;

  @BeforeAll
  static void compile() throws Exception {
    crmCompilation = golden("synapse_crm");
    crm = dispatcher(crmCompilation, "com.acme.crm.CrmSynapseDispatcher");
    feed = dispatcher(golden("synapse_source_only"), "com.acme.feed.FeedSynapseDispatcher");
    mailing = dispatcher(golden("synapse_sink_only"), "com.acme.mail.MailingSynapseDispatcher");
    Compilation echoCompilation = Sources.compile(ITEM, ECHO);
    assertWithMessage("diagnostics: %s", Failures.describe(echoCompilation)).that(echoCompilation.errors()).isEmpty();
    echo = dispatcher(echoCompilation, "com.acme.EchoDispatcher");
  }

  private static Compilation golden(String name) throws IOException {
    Compilation compilation = GoldenFilesTest.compile(Path.of("src/test/resources/golden", name).toAbsolutePath());
    assertWithMessage("diagnostics: %s", Failures.describe(compilation)).that(compilation.errors()).isEmpty();
    return compilation;
  }

  private static SynapseDispatcher dispatcher(Compilation compilation, String name) throws ReflectiveOperationException {
    return (SynapseDispatcher) new CompiledClasses(compilation).loadClass(name).getConstructor().newInstance();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static void assertNull(JsonNode node, String... fields) {
    for (String field : fields) {
      assertWithMessage("%s in %s", field, node).that(node.has(field)).isTrue();
      assertWithMessage("%s in %s", field, node).that(node.get(field).isNull()).isTrue();
    }
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.get("name").asText()));
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asText()));
    return out;
  }

  /** Attributes of a Schema by {@code apiName}. */
  private static Map<String, JsonNode> attributes(JsonNode schema) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode attribute : schema.get("attributes")) {
      assertThat(fieldNames(attribute)).containsExactlyElementsIn(ATTRIBUTE_KEYS).inOrder();
      out.put(attribute.get("apiName").asText(), attribute);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static EntityBinding<Object> binding(SynapseDispatcher dispatcher, String apiName) {
    EntityBinding<?> binding = dispatcher.entity(apiName);
    assertWithMessage("entity %s", apiName).that(binding).isNotNull();
    return (EntityBinding<Object>) binding;
  }

  private static Object decode(ValueCodec<Object> codec, String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return codec.decode(parser);
    }
  }

  private static String encode(ValueCodec<Object> codec, Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      codec.encode(value, generator);
    }
    return out.toString();
  }

  // --- The crm golden case: SynapseInfo, Schemas, settings ------------------------------------------------------

  @Test
  void synapseInfoHasEveryFieldOfTheSdkModelWithNulls() throws IOException {
    JsonNode info = MAPPER.readTree(crm.synapseInfoJson());
    assertThat(fieldNames(info)).containsExactlyElementsIn(INFO_KEYS).inOrder();
    assertThat(info.get("name").asText()).isEqualTo("crm_synapse");
    assertThat(info.get("category").asText()).isEqualTo("crm");
    assertThat(fieldNames(info.get("metadata"))).containsExactly("displayName", "iconPath", "backgroundColor", "helpUrl").inOrder();
    assertThat(info.get("metadata").get("displayName").asText()).isEqualTo("Crm Synapse");
    assertNull(info.get("metadata"), "iconPath", "backgroundColor", "helpUrl");
    assertNull(info, "configuredFields", "disabledMessage", "oauthInfo");
    assertThat(info.get("apiMaxCrudSize").asInt()).isEqualTo(20);
    assertThat(texts(info.get("capabilities"))).containsExactly("getByWatermark", "getById", "create", "update", "delete")
        .inOrder();

    JsonNode auth = info.get("supportedAuthTypes");
    assertThat(auth.size()).isEqualTo(1);
    assertThat(fieldNames(auth.get(0))).containsExactly("authType", "fields", "label").inOrder();
    assertThat(auth.get(0).get("authType").asText()).isEqualTo("ApiKey");
    assertNull(auth.get(0), "label");
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (JsonNode field : auth.get(0).get("fields")) {
      assertThat(fieldNames(field)).containsExactly("name", "dataType", "label", "required", "defaultValue", "description")
          .inOrder();
      fields.put(field.get("name").asText(), field);
    }
    assertThat(fields.keySet()).containsExactly("endpoint", "accessToken", "companyDomain").inOrder();
    assertThat(fields.get("endpoint").get("dataType").asText()).isEqualTo("string");
    assertThat(fields.get("accessToken").get("dataType").asText()).isEqualTo("password");
    assertThat(fields.get("companyDomain").get("required").asBoolean()).isFalse();
    assertThat(fields.get("companyDomain").get("description").asText()).isEqualTo("Sub-domain of the CRM");
    assertNull(fields.get("endpoint"), "defaultValue", "description");
  }

  @Test
  void dealSchemaHasEveryAttributeWithItsDataTypeAndRole() throws IOException {
    JsonNode schema = MAPPER.readTree(crm.schemaJson("deal"));
    assertThat(fieldNames(schema)).containsExactlyElementsIn(SCHEMA_KEYS).inOrder();
    assertThat(schema.get("apiName").asText()).isEqualTo("deal");
    assertThat(schema.get("displayName").asText()).isEqualTo("Deal");
    assertThat(schema.get("description").asText()).isEqualTo("A sales deal.");
    assertThat(schema.get("readOnly").asBoolean()).isFalse();
    assertThat(schema.get("custom").asBoolean()).isFalse();
    assertThat(schema.get("child").asBoolean()).isFalse();
    assertNull(schema, "id", "pluralName", "version");

    Map<String, JsonNode> attributes = attributes(schema);
    Map<String, String> dataTypes = attributes.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get("dataType").asText(), (a, b) -> a, LinkedHashMap::new));
    // J1: long, String, BigDecimal, enum, LocalDate, reference, List<String>, int, double, boolean, Instant.
    assertThat(dataTypes).containsExactly("id", "integer", "title", "string", "value", "decimal", "stage", "picklist",
        "close_date", "date", "person_id", "reference", "labels", "string", "priority", "integer", "probability", "double",
        "archived", "boolean", "updated_at", "datetime").inOrder();
    for (Map.Entry<String, JsonNode> entry : attributes.entrySet()) {
      JsonNode attribute = entry.getValue();
      boolean id = entry.getKey().equals("id");
      boolean watermark = entry.getKey().equals("updated_at");
      assertWithMessage(entry.getKey()).that(attribute.get("isIdField").asBoolean()).isEqualTo(id);
      assertWithMessage(entry.getKey()).that(attribute.get("isWatermarkField").asBoolean()).isEqualTo(watermark);
      assertWithMessage(entry.getKey()).that(attribute.get("isUpdatedAtField").asBoolean()).isEqualTo(watermark);
      assertWithMessage(entry.getKey()).that(attribute.get("isSystem").asBoolean()).isEqualTo(watermark);
      assertWithMessage(entry.getKey()).that(attribute.get("unique").asBoolean()).isEqualTo(id);
      assertWithMessage(entry.getKey()).that(attribute.get("nillable").asBoolean()).isEqualTo(!id);
      assertWithMessage(entry.getKey()).that(attribute.get("status").asText()).isEqualTo("ACTIVE");
      assertWithMessage(entry.getKey()).that(attribute.get("isMultiValueField").asBoolean())
          .isEqualTo(entry.getKey().equals("labels"));
      if (!entry.getKey().equals("stage")) {
        assertNull(attribute, "picklistValues");
      }
      if (!entry.getKey().equals("person_id")) {
        assertNull(attribute, "referenceTo");
      }
      assertNull(attribute, "id", "externalId", "length", "picklist", "defaultValue", "compositeKey");
    }
    assertThat(texts(attributes.get("stage").get("picklistValues"))).containsExactly("LEAD", "QUALIFIED", "WON", "LOST")
        .inOrder();
    assertThat(attributes.get("person_id").get("referenceTo").asText()).isEqualTo("person");
  }

  @Test
  void personSchemaIsReadOnlyWithAnEpochMillisecondWatermark() throws IOException {
    JsonNode schema = MAPPER.readTree(crm.schemaJson("person"));
    assertThat(schema.get("readOnly").asBoolean()).isTrue();
    Map<String, JsonNode> attributes = attributes(schema);
    assertThat(attributes.keySet()).containsExactly("id", "name", "email", "modified").inOrder();
    assertThat(attributes.get("modified").get("dataType").asText()).isEqualTo("timestamp");
    assertThat(attributes.get("modified").get("isWatermarkField").asBoolean()).isTrue();
    assertThat(attributes.get("id").get("dataType").asText()).isEqualTo("string");
    assertThat(attributes.get("email").get("unique").asBoolean()).isTrue();
  }

  @Test
  void unknownEntityHasNoSchemaAndNoBinding() {
    assertThat(crm.schemaJson("nope")).isNull();
    assertThat(crm.schemaJson("Deal")).isNull();
    assertThat(crm.entity("nope")).isNull();
  }

  @Test
  void entitiesAndSettings() {
    assertThat(crm.name()).isEqualTo("crm_synapse");
    assertThat(crm.entities().stream().map(EntityBinding::apiName).toList()).containsExactly("deal", "person").inOrder();
    assertThat(crm.entity("deal").operations()).isEqualTo(EnumSet.of(RequestType.READ, RequestType.GET_BY_ID,
        RequestType.CREATE, RequestType.UPDATE, RequestType.DELETE));
    assertThat(crm.entity("person").operations()).containsExactly(RequestType.READ);
    assertThat(crm.readSkewSeconds()).isEqualTo(120);
    assertThat(crm.pageSize()).isEqualTo(100);
    assertThat(crm.apiMaxCrudSize()).isEqualTo(20);
    assertThat(crm.secretFields()).containsExactly("accessToken");
  }

  @Test
  void dispatcherJsonMatchesTheDescriptorResource() throws IOException {
    JsonNode descriptor = MAPPER.readTree(GeneratedFiles.of(crmCompilation).get("META-INF/dovetail/synapses/crm_synapse.json"));
    assertThat(descriptor.get("synapseInfo")).isEqualTo(MAPPER.readTree(crm.synapseInfoJson()));
    for (JsonNode entity : descriptor.get("entities")) {
      String apiName = entity.get("apiName").asText();
      assertWithMessage(apiName).that(entity.get("schema")).isEqualTo(MAPPER.readTree(crm.schemaJson(apiName)));
    }
    assertThat(descriptor.get("kind").asText()).isEqualTo("source_and_sink");
  }

  @Test
  void dealCodecRoundTripsInstantAndLocalDateAsIso8601() throws Exception {
    EntityBinding<Object> deal = binding(crm, "deal");
    String json = "{\"id\":7,\"title\":\"Fleet renewal\",\"value\":12000.50,\"stage\":\"WON\",\"close_date\":\"2024-03-31\","
        + "\"person_id\":3,\"labels\":[\"fleet\",\"q1\"],\"priority\":2,\"probability\":0.75,\"archived\":true,"
        + "\"updated_at\":\"2024-03-01T10:15:30.123Z\"}";
    Object record = decode(deal.codec(), json);
    assertThat(record.toString()).contains("closeDate=2024-03-31");
    assertThat(record.toString()).contains("updatedAt=2024-03-01T10:15:30.123Z");
    assertThat(record.getClass().getRecordComponents()[4].getType()).isEqualTo(java.time.LocalDate.class);
    assertThat(encode(deal.codec(), record)).isEqualTo(json);
    assertThat(deal.idOf(record)).isEqualTo("7");
    assertThat(deal.watermarkOf(record)).isEqualTo(Instant.parse("2024-03-01T10:15:30.123Z"));
    // Input is read leniently: an offset date-time or epoch milliseconds; output is always ISO-8601 in UTC.
    Object offset = decode(deal.codec(), "{\"id\":7,\"updated_at\":\"2024-03-01T11:15:30.123+01:00\"}");
    assertThat(encode(deal.codec(), offset)).contains("\"updated_at\":\"2024-03-01T10:15:30.123Z\"");
    Object millis = decode(deal.codec(), "{\"id\":7,\"updated_at\":1709288130123}");
    assertThat(deal.watermarkOf(millis)).isEqualTo(Instant.parse("2024-03-01T10:15:30.123Z"));
  }

  @Test
  void epochMillisecondWatermarkBecomesAnInstant() throws Exception {
    EntityBinding<Object> person = binding(crm, "person");
    Object record = decode(person.codec(), "{\"id\":\"p-1\",\"name\":\"Ada\",\"modified\":1709288130123}");
    assertThat(person.idOf(record)).isEqualTo("p-1");
    assertThat(person.watermarkOf(record)).isEqualTo(Instant.ofEpochMilli(1709288130123L));
    assertThat(encode(person.codec(), record)).isEqualTo("{\"id\":\"p-1\",\"name\":\"Ada\",\"modified\":1709288130123}");
  }

  @Test
  void testConnectionMethodIsCalled() throws Exception {
    assertThat(crm.test(CONNECTION)).isSameInstanceAs(CONNECTION);
  }

  // --- Source-only and sink-only (J7) ---------------------------------------------------------------------------

  @Test
  void sourceOnlySynapseOffersReadsOnly() throws Exception {
    JsonNode info = MAPPER.readTree(feed.synapseInfoJson());
    assertThat(texts(info.get("capabilities"))).containsExactly("getByWatermark");
    assertThat(info.get("supportedAuthTypes").get(0).get("authType").asText()).isEqualTo("None");
    assertNull(info.get("supportedAuthTypes").get(0), "fields");
    assertThat(info.get("configuredFields").size()).isEqualTo(2);
    assertThat(info.get("configuredFields").get(1).get("defaultValue").asText()).isEqualTo("en");
    for (EntityBinding<?> entity : feed.entities()) {
      assertThat(entity.operations()).containsExactly(RequestType.READ);
      assertThat(MAPPER.readTree(feed.schemaJson(entity.apiName())).get("readOnly").asBoolean()).isTrue();
    }
    EntityBinding<Object> article = binding(feed, "article");
    Object record = decode(article.codec(), "{\"slug\":\"s\",\"published_at\":\"2024-01-01T00:00:00Z\"}");
    UnsupportedOperationException create = assertThrows(UnsupportedOperationException.class,
        () -> article.create(new WriteRequest<>("article", List.of(record), CONNECTION)));
    assertThat(create).hasMessageThat().isEqualTo("RequestType.CREATE");
    assertThrows(UnsupportedOperationException.class, () -> article.delete(new IdRequest("article", List.of("s"), CONNECTION)));
    assertThrows(UnsupportedOperationException.class, () -> article.getById(new IdRequest("article", List.of("s"), CONNECTION)));
    assertThat(article.createdAtOf(record)).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(feed.pageSize()).isEqualTo(50);
    assertThat(feed.readSkewSeconds()).isEqualTo(5);
  }

  @Test
  void sinkOnlySynapseOffersWritesOnly() throws Exception {
    JsonNode info = MAPPER.readTree(mailing.synapseInfoJson());
    assertThat(texts(info.get("capabilities"))).containsExactly("create", "update", "delete").inOrder();
    assertThat(info.get("apiMaxCrudSize").asInt()).isEqualTo(50);
    assertThat(mailing.apiMaxCrudSize()).isEqualTo(50);
    assertThat(mailing.secretFields()).containsExactly("password", "token", "listId").inOrder();
    // Each auth type asks for its own credentials, and for the fields that name no auth type.
    JsonNode userPassword = info.get("supportedAuthTypes").get(0);
    assertThat(userPassword.get("authType").asText()).isEqualTo("UserPassword");
    assertThat(names(userPassword.get("fields"))).containsExactly("endpoint", "userName", "password", "listId").inOrder();
    JsonNode apiKey = info.get("supportedAuthTypes").get(1);
    assertThat(apiKey.get("authType").asText()).isEqualTo("ApiKey");
    assertThat(names(apiKey.get("fields"))).containsExactly("endpoint", "token", "listId").inOrder();
    assertNull(info, "configuredFields");
    EntityBinding<Object> subscriber = binding(mailing, "subscriber");
    assertThat(subscriber.operations()).containsExactly(RequestType.CREATE, RequestType.UPDATE, RequestType.DELETE);
    assertThat(binding(mailing, "tag").operations()).containsExactly(RequestType.CREATE);
    Object record = decode(subscriber.codec(), "{\"email\":\"a@b.io\",\"birthday\":\"1990-02-03\"}");
    assertThat(subscriber.watermarkOf(record)).isNull();
    assertThat(subscriber.idOf(record)).isEqualTo("a@b.io");
    UnsupportedOperationException read = assertThrows(UnsupportedOperationException.class,
        () -> subscriber.read(new ReadRequest("subscriber", Instant.EPOCH, Instant.now(), null, 100, false, false, false, CONNECTION)));
    assertThat(read).hasMessageThat().isEqualTo("RequestType.READ");
    JsonNode schema = MAPPER.readTree(mailing.schemaJson("subscriber"));
    assertThat(schema.get("readOnly").asBoolean()).isFalse();
    for (JsonNode attribute : schema.get("attributes")) {
      assertThat(attribute.get("isWatermarkField").asBoolean()).isFalse();
    }
  }

  // --- Calls into the author's methods --------------------------------------------------------------------------

  private static final JavaFileObject ITEM = Sources.source("Item",
      "import java.time.LocalDate;",
      "/**",
      " * An item.",
      " *",
      " * @param id key",
      " * @param changed last change",
      " * @param due due date",
      " */",
      "@Schema",
      "public record Item(@SchemaField(primary = true) String id, @Attribute(watermark = true) Instant changed,",
      "    LocalDate due) {}");

  /** Every method answers with data derived from its request, and counts calls on its instance. */
  private static final JavaFileObject ECHO = Sources.source("Echo",
      "import dev.dovetail.runtime.synapse.*;",
      "import java.time.LocalDate;",
      "/** Answers every request with what it was asked. */",
      "@Synapse(name = \"echo\", authTypes = AuthType.NONE)",
      "public class Echo {",
      "  private int calls;",
      "  @TestConnection public Connection check(Connection connection) {",
      "    return connection.withMetaConfig(Map.of(\"checkedBy\", \"echo\", \"calls\", String.valueOf(++calls)));",
      "  }",
      "  @Read(Item.class) public ReadPage<Item> read(ReadRequest request) {",
      "    Item item = new Item(\"read:\" + request.entity() + \":\" + request.cursor() + \":\" + (++calls),",
      "        request.start(), LocalDate.of(2024, 1, 2));",
      "    return ReadPage.more(List.of(item), \"after-\" + request.pageSize());",
      "  }",
      "  @GetById(Item.class) List<Item> byId(IdRequest request) {",
      "    return request.ids().stream().map(id -> new Item(\"got:\" + id, Instant.EPOCH, null)).toList();",
      "  }",
      "  @Create(Item.class) protected List<WriteResult> create(WriteRequest<Item> request) {",
      "    return request.records().stream().map(r -> WriteResult.ok(\"created:\" + r.id())).toList();",
      "  }",
      "  @Update(Item.class) public List<WriteResult> update(WriteRequest<Item> request) throws java.io.IOException {",
      "    if (request.records().isEmpty()) throw new java.io.IOException(\"nothing to update\");",
      "    return request.records().stream().map(r -> WriteResult.failed(r.id(), \"rejected:\" + r.due())).toList();",
      "  }",
      "  @Delete(Item.class) public List<WriteResult> delete(IdRequest request) {",
      "    return request.ids().stream().map(id -> WriteResult.ok(\"deleted:\" + id)).toList();",
      "  }",
      "}");

  @Test
  void readCallsTheAuthorsMethodOnANewInstance() throws Exception {
    EntityBinding<Object> item = binding(echo, "item");
    Instant start = Instant.parse("2024-05-01T00:00:00Z");
    ReadRequest request = new ReadRequest("item", start, start.plusSeconds(60), "c1", 42, false, false, false, CONNECTION);
    for (int i = 0; i < 2; i++) {
      ReadPage<Object> page = item.read(request);
      assertThat(page.records()).hasSize(1);
      // "1" both times: every call gets a fresh Echo.
      assertThat(item.idOf(page.records().get(0))).isEqualTo("read:item:c1:1");
      assertThat(item.watermarkOf(page.records().get(0))).isEqualTo(start);
      assertThat(page.nextCursor()).isEqualTo("after-42");
    }
  }

  @Test
  void getByIdCreateUpdateDeleteCallTheAuthorsMethods() throws Exception {
    EntityBinding<Object> item = binding(echo, "item");
    List<Object> got = item.getById(new IdRequest("item", List.of("a", "b"), CONNECTION));
    assertThat(got.stream().map(item::idOf).toList()).containsExactly("got:a", "got:b").inOrder();

    List<Object> records = List.of(decode(item.codec(), "{\"id\":\"x1\",\"due\":\"2024-06-30\"}"),
        decode(item.codec(), "{\"id\":\"x2\"}"));
    assertThat(item.create(new WriteRequest<>("item", records, CONNECTION)))
        .containsExactly(WriteResult.ok("created:x1"), WriteResult.ok("created:x2")).inOrder();
    assertThat(item.update(new WriteRequest<>("item", records, CONNECTION)))
        .containsExactly(WriteResult.failed("x1", "rejected:2024-06-30"), WriteResult.failed("x2", "rejected:null")).inOrder();
    java.io.IOException thrown = assertThrows(java.io.IOException.class,
        () -> item.update(new WriteRequest<>("item", List.of(), CONNECTION)));
    assertThat(thrown).hasMessageThat().isEqualTo("nothing to update");
    assertThat(item.delete(new IdRequest("item", List.of("gone"), CONNECTION))).containsExactly(WriteResult.ok("deleted:gone"));
  }

  @Test
  void testConnectionReturnsTheAuthorsEnrichedConnection() throws Exception {
    Connection tested = echo.test(CONNECTION);
    assertThat(tested.name()).isEqualTo("conn-1");
    assertThat(tested.metaConfig()).containsExactly("checkedBy", "echo", "calls", "1");
    assertThat(echo.test(CONNECTION).metaConfig()).containsEntry("calls", "1");
  }

  /** A shelf that inherits its operations: from a generic superclass in another package and an interface default. */
  private static final List<JavaFileObject> SHELF = List.of(
      JavaFileObjects.forSourceLines("com.acme.base.Store",
          "package com.acme.base;",
          "import com.acme.Item;",
          "import dev.dovetail.annotations.*;",
          "import dev.dovetail.runtime.synapse.*;",
          "import java.util.List;",
          "public abstract class Store<E> {",
          "  @Read(Item.class) public abstract ReadPage<E> read(ReadRequest request);",
          "  @Create(Item.class) public List<WriteResult> create(WriteRequest<E> request) {",
          "    return request.records().stream().map(r -> WriteResult.ok(\"store-created\")).toList();",
          "  }",
          "  @Delete(Item.class) public List<WriteResult> delete(IdRequest request) {",
          "    return List.of(WriteResult.ok(\"store-deleted\"));",
          "  }",
          "}"),
      Sources.source("Checked",
          "import dev.dovetail.runtime.synapse.*;",
          "public interface Checked {",
          "  @TestConnection default Connection check(Connection connection) {",
          "    return connection.withMetaConfig(Map.of(\"checkedBy\", getClass().getSimpleName()));",
          "  }",
          "}"),
      Sources.source("Shelf",
          "import dev.dovetail.runtime.synapse.*;",
          "/** Inherits its operations. */",
          "@Synapse(name = \"shelf\", authTypes = AuthType.NONE)",
          "public class Shelf extends com.acme.base.Store<Item> implements Checked {",
          "  @Override public ReadPage<Item> read(ReadRequest request) {",
          "    return ReadPage.last(List.of(new Item(\"shelf-read\", request.start(), null)));",
          "  }",
          "  @Override public List<WriteResult> delete(IdRequest request) {",
          "    return request.ids().stream().map(id -> WriteResult.ok(\"shelf-deleted:\" + id)).toList();",
          "  }",
          "}"));

  @Test
  void inheritedOperationsAreCalledThroughTheSynapseClass() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(SHELF);
    sources.add(ITEM);
    Compilation compilation = Sources.compiler().compile(sources);
    assertWithMessage("diagnostics: %s", Failures.describe(compilation)).that(compilation.errors()).isEmpty();
    SynapseDispatcher shelf = dispatcher(compilation, "com.acme.ShelfDispatcher");
    EntityBinding<Object> item = binding(shelf, "item");
    assertThat(item.operations()).containsExactly(RequestType.READ, RequestType.CREATE, RequestType.DELETE);
    Instant start = Instant.parse("2024-05-01T00:00:00Z");
    ReadRequest read = new ReadRequest("item", start, start.plusSeconds(60), null, 10, false, false, false, CONNECTION);
    // Abstract in Store, implemented (without annotations) by Shelf.
    assertThat(item.idOf(item.read(read).records().get(0))).isEqualTo("shelf-read");
    List<Object> records = List.of(decode(item.codec(), "{\"id\":\"x1\"}"));
    assertThat(item.create(new WriteRequest<>("item", records, CONNECTION))).containsExactly(WriteResult.ok("store-created"));
    // Annotated in Store, overridden by Shelf: Shelf's method answers.
    assertThat(item.delete(new IdRequest("item", List.of("a"), CONNECTION))).containsExactly(WriteResult.ok("shelf-deleted:a"));
    // The interface's default method, called on a Shelf.
    assertThat(shelf.test(CONNECTION).metaConfig()).containsExactly("checkedBy", "Shelf");
  }

  @Test
  void echoDescribesItselfAsSourceAndSinkWithoutAuth() throws IOException {
    JsonNode info = MAPPER.readTree(echo.synapseInfoJson());
    assertThat(info.get("name").asText()).isEqualTo("echo");
    assertThat(info.get("metadata").get("displayName").asText()).isEqualTo("Echo");
    assertNull(info, "configuredFields");
    assertThat(texts(info.get("capabilities"))).containsExactly("getByWatermark", "getById", "create", "update", "delete")
        .inOrder();
    Iterator<JsonNode> attributes = MAPPER.readTree(echo.schemaJson("item")).get("attributes").elements();
    assertThat(attributes.next().get("isIdField").asBoolean()).isTrue();
    JsonNode changed = attributes.next();
    assertThat(changed.get("dataType").asText()).isEqualTo("datetime");
    assertThat(changed.get("isWatermarkField").asBoolean()).isTrue();
    assertThat(attributes.next().get("dataType").asText()).isEqualTo("date");
  }
}
