package dev.dovetail.bench.mains;

import dev.dovetail.bench.report.Row;
import dev.dovetail.bench.report.Rows;
import dev.dovetail.bench.dispatch.GeneratedPath;
import dev.dovetail.runtime.runner.DestinationCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Comparison 8, memory: {@code --records} lines (default 10,000,000) through the runner into the no-op destination
 * in a child JVM with {@code -Xmx64m}; it must complete. Reports the child's peak RSS (VmHWM) and, for scale, the
 * same for the plain loop of comparison 4 under the same heap limit. {@code --child=runner|loop} is the child side.
 */
public final class MemoryRun {
  private static final String RESULT = "RESULT ";

  private MemoryRun() {}

  public static void main(String[] args) throws Exception {
    long records = Runs.intOption(args, "records", 10_000_000);
    String child = Runs.option(args, "child", null);
    if (child != null) {
      child(child, records);
      return;
    }
    Path out = Path.of(Runs.option(args, "out", "benchmarks/results/main-memory.json"));
    String heap = Runs.option(args, "heap", "64m");
    List<String> extra = List.of(Runs.option(args, "jvm-flags", "").split(" ")).stream().filter(s -> !s.isBlank()).toList();
    Result runner = spawn("runner", records, heap, extra);
    Result loop = spawn("loop", records, heap, List.of());
    String dovetail = runner.completed
        ? String.format(Locale.ROOT, "completed: %,d records in %.1f s (%,.0f records/s), peak RSS %.0f MiB", runner.records,
            runner.seconds, runner.records / runner.seconds, runner.peakRssKb / 1024.0)
        : "did not complete: " + runner.failure;
    String alternative = loop.completed
        ? String.format(Locale.ROOT, "plain loop, same heap: %.1f s, peak RSS %.0f MiB", loop.seconds, loop.peakRssKb / 1024.0)
        : "plain loop did not complete: " + loop.failure;
    Rows.write(out, List.of(new Row("8", String.format(Locale.ROOT, "Memory: %,d records through the runner, -Xmx%s",
        records, heap), dovetail, alternative, null, null, Row.Goal.condition("completes with -Xmx" + heap + "; report peak RSS"),
        runner.completed ? "yes" : "no")));
  }

  record Result(boolean completed, long records, double seconds, long peakRssKb, String failure) {}

  private static Result spawn(String side, long records, String heap, List<String> extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.addAll(extra);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), MemoryRun.class.getName(),
        "--child=" + side, "--records=" + records));
    System.err.println("memory: " + String.join(" ", command));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(RESULT)) {
          result = line.substring(RESULT.length());
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      return new Result(false, 0, 0, 0, "exit code " + exit);
    }
    String[] parts = result.split(" ");
    System.err.println("memory: " + side + ": " + result);
    return new Result(true, Long.parseLong(parts[0]), Double.parseDouble(parts[1]), Long.parseLong(parts[2]), null);
  }

  private static void child(String side, long records) throws Exception {
    double seconds = switch (side) {
      case "runner" -> FrameworkOverhead.runner(
          GeneratedPath.noop(DestinationCatalog.load(MemoryRun.class.getClassLoader())), records);
      case "loop" -> FrameworkOverhead.plainLoop(records);
      default -> throw new IllegalArgumentException("--child=runner or --child=loop");
    };
    System.out.println(RESULT + records + " " + seconds + " " + peakRssKb());
  }

  /** VmHWM of this process, in KiB (Linux); -1 where /proc is not there. */
  static long peakRssKb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
