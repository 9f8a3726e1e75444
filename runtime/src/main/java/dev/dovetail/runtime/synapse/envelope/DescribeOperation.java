package dev.dovetail.runtime.synapse.envelope;

import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.EntitySchemaJson;
import dev.dovetail.runtime.synapse.EntitySchemaRules;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DESCRIBE} (contract §5.4): the generated Schemas of the synapse's {@code @Schema} entities, then the Schemas
 * its {@code @Describe} method returns, each written by {@link EntitySchemaJson} like the generated ones.
 *
 * <ul>
 *   <li>{@code entities: []} (or absent): every static entity in declaration order, then every described one in the
 *       order the method returns them.
 *   <li>Named entities: those, in the order asked. The method is only called when a name is not a static entity, so
 *       the per-cycle describe of a static entity costs no upstream call.
 *   <li>The method's result is checked first ({@link EntitySchemaRules}); a problem, or an entity that is also a
 *       {@code @Schema} entity, answers 400 {@code Invalid response type for request RequestType.DESCRIBE} naming every
 *       problem. A described entity never replaces a static one: its typed codec and bindings would no longer match
 *       the Schema Syncari syncs by.
 * </ul>
 */
final class DescribeOperation {
  private final SynapseDispatcher dispatcher;
  private final Connection connection;

  DescribeOperation(SynapseDispatcher dispatcher, Connection connection) {
    this.dispatcher = dispatcher;
    this.connection = connection;
  }

  /** The reply: the Schemas as a list of JSON strings. */
  String run(List<String> names) throws Exception {
    boolean all = names == null || names.isEmpty();
    Map<String, String> described = all || !allStatic(names) ? described() : Map.of();
    List<String> schemas = new ArrayList<>();
    if (all) {
      for (EntityBinding<?> binding : dispatcher.entities()) {
        schemas.add(staticSchema(binding.apiName()));
      }
      schemas.addAll(described.values());
    } else {
      for (String name : names) {
        schemas.add(dispatcher.entity(name) != null ? staticSchema(name) : dynamicSchema(name, described));
      }
    }
    return WireRecords.list(schemas);
  }

  private boolean allStatic(List<String> names) {
    return names.stream().allMatch(name -> dispatcher.entity(name) != null);
  }

  /** The method's Schemas as JSON by apiName, in its order, after checking them. */
  private Map<String, String> described() throws Exception {
    List<EntitySchema> returned = dispatcher.describe(connection);
    if (returned == null) {
      throw new RequestFailure(ErrorBody.invalidResponse(RequestType.DESCRIBE, "null"));
    }
    List<String> problems = new ArrayList<>(EntitySchemaRules.check(returned));
    for (EntitySchema schema : returned) {
      if (schema != null && schema.apiName() != null && dispatcher.entity(schema.apiName()) != null) {
        problems.add("entity '" + schema.apiName() + "' is a @Schema entity of the synapse already; @Describe adds"
            + " entities, it cannot replace one");
      }
    }
    if (!problems.isEmpty()) {
      throw new RequestFailure(ErrorBody.invalidResponse(RequestType.DESCRIBE, String.join("; ", problems)));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (EntitySchema schema : returned) {
      out.put(schema.apiName(), EntitySchemaJson.toJson(schema));
    }
    return out;
  }

  private String staticSchema(String name) throws RequestFailure {
    String json = dispatcher.schemaJson(name);
    if (json == null) {
      throw new RequestFailure(ErrorBody.invalidResponse(RequestType.DESCRIBE, "null"));
    }
    return json;
  }

  private String dynamicSchema(String name, Map<String, String> described) throws RequestFailure {
    String json = described.get(name);
    if (json == null) {
      List<String> known = new ArrayList<>();
      dispatcher.entities().forEach(binding -> known.add(binding.apiName()));
      known.addAll(described.keySet());
      throw new RequestFailure(ErrorBody.unknownEntity(dispatcher.name(), name, known));
    }
    return json;
  }
}
