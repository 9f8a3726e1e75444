package dev.dovetail.example.crm;

import dev.dovetail.runtime.synapse.SynapseException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo mode of {@link CrmSynapse}: the endpoint {@code demo:} (or {@code demo:N}) stands for a
 * {@link DemoCrmServer} with N deals ({@value #DEFAULT_DEALS} by default) and its 40 persons, which this JVM starts on
 * first use, on a free loopback port, and keeps for its lifetime. The synapse then talks HTTP to it as to the real
 * API, so a demo (a {@code pull}, a sync) runs with nothing else started.
 *
 * <p>The data is the server's seed: the same on every start, update times spread over weeks from
 * {@link DemoCrmServer#SEED_START}. Each N gets its own server; {@code demo:} and {@code demo:5000} share one. The
 * server's threads are daemon threads, so it never keeps the JVM alive.
 */
final class DemoEndpoint {
  private static final Logger log = LoggerFactory.getLogger(DemoEndpoint.class);

  static final String PREFIX = "demo:";
  static final int DEFAULT_DEALS = 5000;
  static final int MAX_DEALS = 100_000;

  private static final Map<Integer, DemoCrmServer> SERVERS = new ConcurrentHashMap<>();

  private DemoEndpoint() {}

  /** Whether {@code endpoint} asks for the demo CRM. */
  static boolean isDemo(String endpoint) {
    return endpoint != null && endpoint.strip().startsWith(PREFIX);
  }

  /** The running demo server {@code endpoint} names, started now if it is the first use. */
  static DemoCrmServer server(String endpoint) throws SynapseException {
    int deals = deals(endpoint.strip());
    try {
      return SERVERS.computeIfAbsent(deals, DemoEndpoint::start);
    } catch (IllegalStateException e) {
      throw new SynapseException(503, "Cannot start the demo CRM", e.getMessage());
    }
  }

  /** N of {@code demo:N}; {@value #DEFAULT_DEALS} for {@code demo:}. */
  static int deals(String endpoint) throws SynapseException {
    String count = endpoint.substring(PREFIX.length()).strip();
    if (count.isEmpty()) {
      return DEFAULT_DEALS;
    }
    try {
      int deals = Integer.parseInt(count);
      if (deals >= 0 && deals <= MAX_DEALS) {
        return deals;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SynapseException(400, "The demo endpoint is not demo: or demo:N",
        "N is the number of deals, 0 to " + MAX_DEALS + "; got '" + endpoint + "'");
  }

  /**
   * Starts a server from a daemon thread: the HTTP server's dispatcher thread takes its daemon status from the thread
   * that starts it, and must not keep the JVM alive.
   */
  private static DemoCrmServer start(int deals) {
    FutureTask<DemoCrmServer> task = new FutureTask<>(() -> DemoCrmServer.start(DemoCrmServer.Options.defaults(deals)));
    Thread starter = new Thread(task, "demo-crm-start");
    starter.setDaemon(true);
    starter.start();
    DemoCrmServer server;
    try {
      server = task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException(cause instanceof IOException ? "cannot listen on loopback: " + cause.getMessage()
          : String.valueOf(cause), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting", e);
    }
    log.info("demo_crm demo mode: demo CRM with {} deals and {} persons on {}", deals, server.options().persons(),
        server.endpoint());
    return server;
  }
}
