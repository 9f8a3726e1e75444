package dev.dovetail.bench.jmh;

import dev.dovetail.bench.dispatch.Envelope;
import dev.dovetail.bench.dispatch.GeneratedPath;
import dev.dovetail.bench.dispatch.ReflectivePath;
import dev.dovetail.bench.model.NoopDestination;
import dev.dovetail.runtime.DeliverResult;
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
 * Comparison 3, warm: one envelope (100 JSON lines, 5 of them deletes) decoded and delivered to the no-op
 * destination, through the generated dispatcher and through the naive reflective path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DispatchWarm {
  private List<String> envelope;
  private GeneratedPath generated;
  private ReflectivePath reflective;

  @Setup
  public void setup() throws Exception {
    envelope = Envelope.lines();
    generated = new GeneratedPath();
    reflective = new ReflectivePath(NoopDestination.class.getName(), List.of("asset_id"));
    generatedDispatcher();
    reflectiveInvoke();
    NoopDestination a = (NoopDestination) generated.handler();
    NoopDestination b = (NoopDestination) reflective.handler();
    Checks.same("reflectiveInvoke (upserts)", a.upserts(), b.upserts());
    Checks.same("reflectiveInvoke (deletes)", a.deletes(), b.deletes());
    Checks.same("reflectiveInvoke (checksum)", a.checksum(), b.checksum());
    Checks.same("generatedDispatcher (deletes)", (long) Envelope.SIZE / 20, a.deletes());
  }

  @Benchmark
  public DeliverResult generatedDispatcher() throws Exception {
    return generated.deliver(envelope);
  }

  @Benchmark
  public DeliverResult reflectiveInvoke() throws Exception {
    return reflective.deliver(envelope);
  }
}
