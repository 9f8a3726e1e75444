package dev.dovetail.bench.mains;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains the start-up of {@code java -jar example-connector.jar list} (comparison 7): a sampling profiler sees
 * little in 150 ms, so this uses the JVM's class-loading log with time stamps ({@code -Xlog:class+load:uptime}) to
 * show where the time goes (JVM, jar, service index, dispatchers), counts loaded classes by package, and times
 * experiments against the hello world, alternating: {@link LeanList} on the same jar (the catalog without the CLI
 * layer), the hello world packed into a copy of the connector jar (the cost of opening a jar of that size, with no
 * Dovetail code run), and {@code list} with an application class-data-sharing archive made for it.
 *
 * <p>Arguments: {@code --jar=example-connector.jar --out=profile-7.md --pairs=N}.
 */
public final class StartupProfile {
  private static final Pattern LINE = Pattern.compile("\\[(\\d+\\.\\d+)s\\] (\\S+) source: (.*)");

  private StartupProfile() {}

  private static int entries(Path jar) throws IOException {
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      return file.size();
    }
  }

  public static void main(String[] args) throws Exception {
    Path connector = Path.of(Runs.option(args, "jar", "example-connector/target/example-connector.jar")).toAbsolutePath();
    Path out = Path.of(Runs.option(args, "out", "benchmarks/results/profile-7.md"));
    int pairs = Runs.intOption(args, "pairs", 5);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path dir = Files.createTempDirectory("dovetail-bench-startup-profile");
    try {
      Path log = dir.resolve("class-load.txt");
      StartupTime.wall(List.of(java, "-Xlog:class+load:file=" + log + ":uptime", "-jar", connector.toString(), "list"), dir);
      List<String[]> loads = new ArrayList<>();
      for (String line : Files.readAllLines(log)) {
        Matcher m = LINE.matcher(line);
        if (m.matches()) {
          loads.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
      }
      Map<String, String> milestones = new LinkedHashMap<>();
      milestones.put("first class of the jar: dev.dovetail.runtime.cli.Main", "dev.dovetail.runtime.cli.Main");
      // SLF4J and picocli.CommandLine no longer load for `list`; kept so that a regression shows in the timeline.
      milestones.put("SLF4J starts: org.slf4j.LoggerFactory", "org.slf4j.LoggerFactory");
      milestones.put("picocli builds a command-line model: picocli.CommandLine", "picocli.CommandLine");
      milestones.put("ListCommand (run directly: `list` has no options to parse)", "dev.dovetail.runtime.cli.ListCommand");
      milestones.put("destination index read from the jar itself (ServiceIndex)", "dev.dovetail.runtime.runner.ServiceIndex");
      milestones.put("first dispatcher loaded: AssetDestinationDispatcher (index read; verifying it loads the runtime interfaces)", "dev.dovetail.example.AssetDestinationDispatcher");
      milestones.put("synapse index: SynapseCatalog", "dev.dovetail.runtime.runner.SynapseCatalog");
      milestones.put("table printed, JVM exits: java.lang.Shutdown", "java.lang.Shutdown");
      StringBuilder md = new StringBuilder("### Start-up of `java -jar example-connector.jar list`\n\n");
      md.append("Class-loading timeline (`-Xlog:class+load:uptime`, one run; times are JVM uptime):\n\n| uptime | milestone |\n|---|---|\n");
      for (Map.Entry<String, String> milestone : milestones.entrySet()) {
        for (String[] load : loads) {
          if (load[1].equals(milestone.getValue())) {
            md.append("| ").append((int) Math.round(Double.parseDouble(load[0]) * 1000)).append(" ms | ")
                .append(milestone.getKey()).append(" |\n");
            break;
          }
        }
      }
      Map<String, Integer> byPackage = new TreeMap<>();
      int fromJar = 0;
      for (String[] load : loads) {
        if (!load[2].contains("shared objects file") && !load[2].startsWith("jrt:")) {
          fromJar++;
        }
        String name = load[1];
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        String root = pkg.startsWith("picocli") ? "picocli"
            : pkg.startsWith("org.slf4j") ? "org.slf4j"
            : pkg.startsWith("dev.dovetail") ? "dev.dovetail"
            : pkg.startsWith("java.lang.invoke") || pkg.startsWith("jdk.internal.reflect") || pkg.startsWith("sun.reflect")
                || pkg.startsWith("java.lang.reflect") || pkg.startsWith("jdk.proxy") ? "reflection, proxies, method handles"
            : "other JDK";
        byPackage.merge(root, 1, Integer::sum);
      }
      md.append(String.format(Locale.ROOT, "%nClasses loaded: %,d (%,d not from the JDK's CDS archive):", loads.size(), fromJar));
      byPackage.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> md.append(" ").append(e.getKey()).append(" ").append(e.getValue()).append(";"));
      md.setLength(md.length() - 1);
      md.append(".\n\n");

      Path hello = StartupTime.helloJar(dir.resolve("hello.jar"));
      Path archive = dir.resolve("list.jsa");
      StartupTime.wall(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", connector.toString(), "list"), dir);
      List<String> helloCommand = List.of(java, "-jar", hello.toString());
      Map<String, List<String>> experiments = new LinkedHashMap<>();
      experiments.put("`list` as shipped", List.of(java, "-jar", connector.toString(), "list"));
      // LeanList goes into a copy of the jar, so that it too has a one-jar class path (the index read from the jar).
      experiments.put("the same catalog and table without picocli or SLF4J (`LeanList` as the main class of a copy of the jar)",
          List.of(java, "-jar", StartupTime.mainJar(dir.resolve("lean-list.jar"), LeanList.class, connector).toString()));
      experiments.put("no `list` at all: the hello world packed into a copy of the connector jar (its "
              + String.format(Locale.ROOT, "%,d", entries(connector)) + " entries and manifest), so only opening the jar differs",
          List.of(java, "-jar", StartupTime.mainJar(dir.resolve("hello-in-connector.jar"), Hello.class, connector).toString()));
      experiments.put("`list` with an AppCDS archive made for it (`-XX:SharedArchiveFile`)",
          List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", connector.toString(), "list"));
      md.append("Experiments, each alternated with the hello world (").append(pairs).append(" pairs, after a warm-up pair):\n\n")
          .append("| variant | wall time | hello world | ratio |\n|---|---|---|---|\n");
      for (Map.Entry<String, List<String>> experiment : experiments.entrySet()) {
        Runs.Paired result = Runs.alternate(1, pairs, () -> StartupTime.wall(experiment.getValue(), dir),
            () -> StartupTime.wall(helloCommand, dir), "startup-profile");
        md.append("| ").append(experiment.getKey()).append(" | ")
            .append(String.format(Locale.ROOT, "%.0f ms", result.medianA() * 1000)).append(" | ")
            .append(String.format(Locale.ROOT, "%.0f ms", result.medianB() * 1000)).append(" | ")
            .append(String.format(Locale.ROOT, "%.2f×", result.costRatio())).append(" |\n");
      }
      Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
      System.err.println("wrote " + out);
    } finally {
      SqliteSink.deleteAll(dir);
    }
  }
}
