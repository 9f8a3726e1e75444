package dev.dovetail.kafka;

import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.ConnectionFields;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.sync.Secrets;
import dev.dovetail.runtime.sync.SynapseSource.Position;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one synapse entity from the offset Connect stored for it (or {@value SourceConfig#SINCE} the first time);
 * the reading rules are {@link EntityPolling}'s. {@link #stop()} ends the reader's waits at once.
 */
public class DovetailSourceTask extends SourceTask {
  private static final Logger log = LoggerFactory.getLogger(DovetailSourceTask.class);

  private final StopSignal stop = new StopSignal();
  private EntityPolling polling;

  @Override
  public String version() {
    return PluginInfo.version();
  }

  @Override
  public void start(Map<String, String> props) {
    SynapseCatalog catalog = PluginInfo.synapses(getClass());
    SourceConfig config = SourceConfig.parse(props, null, new ConfigDef(), catalog.names());
    SynapseDispatcher synapse = catalog.find(config.synapse()).orElseThrow(
        () -> new ConnectException("unknown synapse '" + config.synapse() + "'"));
    String problem = ReadableEntity.problem(synapse, config.entity());
    if (problem != null) {
      throw new ConnectException(problem);
    }
    Secrets secrets = Secrets.ofConnection(config.connection(), synapse.secretFields());
    Position start = start(config);
    Clock clock = Clock.systemUTC();
    polling = new EntityPolling(new EnvelopeHandler(synapse, clock), config,
        ConnectionFields.connection(synapse, config.connection()), secrets, stop, clock, start);
    polling.start();
    log.info("reading entity {} of synapse {} into topic {} from {}{}", config.entity(), config.synapse(),
        config.topic(), Instant.ofEpochMilli(start.since()),
        start.ids().isEmpty() ? "" : " (" + start.ids().size() + " records at it already written)");
  }

  @Override
  public List<SourceRecord> poll() throws InterruptedException {
    return polling.poll();
  }

  @Override
  public void stop() {
    stop.stop();
    if (polling != null) {
      try {
        polling.stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      log.info("stopped: {}", polling.summary());
    }
  }

  /** The stored offset of the entity, or the configured start. */
  private Position start(SourceConfig config) {
    Map<String, Object> offset = context.offsetStorageReader()
        .offset(SourceOffsets.partition(config.synapse(), config.entity()));
    if (offset == null) {
      return Position.start(config.since().toEpochMilli());
    }
    try {
      return SourceOffsets.position(offset);
    } catch (IllegalArgumentException e) {
      throw new ConnectException("the stored offset of entity " + config.entity() + " is no watermark ("
          + e.getMessage() + "); reset it with DELETE /connectors/<name>/offsets (the connector stopped)");
    }
  }
}
