package dev.dovetail.bench.jmh;

import dev.dovetail.bench.dispatch.GeneratedSynapsePath;
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
 * Comparison 3, synapse read, cold: the first {@code READ} envelope in a fresh JVM through the runtime's envelope
 * handler and the generated dispatcher, setup included (service index, dispatcher, handler, then the envelope parsed,
 * the read called and 100 deals written as the reply). The deals themselves are built in the setup, outside the shot,
 * on both sides. One shot per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class ColdSynapseReadGenerated {
  private String envelope;

  @Setup
  public void setup() {
    envelope = SynapseEnvelope.read();
    if (BenchDeals.PAGE.size() != BenchDeals.SIZE) {
      throw new IllegalStateException();
    }
  }

  @Benchmark
  public String firstEnvelope() {
    return new GeneratedSynapsePath().handle(envelope);
  }
}
