package dev.dovetail.bench.jmh;

import dev.dovetail.bench.dispatch.Envelope;
import dev.dovetail.bench.dispatch.GeneratedPath;
import dev.dovetail.runtime.DeliverResult;
import java.util.List;
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
 * Comparison 3, cold: the first envelope in a fresh JVM through the generated dispatcher, setup included (service
 * index, dispatcher, handler, ready(), codec, then 100 lines decoded and delivered). One shot per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class ColdDispatchGenerated {
  private List<String> envelope;

  @Setup
  public void setup() {
    envelope = Envelope.lines();
  }

  @Benchmark
  public DeliverResult firstEnvelope() throws Exception {
    return new GeneratedPath().deliver(envelope);
  }
}
