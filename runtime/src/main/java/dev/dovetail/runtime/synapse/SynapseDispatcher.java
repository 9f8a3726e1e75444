package dev.dovetail.runtime.synapse;

import java.util.List;

/**
 * Generated glue of one {@code @Synapse} class ({@code <Class>Dispatcher}), listed in
 * {@code META-INF/services/dev.dovetail.runtime.synapse.SynapseDispatcher}. Holds what the processor derived
 * (the SynapseInfo reply and each entity's Schema as JSON text, exactly as they go on the wire) and calls the
 * author's methods without reflection.
 */
public interface SynapseDispatcher {

  /** The synapse's API name. */
  String name();

  /** The JSON body answered to {@code SYNAPSE_INFO}. */
  String synapseInfoJson();

  /** The entities, in declaration order. */
  List<EntityBinding<?>> entities();

  /** The JSON of one entity's Schema (an element of the {@code DESCRIBE} reply), or {@code null} when unknown. */
  String schemaJson(String apiName);

  /** Read skew in seconds: reads never ask for records newer than now minus this. */
  int readSkewSeconds();

  /** Upstream page size the author's {@code @Read} is asked for; replies hold at least min(100, limit). */
  int pageSize();

  /**
   * Most records per create, update or delete call of the platform ({@code apiMaxCrudSize}, 20 when not declared).
   * The runtime also never passes more than this to the author's {@code @Create}, {@code @Update} or {@code @Delete}
   * method: a larger request is split into chunks of this size.
   */
  default int apiMaxCrudSize() {
    return 20;
  }

  /** Names of connection fields whose values are secret (never logged or echoed in errors). */
  List<String> secretFields();

  /**
   * Runs the author's {@code @TestConnection} method: returns the (possibly enriched) connection, or throws when
   * the credentials do not work. Without such a method the connection is returned unchanged.
   */
  Connection test(Connection connection) throws Exception;

  /**
   * Runs the author's {@code @Describe} method: the Schemas of the entities only known at run time, which
   * {@code DESCRIBE} answers after the generated ones. Without such a method there are none. The runtime checks the
   * result ({@link EntitySchemaRules}) and rejects an entity that is also a {@code @Schema} entity of the synapse.
   */
  default List<EntitySchema> describe(Connection connection) throws Exception {
    return List.of();
  }

  /** The binding of entity {@code apiName}, or {@code null} when the synapse has no such entity. */
  default EntityBinding<?> entity(String apiName) {
    for (EntityBinding<?> binding : entities()) {
      if (binding.apiName().equals(apiName)) {
        return binding;
      }
    }
    return null;
  }
}
