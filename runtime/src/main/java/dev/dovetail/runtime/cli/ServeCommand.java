package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.serve.ServeOptions;
import dev.dovetail.runtime.serve.SynapseServer;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dovetail serve}: the synapses over HTTP, as their function host would run them. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Serves the synapses over HTTP: POST a request envelope to / (the only or chosen synapse) or to /<synapse>;"
          + " the reply body comes back with HTTP 200, contract errors included.",
      "HTTP-level problems get HTTP statuses: 401 wrong or missing bearer token, 404 unknown path, 405 not POST,"
          + " 413 body over the limit, 400 body not JSON. Runs until stopped (Ctrl-C or SIGTERM), letting requests in"
          + " flight finish."
    })
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_ENV = "DOVETAIL_SERVE_TOKEN";

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Option(names = "--synapse", paramLabel = "NAME",
      description = "Serve only this synapse (also at /); default: every synapse of the jar.")
  private String synapse;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeOptions.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}); any non-loopback address requires a token.")
  private String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeOptions.DEFAULT_PORT,
      description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:" + TOKEN_ENV + "}",
      description = "Bearer token every request must carry (default: the environment variable " + TOKEN_ENV
          + "; prefer it, a command-line value shows in the process list).")
  private String token;

  @Option(names = "--max-body-bytes", paramLabel = "SIZE", defaultValue = "10MiB", converter = ByteSizeConverter.class,
      description = "Largest request body, e.g. 1048576, 512KiB, 10MiB (default: ${DEFAULT-VALUE}).")
  private long maxBodyBytes;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_THREADS,
      description = "Requests handled at once, 1-" + ServeOptions.MAX_THREADS + " (default: ${DEFAULT-VALUE}).")
  private int threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, EnvelopeHandler> handlers = new LinkedHashMap<>();
    ServeOptions options;
    String defaultSynapse;
    try {
      options = new ServeOptions(host, port, token, maxBodyBytes, threads, ServeOptions.DEFAULT_STOP_GRACE);
      SynapseCatalog catalog = main.synapses();
      List<SynapseDispatcher> served = synapse != null ? List.of(catalog.select(synapse)) : catalog.all();
      if (served.isEmpty()) {
        catalog.select(null); // throws the "no synapses" message
      }
      served.forEach(d -> handlers.put(d.name(), new EnvelopeHandler(d, main.clock())));
      defaultSynapse = served.size() == 1 ? served.get(0).name() : null;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    SynapseServer server;
    try {
      server = SynapseServer.start(handlers, defaultSynapse, options);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Main.EXIT_USAGE;
    } catch (IOException e) {
      err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    return serveUntilStopped(server, options, handlers, defaultSynapse, err);
  }

  /** Blocks until a shutdown (SIGTERM, Ctrl-C) or an interrupt, then stops gracefully. */
  private int serveUntilStopped(SynapseServer server, ServeOptions options, Map<String, EnvelopeHandler> handlers,
      String defaultSynapse, PrintWriter err) {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.stop();
      stopped.countDown();
    }, "dovetail-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    err.println("serving " + String.join(", ", handlers.keySet()) + " on " + server.baseUrl() + " ("
        + (defaultSynapse != null ? "POST /, " : "") + "POST /<synapse>; "
        + (options.token() == null ? "no token" : "bearer token required") + "); stop with Ctrl-C");
    err.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook runs anyway.
      }
    }
    err.println("stopped");
    return Main.EXIT_OK;
  }
}
