package dev.dovetail.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * A Kafka Connect sink that delivers topic records to a {@code @Destination} of the connector jar beside it in the
 * plugin directory. The generic connector names the destination with {@value SinkConfig#DESTINATION}; the
 * processor's {@code <Class>SinkConnector} subclasses fix it. The work is the task's ({@link DovetailSinkTask}).
 */
public class DovetailSinkConnector extends SinkConnector {
  private final String fixedDestination;
  private Map<String, String> props;

  /** The generic connector: {@value SinkConfig#DESTINATION} names the destination. */
  public DovetailSinkConnector() {
    this(null);
  }

  /** A connector for one destination (what the generated subclasses call). */
  protected DovetailSinkConnector(String destination) {
    this.fixedDestination = destination;
  }

  @Override
  public String version() {
    return PluginInfo.version();
  }

  @Override
  public void start(Map<String, String> props) {
    SinkConfig config = SinkConfig.parse(props, fixedDestination, destinationNames());
    Map<String, String> taskProps = new HashMap<>(props);
    taskProps.put(SinkConfig.DESTINATION, config.destination());
    this.props = Map.copyOf(taskProps);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return DovetailSinkTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    List<Map<String, String>> configs = new ArrayList<>(maxTasks);
    for (int i = 0; i < maxTasks; i++) {
      configs.add(props);
    }
    return configs;
  }

  @Override
  public void stop() {
    // Nothing is held: the tasks own the handlers.
  }

  @Override
  public ConfigDef config() {
    return SinkConfig.configDef(fixedDestination, destinationNames());
  }

  private List<String> destinationNames() {
    return PluginInfo.destinations(getClass()).names();
  }
}
