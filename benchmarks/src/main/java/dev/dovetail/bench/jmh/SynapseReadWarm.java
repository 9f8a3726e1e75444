package dev.dovetail.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dovetail.bench.dispatch.GeneratedSynapsePath;
import dev.dovetail.bench.dispatch.ReflectiveSynapsePath;
import dev.dovetail.bench.dispatch.SynapseEnvelope;
import dev.dovetail.bench.model.BenchDeals;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import dev.dovetail.runtime.synapse.envelope.Watermark;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 3, synapse read, warm: one {@code READ} envelope of synapse {@code bench_crm} (the entity's whole Schema,
 * a one-day window) answered with a page of 100 deals (a double-encoded list of Records, the next watermark), through
 * the runtime's envelope handler with the generated dispatcher and through the naive reflective path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SynapseReadWarm {
  private String envelope;
  private GeneratedSynapsePath generated;
  private ReflectiveSynapsePath reflective;

  @Setup
  public void setup() throws Exception {
    envelope = SynapseEnvelope.read();
    ObjectMapper mapper = new ObjectMapper();
    Checks.same("read-deals.json (regenerate it with SynapseEnvelope.main)", mapper.readTree(SynapseEnvelope.build()),
        mapper.readTree(envelope));
    generated = new GeneratedSynapsePath();
    reflective = ReflectiveSynapsePath.benchDeals();

    ReadReply a = ReadReply.parse(generatedDispatcher());
    ReadReply b = ReadReply.parse(reflectiveInvoke());
    List<String> expectedIds = new ArrayList<>();
    for (int i = 0; i < BenchDeals.SIZE; i++) {
      expectedIds.add(Long.toString(BenchDeals.PAGE.get(i).id()));
    }
    Checks.same("generatedDispatcher (ids)", expectedIds, ids(a));
    Checks.same("reflectiveInvoke (ids)", ids(a), ids(b));
    Watermark next = new Watermark(SynapseEnvelope.START, SynapseEnvelope.END, BenchDeals.SIZE, 0,
        Integer.toString(BenchDeals.SIZE), false, false, false);
    Checks.same("generatedDispatcher (next watermark)", next, a.watermark());
    Checks.same("reflectiveInvoke (next watermark)", a.watermark(), b.watermark());
    Checks.same("reflectiveInvoke (offsetType)", a.offsetType(), b.offsetType());
    for (int i = 0; i < a.records().size(); i++) {
      Checks.same("reflectiveInvoke (record " + i + ")", mapper.readTree(a.records().get(i).json()),
          mapper.readTree(b.records().get(i).json()));
    }
  }

  private static List<String> ids(ReadReply reply) {
    List<String> out = new ArrayList<>();
    for (ReadReply.Item item : reply.records()) {
      out.add(item.id());
    }
    return out;
  }

  @Benchmark
  public String generatedDispatcher() {
    return generated.handle(envelope);
  }

  @Benchmark
  public String reflectiveInvoke() throws Exception {
    return reflective.handle(envelope);
  }
}
