package dev.dovetail.bench.report;

import dev.dovetail.bench.mains.Runs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording as markdown: the hottest methods by own (top-frame) execution samples, the hottest by
 * total (anywhere on the stack) for methods matching {@code --focus}, and allocation pressure by top frame. Used by
 * run.sh to explain a missed goal.
 *
 * <p>Arguments: {@code FILE.jfr --title=TEXT --out=FILE.md [--focus=REGEX] [--thread=REGEX] [--top=N]}.
 */
public final class JfrSummary {
  private JfrSummary() {}

  public static void main(String[] args) throws IOException {
    Path recording = Path.of(Runs.positional(args).get(0));
    String title = Runs.option(args, "title", recording.getFileName().toString());
    Path out = Path.of(Runs.option(args, "out", recording + ".md"));
    String focus = Runs.option(args, "focus", "dev\\.dovetail\\..*");
    String thread = Runs.option(args, "thread", "main");
    int top = Runs.intOption(args, "top", 12);

    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Long> allocation = new HashMap<>();
    int samples = 0;
    long allocated = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      String type = event.getEventType().getName();
      boolean executionSample = type.equals("jdk.ExecutionSample");
      boolean allocationSample = type.equals("jdk.ObjectAllocationSample");
      if (!executionSample && !allocationSample) {
        continue;
      }
      var sampled = executionSample ? event.getThread("sampledThread") : event.getThread("eventThread");
      if (sampled == null || sampled.getJavaName() == null || !sampled.getJavaName().matches(thread)) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      List<RecordedFrame> frames = stack.getFrames();
      if (allocationSample) {
        long weight = event.getLong("weight");
        allocated += weight;
        allocation.merge(firstOwnFrame(frames, focus) + " → " + event.getClass("objectClass").getName(), weight, Long::sum);
        continue;
      }
      samples++;
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String name = name(frame);
        if (name.matches(focus) && !isHarness(name) && seen.add(name)) {
          total.merge(name, 1, Integer::sum);
        }
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("### ").append(title).append("\n\n");
    md.append(String.format(Locale.ROOT, "JFR (`settings=profile`), threads `%s`: %,d execution samples.%n%n", thread, samples));
    md.append("Hottest methods, own time (top frame):\n\n| share | method |\n|---|---|\n");
    appendTop(md, self, samples, top);
    md.append("\nTime under our methods (anywhere on the stack, `").append(focus).append("`):\n\n| share | method |\n|---|---|\n");
    appendTop(md, total, samples, top);
    if (allocated > 0) {
      md.append("\nAllocation (sampled weight) by the first of our frames → class:\n\n| share | site → class |\n|---|---|\n");
      final long all = allocated;
      allocation.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
          .forEach(e -> md.append(String.format(Locale.ROOT, "| %.1f%% | `%s` |%n", 100.0 * e.getValue() / all, e.getKey())));
    }
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    System.err.println("wrote " + out);
  }

  private static void appendTop(StringBuilder md, Map<String, Integer> counts, int samples, int top) {
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(e -> md.append(String.format(Locale.ROOT, "| %.1f%% | `%s` |%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
  }

  /** Frames of the benchmark harness and lambda plumbing: true of every sample, so they say nothing. */
  private static boolean isHarness(String name) {
    return name.contains("$$Lambda") || name.contains(".lambda$") || name.contains("jmh_generated")
        || name.startsWith("dev.dovetail.bench.mains.Runs.") || name.endsWith(".main");
  }

  private static String firstOwnFrame(List<RecordedFrame> frames, String focus) {
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      if (name.matches(focus)) {
        return name;
      }
    }
    return name(frames.get(0));
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
