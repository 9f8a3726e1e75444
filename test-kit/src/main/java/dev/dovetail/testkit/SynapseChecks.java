package dev.dovetail.testkit;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.EntitySchemaRules;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;

/**
 * The checks of one synapse: its describe (generated Schemas, the descriptor, the {@code @Describe} method, the
 * codecs), and against the author's fixture a full READ cycle, a resume from its watermark after records were added
 * ({@link ResumeCheck}), and create / update / delete.
 */
final class SynapseChecks {
  static final String DESCRIBE = "describe matches the entity types";
  static final String READ = "read pages to the end and resumes from its watermark";
  static final String CRUD = "create, update and delete echo ids";

  private final SynapseDispatcher dispatcher;
  private final String name;
  private final SynapseFixture fixture;
  private final ClassPathResources resources;

  SynapseChecks(SynapseDispatcher dispatcher, SynapseFixture fixture, ClassPathResources resources) {
    this.dispatcher = dispatcher;
    this.name = dispatcher.name();
    this.fixture = fixture;
    this.resources = resources;
  }

  DynamicContainer container() {
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(dynamicTest(DESCRIBE, this::describe));
    for (EntityBinding<?> binding : dispatcher.entities()) {
      if (binding.operations().contains(RequestType.READ)) {
        tests.add(dynamicTest(binding.apiName() + ": " + READ, () -> read(binding)));
      }
      if (binding.operations().contains(RequestType.CREATE)) {
        tests.add(dynamicTest(binding.apiName() + ": " + CRUD, () -> crud(binding)));
      }
    }
    return dynamicContainer(name, tests.stream());
  }

  // --- describe

  private void describe() throws Exception {
    Findings findings = new Findings(name, DESCRIBE);
    String descriptorPath = "META-INF/dovetail/synapses/" + name + ".json";
    String descriptor = resources.read(descriptorPath);
    Map<String, Object> described = new HashMap<>();
    if (descriptor == null) {
      findings.add(descriptorPath, "the processor writes the synapse descriptor next to the dispatcher", "rebuild");
    } else {
      for (Object entity : (List<?>) JsonValues.parseObject(descriptor).get("entities")) {
        Map<?, ?> map = (Map<?, ?>) entity;
        described.put(String.valueOf(map.get("apiName")), map);
      }
    }
    for (EntityBinding<?> binding : dispatcher.entities()) {
      String entity = "entity '" + binding.apiName() + "'";
      String schemaJson = dispatcher.schemaJson(binding.apiName());
      if (schemaJson == null) {
        findings.add(entity, "DESCRIBE answers a Schema for every entity", "rebuild");
        continue;
      }
      Map<String, Object> schema = JsonValues.parseObject(schemaJson);
      if (described.get(binding.apiName()) instanceof Map<?, ?> entry) {
        String difference = JsonValues.firstDifference("schema", entry.get("schema"), schema);
        if (difference != null || !Objects.equals(operations(entry.get("operations")), binding.operations().toString())) {
          findings.add(entity + " of " + descriptorPath, "the descriptor matches what DESCRIBE answers"
              + (difference == null ? "; operations differ" : "; " + difference), "rebuild: the descriptor is stale");
        }
      } else if (descriptor != null) {
        findings.add(entity, "every entity is in " + descriptorPath, "rebuild: the descriptor is stale");
      }
      codecMatchesSchema(binding, schema, findings);
    }
    if (fixture != null) {
      dynamicEntities(findings);
    }
    findings.assertNone();
  }

  private static String operations(Object list) {
    return list instanceof List<?> l ? l.toString() : null;
  }

  /** A record of sample values goes through the entity's codec and comes back with only the Schema's attributes. */
  private <T> void codecMatchesSchema(EntityBinding<T> binding, Map<String, Object> schema, Findings findings)
      throws IOException {
    Set<String> attributes = new HashSet<>();
    for (Object attribute : (List<?>) schema.get("attributes")) {
      attributes.add(String.valueOf(((Map<?, ?>) attribute).get("apiName")));
    }
    Map<String, Object> values = EntitySamples.values(schema, 0, false);
    T record;
    try (JsonParser parser = JsonValues.FACTORY.createParser(JsonValues.write(values))) {
      parser.nextToken();
      record = binding.codec().decode(parser);
    } catch (IOException e) {
      findings.add(new Finding("entity '" + binding.apiName() + "' values " + JsonValues.write(values), null,
          "the entity's codec reads every attribute its Schema declares: " + e.getMessage(), "rebuild"));
      return;
    }
    for (String key : JsonValues.parseObject(encode(binding, record)).keySet()) {
      if (!attributes.contains(key)) {
        findings.add(new Finding("entity '" + binding.apiName() + "'", key,
            "every value the codec writes is an attribute of the Schema DESCRIBE answers", "rebuild"));
      }
    }
  }

  /** What the author's {@code @Describe} method answers, checked with the runtime's rules. */
  private void dynamicEntities(Findings findings) {
    List<EntitySchema> schemas;
    try {
      schemas = dispatcher.describe(fixture.connection(dispatcher));
    } catch (Exception e) {
      findings.add("the @Describe method threw " + DestinationChecks.describe(e),
          "describe answers with the fixture's connection", "fix the @Describe method");
      return;
    }
    for (String problem : EntitySchemaRules.check(schemas)) {
      findings.add("the @Describe method's Schemas", problem, "fix the EntitySchema the @Describe method builds");
    }
    for (EntitySchema schema : schemas) {
      if (schema != null && dispatcher.entity(schema.apiName()) != null) {
        findings.add("the @Describe method's Schemas", "entity '" + schema.apiName()
            + "' is a @Schema entity already; describe adds only entities known at run time", "leave it out");
      }
    }
  }

  // --- read

  private <T> void read(EntityBinding<T> binding) throws Exception {
    Findings findings = new Findings(name, binding.apiName() + ": " + READ);
    requireFixture(findings);
    String entity = binding.apiName();
    Connection connection = fixture.connection(dispatcher);
    EntityReads reads = new EntityReads(dispatcher, connection, entity);
    EntityReads.Cycle first = reads.read(Instant.EPOCH, Instant.now(), findings);
    if (first == null) {
      findings.assertNone();
    }
    Set<String> seen = new HashSet<>();
    Long previous = null;
    for (ReadReply.Item item : first.items()) {
      if (!seen.add(item.id())) {
        findings.add(new Finding("record id " + item.id() + " " + Text.shorten(item.json(), 200), null,
            "a READ cycle returns each record once; it came back again (page " + first.pageOf(item) + ")",
            "the cursor of the next page must start right after the last record of this one"));
      }
      if (previous != null && item.lastModified() != null && item.lastModified() < previous) {
        findings.add(new Finding("record id " + item.id(), "lastModified = " + Instant.ofEpochMilli(item.lastModified()),
            "records come sorted ascending by watermark; the record before it is newer ("
                + Instant.ofEpochMilli(previous) + ")", "sort the upstream query by the watermark field"));
      }
      previous = item.lastModified() == null ? previous : item.lastModified();
    }
    Integer expected = fixture.expectedRecords(entity);
    if (expected != null && seen.size() != expected) {
      findings.add(entity + ": " + seen.size() + " distinct records read in " + first.pages() + " pages",
          "a READ cycle over all of time returns every one of the fixture's " + expected + " records"
              + (seen.size() < expected ? ": " + (expected - seen.size()) + " are missing (a gap between pages)" : ""),
          "check how the cursor of the next page is computed, and that the last page is not cut short");
    }
    Map<String, Object> schema = JsonValues.parseObject(dispatcher.schemaJson(entity));
    new ResumeCheck<>(binding, fixture, connection, schema, reads, findings).run(first);
    findings.assertNone();
  }

  // --- create, update, delete

  private <T> void crud(EntityBinding<T> binding) throws Exception {
    Findings findings = new Findings(name, binding.apiName() + ": " + CRUD);
    requireFixture(findings);
    Connection connection = fixture.connection(dispatcher);
    String entity = binding.apiName();
    Map<String, Object> schema = JsonValues.parseObject(dispatcher.schemaJson(entity));
    EntitySamples.Batch<T> batch = EntitySamples.writable(binding, schema, fixture.values(entity), 2);
    List<T> records = batch.records();
    List<String> sent = batch.json();
    List<WriteResult> created = binding.create(new WriteRequest<>(entity, records, connection));
    List<String> ids = new ArrayList<>();
    if (!echoes("create", sent, created, null, findings)) {
      findings.assertNone();
    }
    created.forEach(result -> ids.add(result.id()));
    Set<RequestType> operations = binding.operations();
    if (operations.contains(RequestType.UPDATE)) {
      echoes("update", sent, binding.update(new WriteRequest<>(entity, records, ids, connection)), ids, findings);
    }
    if (operations.contains(RequestType.DELETE)) {
      echoes("delete", ids, binding.delete(new IdRequest(entity, ids, connection)), ids, findings);
    }
    findings.assertNone();
  }

  /** Whether every result of the call succeeded with an id (the one sent, when {@code ids} is given), in order. */
  private boolean echoes(String call, List<String> sent, List<WriteResult> results, List<String> ids, Findings findings) {
    String rule = "@" + Character.toUpperCase(call.charAt(0)) + call.substring(1) + " answers one WriteResult per record,"
        + " in request order, with the record's end-system id" + (ids == null ? "" : " (the id it was sent)");
    if (results == null || results.size() != sent.size()) {
      findings.add(call + " of " + sent.size() + " records " + sent, rule + "; got "
          + (results == null ? "null" : results.size() + " results"), "answer one result per record");
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < sent.size(); i++) {
      WriteResult result = results.get(i);
      String subject = call + " record #" + i + " " + Text.shorten(sent.get(i), 200);
      if (result == null || !result.success()) {
        findings.add(subject, rule + "; it failed: " + (result == null ? "null result" : result.errors()),
            "the fixture accepts these sample records (declare the values it needs with SynapseFixture.value(...));"
                + " else fix the " + rule.substring(0, rule.indexOf(' ')) + " method");
        ok = false;
      } else if (result.id() == null || result.id().isBlank()) {
        findings.add(subject, rule + "; the id is missing", "return WriteResult.ok(<end-system id>)");
        ok = false;
      } else if (ids != null && !ids.get(i).equals(result.id())) {
        findings.add(subject, rule + "; sent id " + ids.get(i) + ", got back " + result.id(),
            "return the results in request order, each with the id of its record");
        ok = false;
      }
    }
    return ok;
  }

  private void requireFixture(Findings findings) {
    if (fixture == null) {
      findings.add("synapse '" + name + "' has no fixture", "reads and writes run against a fixture the author supplies",
          "ConnectorKit.synapse(\"" + name + "\", SynapseFixture.endpoint(...)) with a local endpoint, or"
              + " ConnectorKit.skip(\"" + name + "\")");
      findings.assertNone();
    }
  }

  private static <T> String encode(EntityBinding<T> binding, T record) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JsonValues.FACTORY.createGenerator(out)) {
      binding.codec().encode(record, generator);
    }
    return out.toString();
  }
}
