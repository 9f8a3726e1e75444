package dev.dovetail.bench.mains;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dovetail.bench.data.Databind;
import dev.dovetail.bench.dispatch.Envelope;
import dev.dovetail.bench.dispatch.GeneratedPath;
import dev.dovetail.bench.dispatch.GeneratedSynapsePath;
import dev.dovetail.bench.dispatch.ReflectivePath;
import dev.dovetail.bench.dispatch.ReflectiveSynapsePath;
import dev.dovetail.bench.dispatch.SynapseEnvelope;
import dev.dovetail.bench.model.BenchDeals;
import dev.dovetail.example.Asset;
import dev.dovetail.example.AssetCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explains comparison 2 (cold decode): runs the cold first decode in child JVMs, timing its phases with
 * {@code System.nanoTime} and logging class loading ({@code -Xlog:class+load:uptime}) between two marker classes,
 * then tells what was loaded or spun during the decode: Jackson, Dovetail, and method-handle/lambda classes the JVM
 * generates for {@code invokedynamic} (lambdas, method references, string concatenation).
 *
 * The same for comparison 3's cold dispatch (generated dispatcher against the reflective path), and for its cold
 * synapse read (the envelope handler with the generated synapse dispatcher against the reflective path).
 *
 * <p>Arguments: {@code --runs=N --out=profile-2.md --out-dispatch=profile-3b.md --out-synapse=profile-3s-2.md};
 * {@code --child=SIDE} is the child side ({@code codec}, {@code databind}, {@code generated}, {@code reflective},
 * {@code synapseGenerated}, {@code synapseReflective}).
 */
public final class ColdDecodeProfile {
  private static final String RESULT = "RESULT ";

  private ColdDecodeProfile() {}

  public static void main(String[] args) throws Exception {
    if (Runs.option(args, "child", null) == null) {
      int runs = Runs.intOption(args, "runs", 5);
      profile(runs, Path.of(Runs.option(args, "out", "benchmarks/results/profile-2.md")),
          "### Cold decode: what the first record costs", List.of("codec", "databind"));
      profile(runs, Path.of(Runs.option(args, "out-dispatch", "benchmarks/results/profile-3b.md")),
          "### Cold dispatch: what the first envelope costs", List.of("generated", "reflective"));
      profile(runs, Path.of(Runs.option(args, "out-synapse", "benchmarks/results/profile-3s-2.md")),
          "### Cold synapse read: what the first READ envelope costs", List.of("synapseGenerated", "synapseReflective"));
      return;
    }
    child(args);
  }

  private static void child(String[] args) throws Exception {
    String child = Runs.option(args, "child", null);
    if (child != null) {
      List<String> envelope = Envelope.lines();
      // As the cold JMH benchmarks' setup does: the envelope text and the synapse's in-memory deals are ready before.
      String synapseEnvelope = child.startsWith("synapse") ? SynapseEnvelope.read() : null;
      if (child.startsWith("synapse") && BenchDeals.PAGE.size() != BenchDeals.SIZE) {
        throw new IllegalStateException();
      }
      Start.mark();
      String result = switch (child) {
        case "codec" -> Codec.run();
        case "databind" -> Mapper.run();
        case "generated" -> GeneratedDispatch.run(envelope);
        case "synapseGenerated" -> GeneratedSynapseRead.run(synapseEnvelope);
        case "synapseReflective" -> ReflectiveSynapseRead.run(synapseEnvelope);
        default -> ReflectiveDispatch.run(envelope);
      };
      End.mark();
      System.out.println(RESULT + result);
    }
  }

  private static void profile(int runs, Path out, String title, List<String> sides) throws Exception {
    Path dir = Files.createTempDirectory("dovetail-bench-cold");
    try {
      StringBuilder md = new StringBuilder(title).append("\n\n");
      md.append("Child JVMs (").append(runs).append(" each), phases timed with `System.nanoTime`, median; classes from "
          + "`-Xlog:class+load` between the start and the end of the measured work.\n\n");
      md.append("| path | phase times (median ms) | classes loaded | of them Jackson | Dovetail | spun for invokedynamic "
          + "(LambdaForm, species, lambda proxies) |\n|---|---|---|---|---|---|\n");
      for (String side : sides) {
        List<double[]> phases = new ArrayList<>();
        int[] counts = null;
        for (int i = 0; i < runs; i++) {
          Path log = dir.resolve(side + i + ".txt");
          String result = child(side, log);
          String[] parts = result.split(" ");
          double[] times = new double[parts.length];
          for (int j = 0; j < parts.length; j++) {
            times[j] = Long.parseLong(parts[j]) / 1e6;
          }
          phases.add(times);
          counts = count(log);
        }
        String[] names = switch (side) {
          case "codec" -> new String[] {"new JsonFactory", "createParser", "AssetCodec.decode"};
          case "databind" -> new String[] {"build ObjectMapper", "readValue"};
          case "generated" -> new String[] {"service index, handler, ready(), codec", "100 lines decoded and delivered"};
          case "synapseGenerated" -> new String[] {"service index, dispatcher, envelope handler",
              "READ answered: envelope parsed, read called, 100 records written"};
          case "synapseReflective" -> new String[] {"class and methods by name, new ObjectMapper",
              "READ answered: Map, convertValue, invoke, 100 records written with databind"};
          default -> new String[] {"class by name, reflection, new ObjectMapper", "100 lines: Map, convertValue, invoke"};
        };
        StringBuilder times = new StringBuilder();
        for (int j = 0; j < names.length; j++) {
          double[] column = new double[phases.size()];
          for (int i = 0; i < column.length; i++) {
            column[i] = phases.get(i)[j];
          }
          times.append(j == 0 ? "" : ", ").append(names[j]).append(String.format(Locale.ROOT, " %.1f", Runs.median(column)));
        }
        md.append("| ").append(switch (side) {
          case "codec" -> "generated codec";
          case "generated", "synapseGenerated" -> "generated dispatcher";
          case "reflective", "synapseReflective" -> "reflective path";
          default -> "databind";
        }).append(" | ").append(times)
            .append(" | ").append(counts[0]).append(" | ").append(counts[1]).append(" | ").append(counts[2])
            .append(" | ").append(counts[3]).append(" |\n");
      }
      md.append("\nClasses spun for `invokedynamic` on the Dovetail side (last run), in load order:\n\n```\n");
      for (String line : spun(dir.resolve(sides.get(0) + (runs - 1) + ".txt"))) {
        md.append(line).append('\n');
      }
      md.append("```\n");
      Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
      System.err.println("wrote " + out);
    } finally {
      SqliteSink.deleteAll(dir);
    }
  }

  private static String child(String side, Path log) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load:file=" + log + ":uptime", "-cp", System.getProperty("java.class.path"),
        ColdDecodeProfile.class.getName(), "--child=" + side);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(RESULT)) {
          result = line.substring(RESULT.length());
        }
      }
    }
    if (process.waitFor() != 0 || result == null) {
      throw new IllegalStateException(command + " failed");
    }
    return result;
  }

  /** Loaded lines between the markers. */
  private static List<String> between(Path log) throws IOException {
    List<String> out = new ArrayList<>();
    boolean inside = false;
    for (String line : Files.readAllLines(log)) {
      if (line.contains(Start.class.getName() + " ")) {
        inside = true;
      } else if (line.contains(End.class.getName() + " ")) {
        break;
      } else if (inside) {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean isSpun(String line) {
    return line.contains("LambdaForm$") || line.contains("BoundMethodHandle$Species") || line.contains("$$Lambda");
  }

  /** All, Jackson, Dovetail, spun. */
  private static int[] count(Path log) throws IOException {
    int[] counts = new int[4];
    for (String line : between(log)) {
      counts[0]++;
      if (line.contains("com.fasterxml.jackson")) {
        counts[1]++;
      }
      if (line.contains("] dev.dovetail.")) {
        counts[2]++;
      }
      if (isSpun(line)) {
        counts[3]++;
      }
    }
    return counts;
  }

  private static List<String> spun(Path log) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : between(log)) {
      if (isSpun(line)) {
        String[] parts = line.split(" ");
        out.put(parts[0] + " " + parts[1], "");
      }
    }
    return new ArrayList<>(out.keySet());
  }

  /**
   * The phase times as the child's result line. A {@code StringBuilder}, not {@code +}: string concatenation compiles
   * to {@code invokedynamic}, whose bootstrap would spin classes inside the measured window and be counted.
   */
  static String phases(long... nanos) {
    StringBuilder out = new StringBuilder();
    for (long n : nanos) {
      out.append(out.length() == 0 ? "" : " ").append(n);
    }
    return out.toString();
  }

  /** Marks the start in the class-loading log. */
  static final class Start {
    static void mark() {}
  }

  /** Marks the end in the class-loading log. */
  static final class End {
    static void mark() {}
  }

  /** The codec side; loaded only after the start marker. */
  static final class Codec {
    static String run() throws IOException {
      long t0 = System.nanoTime();
      JsonFactory json = new JsonFactory();
      long t1 = System.nanoTime();
      try (JsonParser parser = json.createParser(dev.dovetail.bench.jmh.ColdDecodeCodec.LINE)) {
        parser.nextToken();
        long t2 = System.nanoTime();
        Asset asset = AssetCodec.INSTANCE.decode(parser);
        long t3 = System.nanoTime();
        if (asset.assetId() == null) {
          throw new IllegalStateException();
        }
        return phases(t1 - t0, t2 - t1, t3 - t2);
      }
    }
  }

  /** The generated dispatch side; loaded only after the start marker. */
  static final class GeneratedDispatch {
    static String run(List<String> envelope) throws Exception {
      long t0 = System.nanoTime();
      GeneratedPath path = new GeneratedPath();
      long t1 = System.nanoTime();
      if (!path.deliver(envelope).success()) {
        throw new IllegalStateException();
      }
      long t2 = System.nanoTime();
      return phases(t1 - t0, t2 - t1);
    }
  }

  /** The reflective dispatch side; loaded only after the start marker. */
  static final class ReflectiveDispatch {
    static String run(List<String> envelope) throws Exception {
      long t0 = System.nanoTime();
      ReflectivePath path = new ReflectivePath("dev.dovetail.bench.model.NoopDestination", List.of("asset_id"));
      long t1 = System.nanoTime();
      if (!path.deliver(envelope).success()) {
        throw new IllegalStateException();
      }
      long t2 = System.nanoTime();
      return phases(t1 - t0, t2 - t1);
    }
  }

  /** The generated synapse side; loaded only after the start marker. */
  static final class GeneratedSynapseRead {
    static String run(String envelope) {
      long t0 = System.nanoTime();
      GeneratedSynapsePath path = new GeneratedSynapsePath();
      long t1 = System.nanoTime();
      if (path.handle(envelope).isEmpty()) {
        throw new IllegalStateException();
      }
      long t2 = System.nanoTime();
      return phases(t1 - t0, t2 - t1);
    }
  }

  /** The reflective synapse side; loaded only after the start marker. */
  static final class ReflectiveSynapseRead {
    static String run(String envelope) throws Exception {
      long t0 = System.nanoTime();
      ReflectiveSynapsePath path = ReflectiveSynapsePath.benchDeals();
      long t1 = System.nanoTime();
      if (path.handle(envelope).isEmpty()) {
        throw new IllegalStateException();
      }
      long t2 = System.nanoTime();
      return phases(t1 - t0, t2 - t1);
    }
  }

  /** The databind side; loaded only after the start marker. */
  static final class Mapper {
    static String run() throws IOException {
      long t0 = System.nanoTime();
      var mapper = JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addMixIn(Asset.class, Databind.IgnoreSyncedAt.class)
          .build();
      long t1 = System.nanoTime();
      Asset asset = mapper.readValue(dev.dovetail.bench.jmh.ColdDecodeCodec.LINE, Asset.class);
      long t2 = System.nanoTime();
      if (asset.assetId() == null) {
        throw new IllegalStateException();
      }
      return phases(t1 - t0, t2 - t1);
    }
  }
}
