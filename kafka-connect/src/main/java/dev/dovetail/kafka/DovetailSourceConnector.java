package dev.dovetail.kafka;

import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A Kafka Connect source that reads one entity of a {@code @Synapse} of the connector jar beside it in the plugin
 * directory into a topic. The generic connector names the synapse with {@value SourceConfig#SYNAPSE} and takes any
 * {@value SourceConfig#CONNECTION_PREFIX}{@code <field>}; the processor's {@code <Class>SourceConnector} subclasses
 * fix the synapse and declare its connection fields (secret ones as passwords). One entity is one source partition,
 * so there is one task; the reading is the task's ({@link DovetailSourceTask}).
 */
public class DovetailSourceConnector extends SourceConnector {
  private final String fixedSynapse;
  private final ConfigDef connectionFields;
  private Map<String, String> props;

  /** The generic connector: {@value SourceConfig#SYNAPSE} names the synapse. */
  public DovetailSourceConnector() {
    this(null, new ConfigDef());
  }

  /**
   * A connector for one synapse (what the generated subclasses call).
   *
   * @param connectionFields the synapse's connection fields as {@value SourceConfig#CONNECTION_PREFIX}{@code <field>}
   *     keys
   */
  protected DovetailSourceConnector(String synapse, ConfigDef connectionFields) {
    this.fixedSynapse = synapse;
    this.connectionFields = connectionFields;
  }

  @Override
  public String version() {
    return PluginInfo.version();
  }

  @Override
  public void start(Map<String, String> props) {
    SourceConfig config = SourceConfig.parse(props, fixedSynapse, connectionFields, synapses().names());
    String problem = entityProblem(config.synapse(), config.entity());
    if (problem != null) {
      throw new ConfigException(SourceConfig.ENTITY, config.entity(), problem);
    }
    Map<String, String> taskProps = new HashMap<>(props);
    taskProps.put(SourceConfig.SYNAPSE, config.synapse());
    // The task parses with the generic keys: it gets the declared fields' defaults from here.
    for (Map.Entry<String, String> field : config.connection().entrySet()) {
      taskProps.putIfAbsent(SourceConfig.CONNECTION_PREFIX + field.getKey(), field.getValue());
    }
    this.props = Map.copyOf(taskProps);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return DovetailSourceTask.class;
  }

  /** One task whatever {@code tasks.max} says: the entity's watermark is one sequence. */
  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    return List.of(props);
  }

  @Override
  public void stop() {
    // Nothing is held: the task owns the reading.
  }

  @Override
  public ConfigDef config() {
    return SourceConfig.configDef(fixedSynapse, connectionFields, synapses().names());
  }

  /** Connect's checks of each key, and whether the synapse reads the entity. */
  @Override
  public Config validate(Map<String, String> connectorConfigs) {
    Config config = super.validate(connectorConfigs);
    Map<String, ConfigValue> values = new HashMap<>();
    for (ConfigValue value : config.configValues()) {
      values.put(value.name(), value);
    }
    ConfigValue synapse = values.get(SourceConfig.SYNAPSE);
    ConfigValue entity = values.get(SourceConfig.ENTITY);
    if (synapse != null && entity != null && synapse.errorMessages().isEmpty() && entity.errorMessages().isEmpty()
        && synapse.value() != null && entity.value() != null) {
      String problem = entityProblem(synapse.value().toString(), entity.value().toString());
      if (problem != null) {
        entity.addErrorMessage(problem);
      }
    }
    return config;
  }

  /**
   * Checks offsets set through Connect's REST API ({@code PATCH /connectors/<name>/offsets}): the partition must be
   * this connector's {@code {synapse, entity}} and the offset a watermark ({@code since}, optional {@code ids}).
   */
  @Override
  public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
    SourceConfig config = SourceConfig.parse(connectorConfig, fixedSynapse, connectionFields, synapses().names());
    Map<String, String> partition = SourceOffsets.partition(config.synapse(), config.entity());
    for (Map.Entry<Map<String, ?>, Map<String, ?>> entry : offsets.entrySet()) {
      if (!partition.equals(entry.getKey())) {
        throw new ConnectException("this connector's only source partition is " + partition + ", not "
            + entry.getKey());
      }
      if (entry.getValue() != null) {
        try {
          SourceOffsets.position(entry.getValue());
        } catch (IllegalArgumentException e) {
          throw new ConnectException("not a watermark offset: " + e.getMessage()
              + "; write {\"since\": <epoch ms>} to read from that instant");
        }
      }
    }
    return true;
  }

  private String entityProblem(String synapseName, String entity) {
    Optional<SynapseDispatcher> synapse = synapses().find(synapseName);
    return synapse.map(s -> ReadableEntity.problem(s, entity)).orElse(null);
  }

  private SynapseCatalog synapses() {
    return PluginInfo.synapses(getClass());
  }
}
