package dev.dovetail.bench.mains;

import dev.dovetail.bench.report.Row;
import dev.dovetail.bench.report.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Comparison 7, start-up: wall time of {@code java -jar example-connector.jar list} against {@code java -jar
 * hello.jar} (a one-class hello world, built here), same {@code java}, same flags, alternating, after warm-up runs
 * that fill the page cache. {@code --jvm-flags} adds flags to both (e.g. to try a CDS archive).
 */
public final class StartupTime {
  private StartupTime() {}

  public static void main(String[] args) throws Exception {
    Path connector = Path.of(Runs.option(args, "jar", "example-connector/target/example-connector.jar"));
    int pairs = Runs.intOption(args, "pairs", 10);
    int warmups = Runs.intOption(args, "warmups", 2);
    Path out = Path.of(Runs.option(args, "out", "benchmarks/results/main-startup.json"));
    List<String> flags = List.of(Runs.option(args, "jvm-flags", "").split(" ")).stream().filter(s -> !s.isBlank()).toList();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path dir = Files.createTempDirectory("dovetail-bench-startup");
    try {
      Path hello = helloJar(dir.resolve("hello.jar"));
      List<String> list = command(java, flags, connector.toString(), "list");
      List<String> helloWorld = command(java, flags, hello.toString());
      Runs.Paired result = Runs.alternate(warmups, pairs, () -> wall(list, dir), () -> wall(helloWorld, dir), "startup");
      Rows.write(out, List.of(Row.measured("7", "Start-up: `java -jar example-connector.jar list`, wall time",
          result.spread(true, StartupTime::millis), "`java -jar hello.jar` (hello world): " + result.spread(false, StartupTime::millis),
          result.costRatio(), result.costRatioError(), Row.Goal.atMost(1.5, "hello world"))));
    } finally {
      SqliteSink.deleteAll(dir);
    }
  }

  private static String millis(double seconds) {
    return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
  }

  private static List<String> command(String java, List<String> flags, String jar, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(flags);
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    return command;
  }

  /** Seconds from start to exit; fails unless the exit code is 0. */
  static double wall(List<String> command, Path dir) throws IOException, InterruptedException {
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(command + " exited with " + exit + ": " + Files.readString(err));
    }
    return seconds;
  }

  /** A jar holding only {@link Hello}, runnable with {@code java -jar}. */
  static Path helloJar(Path jar) throws IOException {
    return mainJar(jar, Hello.class, null);
  }

  /**
   * A jar running {@code main} (a class of this module with no dependencies but the ballast's) that also holds every
   * entry of {@code ballast} (when not null) with its manifest attributes: e.g. the hello world at the size of a
   * connector jar, to tell the cost of opening the jar from that of the code it runs.
   */
  static Path mainJar(Path jar, Class<?> main, Path ballast) throws IOException {
    Manifest manifest = new Manifest();
    if (ballast != null) {
      try (JarFile source = new JarFile(ballast.toFile())) {
        manifest = new Manifest(source.getManifest());
      }
    }
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
    String entry = main.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = main.getClassLoader().getResourceAsStream(entry)) {
      if (in == null) {
        throw new IOException("cannot read " + entry + " from the class path");
      }
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
      if (ballast != null) {
        copyEntries(ballast, out);
      }
    }
    return jar;
  }

  /** Every entry of {@code jar} but its manifest, in order, into {@code out}. */
  private static void copyEntries(Path jar, JarOutputStream out) throws IOException {
    try (JarFile source = new JarFile(jar.toFile())) {
      for (JarEntry entry : java.util.Collections.list(source.entries())) {
        if (entry.getName().equals(JarFile.MANIFEST_NAME) || entry.getName().equals("META-INF/")) {
          continue;
        }
        out.putNextEntry(new JarEntry(entry.getName()));
        try (InputStream in = source.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }
}
