package dev.dovetail.bench.jmh;

import dev.dovetail.bench.dispatch.ReflectiveSynapsePath;
import dev.dovetail.bench.dispatch.SynapseEnvelope;
import dev.dovetail.bench.model.BenchDeals;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comparison 3, synapse read, cold: the first {@code READ} envelope in a fresh JVM through the naive reflective path,
 * setup included (class and methods by name, a new ObjectMapper, then the envelope parsed to a Map, converted, the read
 * called with invoke and 100 deals written with databind). The deals themselves are built in the setup, outside the
 * shot, on both sides. One shot per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class ColdSynapseReadReflective {
  private String envelope;

  @Setup
  public void setup() {
    envelope = SynapseEnvelope.read();
    if (BenchDeals.PAGE.size() != BenchDeals.SIZE) {
      throw new IllegalStateException();
    }
  }

  @Benchmark
  public String firstEnvelope() throws Exception {
    return ReflectiveSynapsePath.benchDeals().handle(envelope);
  }
}
