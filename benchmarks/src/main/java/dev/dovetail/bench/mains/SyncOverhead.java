package dev.dovetail.bench.mains;

import com.fasterxml.jackson.core.JsonFactory;
import dev.dovetail.bench.report.Row;
import dev.dovetail.bench.report.Rows;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.LineDecoder;
import dev.dovetail.runtime.runner.PullPolicy;
import dev.dovetail.runtime.runner.PullRequest;
import dev.dovetail.runtime.runner.ReadCycle;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.ConnectionFields;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import dev.dovetail.runtime.sync.SyncEngine;
import dev.dovetail.runtime.sync.SyncJob;
import dev.dovetail.runtime.sync.SyncListener;
import dev.dovetail.runtime.sync.SyncPlanner;
import dev.dovetail.runtime.sync.SyncResult;
import dev.dovetail.runtime.sync.config.SyncConfig;
import dev.dovetail.runtime.sync.mapping.MappingPlan;
import dev.dovetail.runtime.sync.mapping.RecordMapper;
import dev.dovetail.runtime.sync.mapping.SourceSchema;
import dev.dovetail.runtime.sync.state.RunStatus;
import dev.dovetail.runtime.sync.state.StateStore;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sync engine's cost: {@code --records} records (default 200,000) of the in-memory {@code bench_crm} synapse's
 * {@code deal} entity through {@code sync} (READ cycle, field mapping, the destination's codec, batches of 1,000, a
 * checkpoint with counters committed to an SQLite state store after each batch) into the no-op destination, against
 * the same work without the engine: the same READ cycle, mapping, codec and batches delivered by a plain loop, no
 * state store. Both alternate in this JVM; the ratio is the engine's throughput over the plain loop's.
 */
public final class SyncOverhead {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int BATCH = 1_000;
  static final Map<String, String> MAPPING = mapping();

  private SyncOverhead() {}

  private static Map<String, String> mapping() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("asset_id", "id");
    m.put("name", "title");
    m.put("description", "stage");
    m.put("file_size", "id");
    return m;
  }

  public static void main(String[] args) throws Exception {
    int records = Runs.intOption(args, "records", 200_000);
    int pairs = Runs.intOption(args, "pairs", 3);
    int warmups = Runs.intOption(args, "warmups", 1);
    Path out = Path.of(Runs.option(args, "out", "benchmarks/results/main-sync.json"));
    Path work = Files.createTempDirectory("dovetail-sync-bench");
    ClassLoader loader = SyncOverhead.class.getClassLoader();
    SyncPlanner planner = new SyncPlanner(DestinationCatalog.load(loader), SynapseCatalog.load(loader),
        Clock.systemUTC(), Sleeper.SYSTEM, RunListener.NONE, new ByteArrayInputStream(new byte[0]));
    int[] run = {0};

    Runs.Paired result = Runs.alternate(warmups, pairs,
        () -> engine(planner, records, "jdbc:sqlite:" + work.resolve("state-" + run[0]++ + ".db")),
        () -> plainLoop(planner, records),
        "sync");
    String dovetail = FrameworkOverhead.rate(records, result.medianA()) + ", "
        + result.spread(true, s -> String.format("%.2f s", s));
    String plain = "the same READ cycle, mapping, codec and batches in a plain loop, no state store: "
        + FrameworkOverhead.rate(records, result.medianB()) + ", " + result.spread(false, s -> String.format("%.2f s", s));
    Rows.write(out, List.of(Row.measured("~sync", "Sync engine: " + String.format("%,d", records)
            + " synapse records → mapping → no-op destination, checkpoint per 1,000", dovetail, plain, result.ratio(),
        result.ratioError(), Row.Goal.atLeast(0.8, "the plain loop"))));
  }

  private static SyncConfig config(int records, String state) {
    return new SyncConfig("bench", new SyncConfig.Source("bench_crm", "deal", Map.of("endpoint", "https://bench/",
        "accessToken", "t"), Instant.EPOCH, records, null), new SyncConfig.Target("bench_noop", Map.of()), MAPPING,
        BATCH, state);
  }

  /** Seconds for one sync run, state store included. */
  static double engine(SyncPlanner planner, int records, String state) throws Exception {
    SyncConfig config = config(records, state);
    SyncJob<?> job = planner.plan(config, RetryPolicy.DEFAULT, planner.secrets(config));
    long start = System.nanoTime();
    SyncResult result;
    try (StateStore store = StateStore.open(state)) {
      result = run(job, store);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (result.status() != RunStatus.COMPLETED || result.counts().upserts() != records) {
      throw new IllegalStateException("sync did not deliver every record: " + result);
    }
    return seconds;
  }

  private static <T> SyncResult run(SyncJob<T> job, StateStore store) {
    return new SyncEngine<>(job, store, SyncListener.NONE, Clock.systemUTC(), Sleeper.SYSTEM, new SplittableRandom())
        .run();
  }

  /** Seconds for the plain loop: pages, mapped, decoded and delivered in batches, nothing stored. */
  @SuppressWarnings("unchecked")
  static double plainLoop(SyncPlanner planner, int records) throws Exception {
    DestinationCatalog destinations = DestinationCatalog.load(SyncOverhead.class.getClassLoader());
    var dispatcher = (dev.dovetail.runtime.DestinationDispatcher<Object>) destinations.find("bench_noop").orElseThrow();
    SynapseDispatcher synapse = SynapseCatalog.load(SyncOverhead.class.getClassLoader()).select("bench_crm");
    SchemaDefinition schema = dispatcher.schema();
    RecordMapper mapper = new RecordMapper(JSON, MappingPlan.build(SourceSchema.parse(synapse.schemaJson("deal")),
        schema, MAPPING, "deal", "bench_noop"), RecordMapper.Shape.RECORD);
    RecordCodec<Object> codec = dispatcher.codec(UnknownFields.IGNORE);
    LineDecoder<Object> decoder = new LineDecoder<>(JSON, codec);
    DestinationHandler<Object> handler = dispatcher.newHandler();
    handler.ready();
    DataSync sync = new DataSync("bench", "bench");

    long start = System.nanoTime();
    ReadCycle cycle = new ReadCycle(new EnvelopeHandler(synapse, Clock.systemUTC()), PullPolicy.DEFAULT,
        Sleeper.SYSTEM, RunListener.NONE, new PullRequest("deal", ConnectionFields.connection(synapse,
            Map.of("endpoint", "https://bench/", "accessToken", "t")), Instant.EPOCH, Instant.now(), records));
    List<BatchItem<Object>> batch = new ArrayList<>(BATCH);
    long delivered = 0;
    for (ReadReply page = cycle.next(); page != null; page = cycle.next()) {
      for (ReadReply.Item item : page.records()) {
        char[] chars = mapper.map(item.json()).toCharArray();
        batch.add(decoder.decode(chars, 0, chars.length));
        if (batch.size() == BATCH) {
          delivered += deliver(handler, batch, sync);
        }
      }
    }
    delivered += deliver(handler, batch, sync);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (delivered != records) {
      throw new IllegalStateException("plain loop delivered " + delivered + " of " + records);
    }
    return seconds;
  }

  private static int deliver(DestinationHandler<Object> handler, List<BatchItem<Object>> batch, DataSync sync)
      throws Exception {
    if (batch.isEmpty()) {
      return 0;
    }
    if (!handler.deliver(new Batch<>(batch, 1, sync)).success()) {
      throw new IllegalStateException("no-op destination failed");
    }
    int size = batch.size();
    batch.clear();
    return size;
  }
}
