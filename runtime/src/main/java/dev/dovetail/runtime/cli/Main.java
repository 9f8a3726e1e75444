package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.SynapseCatalog;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dovetail} command, main class of a connector jar: {@code list}, {@code manifest}, {@code docs},
 * {@code deliver <destination>} for OCP destinations, {@code invoke}, {@code serve}, {@code pull <entity>} for
 * Syncari synapses, and {@code sync}, {@code status}, {@code dlq} for syncs from a source into a destination.
 *
 * <p>Exit codes: {@value #EXIT_OK} all good; {@value #EXIT_RECORDS_FAILED} records rejected or failed, an error reply,
 * a failed read (or an unexpected error); {@value #EXIT_USAGE} usage error, unknown destination, synapse or entity,
 * destination not ready, or operation not supported.
 */
@Command(
    name = "dovetail",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs the OCP destinations and Syncari synapses of this connector jar locally.",
    // The subcommands (list, manifest, docs, deliver, invoke, serve, pull, sync, status, dlq, help) are added by run(),
    // see subcommands().
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all records delivered; a result reply; the window read",
      "1:records rejected or failed, an error reply, a failed read, or an unexpected error",
      "2:usage error; unknown destination, synapse or entity; destination not ready; operation not supported"
    })
public final class Main implements Callable<Integer> {
  // No static logger: only an unexpected error logs, and SLF4J costs start-up time to initialise.

  public static final int EXIT_OK = CommandLine.ExitCode.OK;
  public static final int EXIT_RECORDS_FAILED = CommandLine.ExitCode.SOFTWARE;
  public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

  private final InputStream stdin;
  private final ClassLoader classLoader;
  private final Sleeper sleeper;
  private final Clock clock;

  @Spec private CommandSpec spec;

  private Main(InputStream stdin, ClassLoader classLoader, Sleeper sleeper, Clock clock) {
    this.stdin = stdin;
    this.classLoader = classLoader;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command in-process and answers its exit code; nothing calls {@code System.exit}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err, defaultClassLoader());
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, with standard input and the class loader that holds the connector. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, ClassLoader classLoader) {
    return run(args, in, out, err, classLoader, Sleeper.SYSTEM, Clock.systemUTC());
  }

  /** With the time seams: how {@code pull} waits before a retry, and the clock reads are measured against. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, ClassLoader classLoader,
      Sleeper sleeper, Clock clock) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      Main main = new Main(in, classLoader, sleeper, clock);
      if (args.length == 1 && ("list".equals(args[0]) || "manifest".equals(args[0]) || "docs".equals(args[0]))) {
        // Nothing to parse: run the command as picocli would, without building the command-line model.
        try {
          return switch (args[0]) {
            case "list" -> ListCommand.list(main, outWriter, errWriter);
            case "manifest" -> ManifestCommand.print(main, outWriter, errWriter);
            default -> DocsCommand.print(main, DeliverCommand.STDIN, outWriter, errWriter);
          };
        } catch (Exception e) {
          return unexpectedError(e, errWriter);
        }
      }
      CommandLine commandLine = new CommandLine(main);
      subcommands(commandLine, args.length == 0 ? null : args[0]);
      return commandLine
          .setOut(outWriter)
          .setErr(errWriter)
          .setParameterExceptionHandler(new UsageErrorHandler())
          .setExecutionExceptionHandler(new UnexpectedErrorHandler())
          .execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Adds the subcommands to {@code commandLine}: only the one {@code first} names, when it names one (parsing, help and
   * errors of a subcommand use its model only), else all of them (the top-level usage lists them, {@code help} may
   * show any). Building a subcommand's model by reflection is most of the start-up time.
   */
  private static void subcommands(CommandLine commandLine, String first) {
    Object only = first == null ? null : switch (first) {
      case "list" -> new ListCommand();
      case "manifest" -> new ManifestCommand();
      case "docs" -> new DocsCommand();
      case "deliver" -> new DeliverCommand();
      case "invoke" -> new InvokeCommand();
      case "serve" -> new ServeCommand();
      case "pull" -> new PullCommand();
      case "sync" -> new SyncCommand();
      case "status" -> new StatusCommand();
      case "dlq" -> new DlqCommand();
      default -> null;
    };
    if (only != null) {
      commandLine.addSubcommand(only);
      return;
    }
    commandLine.addSubcommand(new ListCommand());
    commandLine.addSubcommand(new ManifestCommand());
    commandLine.addSubcommand(new DocsCommand());
    commandLine.addSubcommand(new DeliverCommand());
    commandLine.addSubcommand(new InvokeCommand());
    commandLine.addSubcommand(new ServeCommand());
    commandLine.addSubcommand(new PullCommand());
    commandLine.addSubcommand(new SyncCommand());
    commandLine.addSubcommand(new StatusCommand());
    commandLine.addSubcommand(new DlqCommand());
    commandLine.addSubcommand(new CommandLine.HelpCommand());
  }

  /** Without a subcommand: the usage, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_USAGE;
  }

  InputStream stdin() {
    return stdin;
  }

  ClassLoader classLoader() {
    return classLoader;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  Clock clock() {
    return clock;
  }

  /** The destinations of the jar; a broken service index is reported as such instead of a stack trace. */
  DestinationCatalog catalog() {
    try {
      return DestinationCatalog.load(classLoader);
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("cannot load the destination index: " + e.getMessage(), e);
    }
  }

  /** The synapses of the jar; a broken service index is reported as such instead of a stack trace. */
  SynapseCatalog synapses() {
    try {
      return SynapseCatalog.load(classLoader);
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("cannot load the synapse index: " + e.getMessage(), e);
    }
  }

  private static ClassLoader defaultClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Main.class.getClassLoader();
  }

  /** Classes rather than method references: each would cost an invokedynamic bootstrap at start-up. */
  private static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      err.println("error: " + e.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      return EXIT_USAGE;
    }
  }

  private static final class UnexpectedErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
      return unexpectedError(e, command.getErr());
    }
  }

  private static int unexpectedError(Exception e, PrintWriter err) {
    LoggerFactory.getLogger(Main.class).debug("command failed", e);
    err.println("error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
    return EXIT_RECORDS_FAILED;
  }
}
