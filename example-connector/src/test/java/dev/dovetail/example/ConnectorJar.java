package dev.dovetail.example;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged connector jar run as a child JVM, for the jar tests (*IT): in a given working folder, with no
 * {@code DOVETAIL_*} variables of the test's environment (they would change settings), empty stdin unless one is
 * given, stdout and stderr into numbered files of that folder.
 */
public final class ConnectorJar {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
  private final Path jar;
  private final Path dir;
  private final Map<String, String> environment = new HashMap<>();
  private final List<String> secrets = new ArrayList<>();
  private final Map<Process, Started> started = new HashMap<>();
  private int runs;

  private ConnectorJar(Path jar, Path dir) {
    this.jar = jar;
    this.dir = dir;
  }

  /** The jar that {@code mvn package} built (system property {@code example.jar}), run in {@code dir}. */
  public static ConnectorJar in(Path dir) {
    Path jar = Path.of(System.getProperty("example.jar", "target/example-connector.jar")).toAbsolutePath();
    assertWithMessage("the connector jar; build it with mvn package (mvn verify runs this test after it)")
        .that(Files.isRegularFile(jar)).isTrue();
    return new ConnectorJar(jar, dir);
  }

  /** Adds an environment variable to every child started from now on. */
  public ConnectorJar withEnv(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** A value masked as {@code <secret>} in {@link Run#toString}, so failing assertions do not print it. */
  public ConnectorJar masking(String secret) {
    secrets.add(secret);
    return this;
  }

  /** The jar file. */
  public Path jar() {
    return jar;
  }

  /** {@code java -jar <jar> args...}. */
  public List<String> command(String... args) {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** Starts the jar with {@code args}; {@link #finish} waits for it. */
  public Process start(String... args) throws IOException {
    return exec(command(args), null);
  }

  /** Runs the jar with {@code args} to its end (at most three minutes). */
  public Run run(String... args) throws Exception {
    return finish(start(args));
  }

  /** Runs the jar with {@code args} and stdin from {@code input}. */
  public Run runWithInput(Path input, String... args) throws Exception {
    return finish(exec(command(args), input));
  }

  /** Runs any command (e.g. a checking tool) the same way. */
  public Run runCommand(List<String> command) throws Exception {
    return finish(exec(command, null));
  }

  /** Waits at most three minutes for a started child to end. */
  public Run finish(Process process) throws Exception {
    return finish(process, DEFAULT_TIMEOUT);
  }

  public Run finish(Process process, Duration timeout) throws Exception {
    Started child = started.remove(process);
    if (child == null) {
      throw new IllegalArgumentException("not started by this ConnectorJar: " + process);
    }
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out after " + timeout + ": " + mask(String.join(" ", child.command)));
    }
    return new Run(child.command, process.exitValue(), Files.readString(child.out, StandardCharsets.UTF_8),
        Files.readString(child.err, StandardCharsets.UTF_8), List.copyOf(secrets));
  }

  private Process exec(List<String> command, Path input) throws IOException {
    int n = runs++;
    Path out = dir.resolve("out-" + n + ".txt");
    Path err = dir.resolve("err-" + n + ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from((input == null ? emptyFile() : input).toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("DOVETAIL_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    started.put(process, new Started(command, out, err));
    return process;
  }

  private Path emptyFile() throws IOException {
    Path empty = dir.resolve("empty-stdin");
    if (!Files.exists(empty)) {
      Files.createFile(empty);
    }
    return empty;
  }

  private String mask(String text) {
    return Run.mask(text, secrets);
  }

  private record Started(List<String> command, Path out, Path err) {}

  /** One finished child process. */
  public record Run(List<String> command, int exit, String out, String err, List<String> secrets) {
    private static final Pattern SUMMARY_ROW = Pattern.compile("^  (\\S.*?)\\s{2,}(\\S.*)$");

    public String firstLine() {
      return out.lines().findFirst().orElse("");
    }

    /** The indented "name  value" rows of a summary on stdout. */
    public Map<String, String> summary() {
      Map<String, String> rows = new LinkedHashMap<>();
      for (String line : out.lines().toList()) {
        Matcher m = SUMMARY_ROW.matcher(line);
        if (m.matches()) {
          rows.put(m.group(1), m.group(2));
        }
      }
      return rows;
    }

    @Override
    public String toString() {
      return mask(String.join(" ", command) + "\n-- exit " + exit + "\n-- stdout:\n" + out + "-- stderr:\n" + err,
          secrets);
    }

    static String mask(String text, List<String> secrets) {
      for (String secret : secrets) {
        text = text.replace(secret, "<secret>");
      }
      return text;
    }
  }
}
