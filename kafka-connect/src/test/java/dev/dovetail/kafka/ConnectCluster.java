package dev.dovetail.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * One real broker and one Connect worker in-process, shared by the tests of a class (starting them takes ~8 s).
 * The worker finds connectors the way a production worker with {@code plugin.discovery=service_load} does: through
 * the {@code META-INF/services} manifests, here on the test class path.
 */
final class ConnectCluster {
  private ConnectCluster() {}

  static EmbeddedConnectCluster start(String name) {
    return start(name, Map.of());
  }

  /** A cluster whose worker also has {@code extraWorkerProps} (e.g. config providers). */
  static EmbeddedConnectCluster start(String name, Map<String, String> extraWorkerProps) {
    Map<String, String> worker = new HashMap<>(extraWorkerProps);
    worker.put(WorkerConfig.PLUGIN_DISCOVERY_CONFIG, "service_load");
    worker.put(WorkerConfig.OFFSET_COMMIT_INTERVAL_MS_CONFIG, "1000");
    EmbeddedConnectCluster cluster = new EmbeddedConnectCluster.Builder()
        .name(name)
        .numWorkers(1)
        .numBrokers(1)
        .workerProps(worker)
        .build();
    cluster.start();
    return cluster;
  }

  /** Waits up to {@code seconds} for {@code condition}, failing with {@code what} when it never holds. */
  static void await(long seconds, String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + seconds + " s waiting for: " + what);
      }
      Thread.sleep(100);
    }
  }
}
