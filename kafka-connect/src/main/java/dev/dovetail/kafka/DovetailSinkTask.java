package dev.dovetail.kafka;

import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.runner.DestinationCatalog;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one destination for a share of the topic partitions; the delivery rules are {@link SinkDelivery}'s. */
public class DovetailSinkTask extends SinkTask {
  private static final Logger log = LoggerFactory.getLogger(DovetailSinkTask.class);

  private SinkDelivery<?> delivery;

  @Override
  public String version() {
    return PluginInfo.version();
  }

  @Override
  public void start(Map<String, String> props) {
    DestinationCatalog catalog = PluginInfo.destinations(getClass());
    SinkConfig config = SinkConfig.parse(props, null, catalog.names());
    DestinationDispatcher<?> dispatcher = catalog.find(config.destination()).orElseThrow(
        () -> new ConnectException("unknown destination '" + config.destination() + "'"));
    String name = props.getOrDefault("name", config.destination());
    delivery = SinkDelivery.open(dispatcher, config, context, new DataSync(name, name));
    log.info("delivering to destination {} in batches of at most {}", config.destination(), config.batchSize());
  }

  @Override
  public void put(Collection<SinkRecord> records) {
    delivery.put(records);
  }

  @Override
  public void stop() {
    if (delivery != null) {
      log.info("stopped: {}", delivery.summary());
    }
  }
}
