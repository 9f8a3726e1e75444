package dev.dovetail.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dovetail.bench.mains.Runs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code latest.md}: one table from the JMH JSON ({@code jmh-*.json}) and the mains' rows
 * ({@code main-*.json}) in the results folder, then how to read it, and for every goal not met the notes and
 * profiles ({@code profile-*.md}) the run left there.
 *
 * <p>Arguments: {@code --results=DIR --out=FILE --mode=quick|full --header=TEXT}.
 */
public final class Report {
  private static final String JMH = "dev.dovetail.bench.jmh.";

  private Report() {}

  /** A JMH comparison: Dovetail's benchmark against an alternative, lower time is better. */
  private record Comparison(String order, String benchmark, String dovetail, String alternative, String alternativeName,
      Row.Goal goal) {}

  private static final List<Comparison> COMPARISONS = comparisons();

  private static List<Comparison> comparisons() {
    List<Comparison> out = new ArrayList<>();
    String[][] groups = {
      {"1a", "DecodeSingle", "Decode, 1 record, warm"},
      {"1b", "DecodeBatch", "Decode, 1,000-record batch, warm"},
      {"1c", "EncodeSingle", "Encode, 1 record, warm"},
      {"1d", "EncodeBatch", "Encode, 1,000-record batch, warm"},
    };
    for (String[] group : groups) {
      String dovetail = group[1] + ".dovetailCodec";
      out.add(new Comparison(group[0] + "1", group[2], dovetail, group[1] + ".databind",
          "Jackson databind, reused Object" + (group[1].startsWith("Decode") ? "Reader" : "Writer"),
          Row.Goal.atLeast(1.0, "databind")));
      out.add(new Comparison(group[0] + "2", group[2], dovetail, group[1] + ".databindBlackbird",
          "databind + Blackbird", Row.Goal.atLeast(1.0, "databind")));
      out.add(new Comparison(group[0] + "3", group[2], dovetail, group[1] + ".handWritten",
          "hand-written Jackson streaming (limit)", Row.Goal.atLeast(0.95, "hand-written")));
      out.add(new Comparison(group[0] + "4", group[2], dovetail, group[1] + ".mapConvertValue",
          "Map path: parse to Map, convertValue", Row.Goal.atLeast(2.0, "Map path")));
    }
    out.add(new Comparison("2", "Decode, cold: first record in a fresh JVM, setup included", "ColdDecodeCodec.firstRecord",
        "ColdDecodeDatabind.firstRecord", "new ObjectMapper + readValue", Row.Goal.atLeast(5.0, "databind")));
    out.add(new Comparison("3a", "Dispatch, warm: 100-line envelope → deliver()", "DispatchWarm.generatedDispatcher",
        "DispatchWarm.reflectiveInvoke", "reflective: Map + convertValue + Method.invoke", Row.Goal.atLeast(2.0, "reflective")));
    out.add(new Comparison("3b", "Dispatch, cold: first envelope in a fresh JVM, setup included",
        "ColdDispatchGenerated.firstEnvelope", "ColdDispatchReflective.firstEnvelope",
        "reflective: Map + convertValue + Method.invoke", Row.Goal.atLeast(5.0, "reflective")));
    out.add(new Comparison("3s1", "Dispatch, synapse read, warm: READ envelope → reply with 100 records",
        "SynapseReadWarm.generatedDispatcher", "SynapseReadWarm.reflectiveInvoke",
        "reflective: Map + convertValue + Method.invoke + databind", Row.Goal.atLeast(2.0, "reflective")));
    out.add(new Comparison("3s2", "Dispatch, synapse read, cold: first READ envelope in a fresh JVM, setup included",
        "ColdSynapseReadGenerated.firstEnvelope", "ColdSynapseReadReflective.firstEnvelope",
        "reflective: Map + convertValue + Method.invoke + databind", Row.Goal.atLeast(5.0, "reflective")));
    return out;
  }

  public static void main(String[] args) throws IOException {
    Path results = Path.of(Runs.option(args, "results", "benchmarks/results"));
    Path out = Path.of(Runs.option(args, "out", results.resolve("latest.md").toString()));
    String mode = Runs.option(args, "mode", "quick");
    String header = Runs.option(args, "header", "");
    Path notes = Path.of(Runs.option(args, "notes", "benchmarks/notes"));
    boolean listMissed = List.of(args).contains("--missed");

    Map<String, JsonNode> jmh = new LinkedHashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(results)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith("jmh-") && name.endsWith(".json")) {
          for (JsonNode result : mapper.readTree(file.toFile())) {
            jmh.put(result.get("benchmark").asText().replace(JMH, ""), result);
          }
        } else if (name.startsWith("main-") && name.endsWith(".json")) {
          rows.addAll(Rows.read(file));
        }
      }
    }
    for (Comparison c : COMPARISONS) {
      JsonNode d = jmh.get(c.dovetail());
      JsonNode a = jmh.get(c.alternative());
      if (d == null || a == null) {
        rows.add(new Row(c.order(), c.benchmark(), "not measured in this run", c.alternativeName(), null, null, c.goal(), "no"));
        continue;
      }
      double ds = score(d);
      double as = score(a);
      double ratio = as / ds;
      double error = ratio * Math.sqrt(square(relativeError(d)) + square(relativeError(a)));
      rows.add(Row.measured(c.order(), c.benchmark(), timing(d), c.alternativeName() + ": " + timing(a), ratio, error, c.goal()));
    }
    rows.sort(Comparator.comparing(Row::order));
    if (listMissed) {
      rows.stream().filter(r -> r.met().equals("no")).forEach(r -> System.out.println(r.order()));
      return;
    }

    StringBuilder md = new StringBuilder();
    md.append("# Dovetail benchmarks: latest results\n\n");
    md.append("Written by `benchmarks/run.sh --").append(mode).append("`; do not edit by hand. ").append(header).append("\n\n");
    md.append("| benchmark | dovetail | alternative | ratio | error | goal | met |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      String number = Character.isDigit(row.order().charAt(0)) ? row.order().charAt(0) + ". " : "";
      md.append("| ").append(cell(number + row.benchmark()))
          .append(" | ").append(cell(row.dovetail()))
          .append(" | ").append(cell(row.alternative()))
          .append(" | ").append(row.ratio() == null ? "—" : ratioText(row) + "×")
          .append(" | ").append(row.error() == null || row.error().isNaN() ? "—" : "± " + number(row.error()))
          .append(" | ").append(cell(row.goal().text()))
          .append(" | ").append(row.met())
          .append(" |\n");
    }
    md.append("\n").append(HOW_TO_READ);
    List<Row> missed = rows.stream().filter(r -> r.met().equals("no")).toList();
    md.append("\n## Goals not met\n\n");
    if (missed.isEmpty()) {
      md.append("None.\n");
    } else {
      for (Row row : missed) {
        md.append("- **").append(row.order().charAt(0)).append(". ").append(row.benchmark()).append("** vs ")
            .append(row.alternative().contains(": ") ? row.alternative().substring(0, row.alternative().indexOf(": "))
                : row.alternative()).append(": ")
            .append(row.ratio() == null ? row.dovetail()
                : ratioText(row) + "×" + (row.error() == null || row.error().isNaN() ? "" : " ± " + number(row.error())))
            .append(", goal ").append(row.goal().text()).append(".\n");
      }
      md.append("\n");
      String limits = limitReference(jmh);
      if (!limits.isEmpty() && missed.stream().anyMatch(r -> r.order().startsWith("1"))) {
        md.append(limits).append("\n");
      }
      // Analysis written by hand for a commit (benchmarks/notes/<key>.md), then the profiles this run made
      // (results/profile-<key>[-<n>].md), each only for a missed row whose order starts with its key, and only when
      // no longer key of the same folder also matches (3s.md covers rows 3s*, 3.md the other rows of 3).
      // Grouped by key: each note, then the profiles for the same comparison.
      Map<String, List<Path>> byKey = new java.util.TreeMap<>();
      for (Path file : attachments(notes, "", missed)) {
        byKey.computeIfAbsent(key(file, ""), k -> new ArrayList<>()).add(file);
      }
      for (Path file : attachments(results, "profile-", missed)) {
        byKey.computeIfAbsent(key(file, "profile-"), k -> new ArrayList<>()).add(file);
      }
      for (List<Path> files : byKey.values()) {
        for (Path file : files) {
          md.append(Files.readString(file, StandardCharsets.UTF_8).strip()).append("\n\n");
        }
      }
    }
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    System.err.println("wrote " + out);
  }

  /**
   * {@code notes}: {@code <key>.md}; results: {@code profile-<key>[-<n>].md}; for keys that are, for some missed row,
   * the longest key in {@code dir} its order starts with.
   */
  private static List<Path> attachments(Path dir, String prefix, List<Row> missed) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(file -> !key(file, prefix).isEmpty()).sorted().toList();
    }
    java.util.Set<String> keys = new java.util.TreeSet<>();
    for (Path file : files) {
      keys.add(key(file, prefix));
    }
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (Row row : missed) {
      String best = "";
      for (String key : keys) {
        if (row.order().startsWith(key) && key.length() > best.length()) {
          best = key;
        }
      }
      if (!best.isEmpty()) {
        wanted.add(best);
      }
    }
    return files.stream().filter(file -> wanted.contains(key(file, prefix))).toList();
  }

  private static String key(Path file, String prefix) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(prefix + "([0-9][0-9a-z]*)(?:-[0-9]+)?\\.md")
        .matcher(file.getFileName().toString());
    return m.matches() ? m.group(1) : "";
  }

  /** What the hand-written limit achieves against the same alternatives, so a missed goal can be judged against it. */
  private static String limitReference(Map<String, JsonNode> jmh) {
    StringBuilder out = new StringBuilder();
    for (String group : List.of("DecodeSingle", "DecodeBatch", "EncodeSingle", "EncodeBatch")) {
      JsonNode hand = jmh.get(group + ".handWritten");
      JsonNode databind = jmh.get(group + ".databind");
      JsonNode map = jmh.get(group + ".mapConvertValue");
      if (hand == null || databind == null || map == null) {
        continue;
      }
      out.append(out.length() == 0 ? "For reference, the hand-written streaming limit in the same run: " : "; ")
          .append(group).append(" ").append(number(score(databind) / score(hand))).append("× databind, ")
          .append(number(score(map) / score(hand))).append("× the Map path");
    }
    return out.length() == 0 ? "" : out.append(".\n").toString();
  }

  private static final String HOW_TO_READ = """
      How to read it:

      - **ratio** is how many times better Dovetail does, in the goal's terms. For "≥" goals it is the alternative's
        time divided by Dovetail's (2× = Dovetail takes half the time; for comparisons 4 and 5, the share of the limit's
        throughput Dovetail reaches). For "≤" goals (processor cost, start-up) it is Dovetail's time divided by the
        alternative's (1.2× = 20% more time).
      - **error**: for JMH rows, the ratio's 99.9% confidence half-width, propagated from JMH's score errors (with a
        single fork and few iterations it is wide; `--full` narrows it). For the mains (comparisons 4–7), which run the
        two sides alternately in one invocation, the ratio is the median of the per-pair ratios and the error the
        largest distance from it to any pair's ratio. Timings in the mains are "median (min–max)".
      - **met** compares the ratio's point estimate with the goal; a ratio whose error crosses the goal is not
        settled by this run.
      - Each comparison ran in one JMH invocation or one benchmark main, the two sides interleaved, so a noisy machine
        shifts both. Absolute numbers depend on the machine; the ratios are the result.
      - Warm decode and encode: a well-tuned databind (reused `ObjectReader`/`ObjectWriter`, records) is already
        close to hand-written streaming, within a few percent to about 25% in these runs, so the rows against it
        are decided by small margins (and, in a quick run, by one fork's JIT decisions). The large differences are
        against the Map path, and cold.
      """;

  private static double score(JsonNode result) {
    return result.get("primaryMetric").get("score").asDouble();
  }

  private static double relativeError(JsonNode result) {
    double error = result.get("primaryMetric").get("scoreError").asDouble(Double.NaN);
    return Double.isNaN(error) ? Double.NaN : error / score(result);
  }

  private static double square(double x) {
    return x * x;
  }

  /** {@code "812 ns/op ± 12"}, with the number of forks for single-shot results. */
  private static String timing(JsonNode result) {
    JsonNode metric = result.get("primaryMetric");
    String unit = metric.get("scoreUnit").asText().replace("us/", "µs/");
    double error = metric.get("scoreError").asDouble(Double.NaN);
    String text = number(metric.get("score").asDouble()) + " " + unit + (Double.isNaN(error) ? "" : " ± " + number(error));
    if (result.get("mode").asText().equals("ss")) {
      text += ", " + result.get("forks").asInt() + " forks";
    }
    return text;
  }

  /** Three significant digits, at most two decimals past the point for small numbers. */
  public static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "—";
    }
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** The ratio, with a third decimal when two would round it onto the goal's bound (0.7996 is not 0.80). */
  private static String ratioText(Row row) {
    String text = number(row.ratio());
    Double bound = row.goal().bound();
    if (bound != null && text.equals(number(bound)) && row.ratio() != bound.doubleValue()) {
      return String.format(Locale.ROOT, "%.3f", row.ratio());
    }
    return text;
  }

  public static String ratio(double ratio, Double error) {
    return number(ratio) + "×" + (error == null || error.isNaN() ? "" : " ± " + number(error));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
