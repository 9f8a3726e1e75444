package dev.dovetail.runtime.sync;

import com.fasterxml.jackson.core.JsonFactory;
import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.Settings;
import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.PullPolicy;
import dev.dovetail.runtime.runner.PullRequest;
import dev.dovetail.runtime.runner.ReadCycle;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.ConnectionFields;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.sync.config.ConfigException;
import dev.dovetail.runtime.sync.config.SyncConfig;
import dev.dovetail.runtime.sync.mapping.MappingPlan;
import dev.dovetail.runtime.sync.mapping.RecordMapper;
import dev.dovetail.runtime.sync.mapping.SourceSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link SyncConfig} into a {@link SyncJob}, checking everything that can be checked before the first
 * record moves: the destination and source exist, the entity can be read, the field mapping fits both schemas, and
 * the destination is ready. Problems come back as one {@link ConfigException} listing them all.
 */
public final class SyncPlanner {
  private static final JsonFactory JSON = new JsonFactory();

  private final DestinationCatalog destinations;
  private final SynapseCatalog synapses;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RunListener readListener;
  private final InputStream stdin;

  public SyncPlanner(DestinationCatalog destinations, SynapseCatalog synapses, Clock clock, Sleeper sleeper,
      RunListener readListener, InputStream stdin) {
    this.destinations = destinations;
    this.synapses = synapses;
    this.clock = clock;
    this.sleeper = sleeper;
    this.readListener = readListener;
    this.stdin = stdin;
  }

  /** The secrets of {@code config}, known before anything else is resolved (so even early errors are redacted). */
  public Secrets secrets(SyncConfig config) {
    List<String> values = new ArrayList<>();
    Secrets.collectSettings(config.destination().settings(), values);
    Secrets.urlPasswords(config.state(), values);
    List<String> secretFields = new ArrayList<>();
    if (!config.source().isFile()) {
      synapses.find(config.source().synapse() != null ? config.source().synapse() : onlySynapseName())
          .ifPresent(s -> secretFields.addAll(s.secretFields()));
    }
    Secrets.collectConnection(config.source().connection(), secretFields, values);
    return Secrets.of(values);
  }

  private String onlySynapseName() {
    return synapses.all().size() == 1 ? synapses.all().get(0).name() : "";
  }

  /**
   * Resolves and checks the job; installs the destination settings (as {@code deliver --set} does).
   *
   * @throws ConfigException for anything that stops the sync before it starts
   */
  public SyncJob<?> plan(SyncConfig config, RetryPolicy retry, Secrets secrets) throws ConfigException {
    Optional<DestinationDispatcher<?>> found = destinations.find(config.destination().name());
    if (found.isEmpty()) {
      throw new ConfigException("cannot sync", List.of("unknown destination '" + config.destination().name()
          + "'; known destinations: " + known(destinations.names())));
    }
    Settings.install(config.destination().settings());
    return plan(config, found.get(), retry, secrets);
  }

  private <T> SyncJob<T> plan(SyncConfig config, DestinationDispatcher<T> dispatcher, RetryPolicy retry,
      Secrets secrets) throws ConfigException {
    DestinationInfo info = dispatcher.info();
    String destLabel = "destination " + info.name() + " (schema " + (info.schema() != null ? info.schema() : "from "
        + info.schemaFunction()) + ")";
    SchemaDefinition schema = destinationPart("read the schema of " + destLabel, dispatcher::schema, secrets);
    SyncConfig.Source source = config.source();
    SyncJob.SourceOpener opener;
    String sourceKey;
    String sourceLabel;
    RecordMapper mapper;
    if (source.isFile()) {
      sourceKey = source.key(null);
      sourceLabel = "file " + source.file();
      opener = fileOpener(source.file(), config.batchSize());
      mapper = config.mapping().isEmpty() ? null
          : new RecordMapper(JSON, MappingPlan.build(null, schema, config.mapping(), sourceLabel, destLabel),
              RecordMapper.Shape.FLAT);
    } else {
      SynapseDispatcher synapse = synapse(source);
      sourceKey = source.key(synapse.name());
      sourceLabel = "synapse " + synapse.name() + ", entity " + source.entity();
      SourceSchema sourceSchema = SourceSchema.parse(synapse.schemaJson(source.entity()));
      MappingPlan plan = MappingPlan.build(sourceSchema, schema, config.mapping(), "entity " + source.entity(),
          destLabel);
      mapper = new RecordMapper(JSON, plan, RecordMapper.Shape.RECORD);
      opener = synapseOpener(synapse, source);
    }
    DestinationHandler<T> handler = destinationPart("create the handler of " + destLabel, dispatcher::newHandler,
        secrets);
    ReadyResult ready = destinationPart("ask " + destLabel + " whether it is ready", handler::ready, secrets);
    if (ready == null || !ready.ready()) {
      throw new ConfigException("cannot sync", List.of(secrets.redact(info.name() + " is not ready: "
          + (ready == null || ready.message() == null ? "no message given" : ready.message()))));
    }
    RecordCodec<T> codec = destinationPart("build the codec of " + destLabel,
        () -> dispatcher.codec(UnknownFields.IGNORE), secrets);
    return new SyncJob<>(config.name(), sourceKey, sourceLabel, opener, mapper, info, handler, codec,
        config.batchSize(), retry, new DataSync(config.name(), "dovetail sync " + config.name()), secrets);
  }

  private SynapseDispatcher synapse(SyncConfig.Source source) throws ConfigException {
    SynapseDispatcher synapse;
    try {
      synapse = synapses.select(source.synapse());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("cannot sync", List.of("source.synapse: " + e.getMessage()));
    }
    EntityBinding<?> entity = synapse.entity(source.entity());
    if (entity == null) {
      List<String> names = new ArrayList<>();
      for (EntityBinding<?> binding : synapse.entities()) {
        names.add(binding.apiName());
      }
      throw new ConfigException("cannot sync", List.of("source.entity: synapse " + synapse.name()
          + " has no entity '" + source.entity() + "'; entities: " + known(names)));
    }
    if (!entity.operations().contains(RequestType.READ)) {
      throw new ConfigException("cannot sync", List.of("source.entity: synapse " + synapse.name()
          + " cannot read entity '" + source.entity() + "' (it has no @Read method for it)"));
    }
    return synapse;
  }

  private SyncJob.SourceOpener synapseOpener(SynapseDispatcher synapse, SyncConfig.Source source) {
    Connection connection = ConnectionFields.connection(synapse, source.connection());
    EnvelopeHandler handler = new EnvelopeHandler(synapse, clock);
    return checkpoint -> {
      SynapseSource.Position start;
      try {
        start = checkpoint == null ? SynapseSource.Position.start(source.since().toEpochMilli())
            : SynapseSource.Position.parse(checkpoint);
      } catch (IllegalArgumentException e) {
        throw new RecordSource.SourceException("the stored checkpoint is not a synapse position (" + e.getMessage()
            + "); reset it with 'sync --reset'");
      }
      Instant now = clock.instant();
      Instant since = Instant.ofEpochMilli(Math.min(start.since(), now.toEpochMilli()));
      PullRequest request = new PullRequest(source.entity(), connection, since, now, source.limit());
      return new SynapseSource(new ReadCycle(handler, PullPolicy.DEFAULT, sleeper, readListener, request), start);
    };
  }

  private SyncJob.SourceOpener fileOpener(String file, int pageSize) throws ConfigException {
    boolean stdinSource = file.equals("-");
    if (!stdinSource && !Files.isReadable(Path.of(file))) {
      throw new ConfigException("cannot sync", List.of("source.file: cannot read " + file + ": no such readable file"));
    }
    return checkpoint -> {
      Reader reader;
      try {
        reader = stdinSource ? new InputStreamReader(stdin, StandardCharsets.UTF_8)
            : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new RecordSource.SourceException("cannot open " + file + ": " + e.getMessage());
      }
      try {
        return new FileSource(reader, pageSize, stdinSource ? null : checkpoint, !stdinSource);
      } catch (IllegalArgumentException e) {
        throw new RecordSource.SourceException("the stored checkpoint is not a file position (" + e.getMessage()
            + "); reset it with 'sync --reset'");
      }
    };
  }

  /** A call into the author's destination code; what it throws becomes a problem with the step named. */
  private static <R> R destinationPart(String step, Step<R> call, Secrets secrets) throws ConfigException {
    try {
      return call.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConfigException("cannot sync", List.of("interrupted while trying to " + step));
    } catch (Exception e) {
      String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
      throw new ConfigException("cannot sync", List.of(secrets.redact("cannot " + step + ": " + message)));
    }
  }

  @FunctionalInterface
  private interface Step<R> {
    R run() throws Exception;
  }

  private static String known(List<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }
}
