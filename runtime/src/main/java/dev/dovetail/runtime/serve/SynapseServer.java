package dev.dovetail.runtime.serve;

import com.sun.net.httpserver.HttpServer;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}: synapses over HTTP on the JDK's {@link HttpServer}, the way a function host runs them (§13).
 * {@code POST /} reaches the default synapse, {@code POST /<synapse>} a named one; the request body is one envelope
 * and the reply body goes back with HTTP 200, contract errors included. See {@link EnvelopeExchange} for the
 * HTTP-level answers (401, 404, 405, 413, 400).
 */
public final class SynapseServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SynapseServer.class);

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final ServeOptions options;
  private final InFlight inFlight;
  private boolean stopped;

  private SynapseServer(HttpServer server, ThreadPoolExecutor executor, ServeOptions options, InFlight inFlight) {
    this.server = server;
    this.executor = executor;
    this.options = options;
    this.inFlight = inFlight;
  }

  /**
   * Binds and starts serving.
   *
   * @param handlers the synapses served, by name
   * @param defaultSynapse the synapse {@code POST /} reaches, or {@code null} when {@code /} is not served
   * @throws IllegalArgumentException when the address is not loopback and there is no token, or it is unknown
   * @throws IOException when the address cannot be bound
   */
  public static SynapseServer start(Map<String, EnvelopeHandler> handlers, String defaultSynapse, ServeOptions options)
      throws IOException {
    InetAddress address = resolve(options.host());
    if (!address.isLoopbackAddress() && options.token() == null) {
      throw new IllegalArgumentException("refusing to serve on " + options.host() + " without a token: any host that"
          + " can reach it could call the synapse. Pass --token (or set DOVETAIL_SERVE_TOKEN), or bind a loopback"
          + " address such as 127.0.0.1");
    }
    if (defaultSynapse != null && !handlers.containsKey(defaultSynapse)) {
      throw new IllegalArgumentException("unknown default synapse '" + defaultSynapse + "'");
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(address, options.port()), 0);
    ThreadPoolExecutor executor = executor(options.threads());
    server.setExecutor(executor);
    InFlight inFlight = new InFlight();
    server.createContext("/", new EnvelopeExchange(new LinkedHashMap<>(handlers), defaultSynapse, options, inFlight));
    server.start();
    SynapseServer running = new SynapseServer(server, executor, options, inFlight);
    log.debug("serving {} on {} with {}", handlers.keySet(), running.address(), options);
    return running;
  }

  /** The bound address (the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** {@code http://host:port/}. */
  public String baseUrl() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
  }

  /**
   * Refuses new requests (503), lets those in flight finish (up to the grace period), then closes the socket and
   * releases the threads. Returns at once when nothing is in flight.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    boolean interrupted = false;
    try {
      if (!inFlight.stopAndAwaitIdle(options.stopGrace())) {
        log.warn("stopping with requests still in flight after {}", options.stopGrace());
      }
    } catch (InterruptedException e) {
      interrupted = true;
    }
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static InetAddress resolve(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host '" + host + "'");
    }
  }

  /** Fixed threads, a bounded queue, and back pressure instead of rejection when both are full. */
  private static ThreadPoolExecutor executor(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(threads * ServeOptions.QUEUE_PER_THREAD), runnable -> {
          Thread thread = new Thread(runnable, "dovetail-serve-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    return executor;
  }

  /** The names a request path may take for these synapses, for messages. */
  static String paths(List<String> names, String defaultSynapse) {
    StringBuilder out = new StringBuilder();
    if (defaultSynapse != null) {
      out.append("POST /");
    }
    for (String name : names) {
      out.append(out.length() == 0 ? "" : ", ").append("POST /").append(name);
    }
    return out.toString();
  }
}
