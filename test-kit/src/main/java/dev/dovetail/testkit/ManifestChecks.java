package dev.dovetail.testkit;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.ocp.AppMeta;
import dev.dovetail.runtime.ocp.MetaRules;
import dev.dovetail.runtime.ocp.OcpRules;
import dev.dovetail.runtime.ocp.SchemaRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OCP files of the connector as built: {@code app.yml} (meta rules, destination entries, and that they agree with
 * the generated dispatchers) and every file in {@code destinations/schema/} (the SDK validates each one, referenced or
 * not, so a stale file fails the upload).
 */
final class ManifestChecks {
  static final String MANIFEST = "app.yml obeys the OCP manifest rules";
  static final String SCHEMAS = "destinations/schema files obey the OCP schema rules";
  static final String SCHEMA_FOLDER = "destinations/schema";

  private static final Set<String> TOP_KEYS = Set.of("meta", "runtime", "environment", "functions", "jobs", "consumers",
      "liquid_extensions", "destinations", "sources", "channel", "outbound_domains");
  private static final Set<String> DESTINATION_KEYS = Set.of("entry_point", "description", "schema", "supports_delete");

  private final ClassPathResources resources;
  private final List<DestinationDispatcher<?>> dispatchers;

  ManifestChecks(ClassPathResources resources, List<DestinationDispatcher<?>> dispatchers) {
    this.resources = resources;
    this.dispatchers = dispatchers;
  }

  DynamicContainer container() {
    return dynamicContainer("app.yml", Stream.of(dynamicTest(MANIFEST, this::manifest), dynamicTest(SCHEMAS, this::schemas)));
  }

  private void manifest() {
    Findings findings = new Findings("app.yml", MANIFEST);
    String text = resources.read("app.yml");
    if (text == null) {
      findings.add("no app.yml on the class path", "the processor writes app.yml from @OcpApp and the @Destination classes",
          "put @OcpApp on a package-info.java and compile with the Dovetail processor on annotationProcessorPaths");
      findings.assertNone();
    }
    Map<?, ?> yaml = yaml(text);
    for (Object key : yaml.keySet()) {
      if (!TOP_KEYS.contains(String.valueOf(key))) {
        findings.add("app.yml key '" + key + "'", "M1: the manifest is closed: unknown keys are errors", "remove the key");
      }
    }
    meta(yaml, findings);
    Map<?, ?> destinations = yaml.get("destinations") instanceof Map<?, ?> map ? map : Map.of();
    for (Map.Entry<?, ?> entry : destinations.entrySet()) {
      destination(String.valueOf(entry.getKey()), entry.getValue(), findings);
    }
    for (DestinationDispatcher<?> dispatcher : dispatchers) {
      if (!destinations.containsKey(dispatcher.info().name())) {
        findings.add("destination '" + dispatcher.info().name() + "' (" + dispatcher.getClass().getName() + ")",
            "every destination in the service index is declared in app.yml",
            "rebuild: app.yml and the index are written by the same processor run; a stale app.yml wins on the class path");
      }
    }
    findings.assertNone();
  }

  private void meta(Map<?, ?> yaml, Findings findings) {
    if (!(yaml.get("meta") instanceof Map<?, ?> meta)) {
      findings.add("app.yml", "M2: meta is required", "set @OcpApp on a package-info.java");
      return;
    }
    AppMeta parsed = new AppMeta(text(meta.get("app_id")), text(meta.get("display_name")), text(meta.get("version")),
        text(meta.get("vendor")), text(meta.get("support_url")), text(meta.get("summary")), text(meta.get("contact_email")),
        strings(meta.get("categories")), strings(meta.get("availability")), text(yaml.get("runtime")));
    for (MetaRules.Problem problem : MetaRules.check(parsed)) {
      findings.add(new Finding("app.yml", problem.key(), "M5: " + problem.message(), "correct it in @OcpApp"));
    }
  }

  private void destination(String key, Object value, Findings findings) {
    String subject = "app.yml destinations." + key;
    if (!OcpRules.isName(key)) {
      findings.add(subject, "destination keys " + OcpRules.NAME_RULE, "rename the destination");
    }
    if (!(value instanceof Map<?, ?> entry)) {
      findings.add(subject, "D1: a destination is an object with entry_point, description and schema", "rebuild");
      return;
    }
    for (Object field : entry.keySet()) {
      if (!DESTINATION_KEYS.contains(String.valueOf(field))) {
        findings.add(subject, "D2: a destination entry is closed; unknown key '" + field + "'", "remove the key");
      }
    }
    Object supportsDelete = entry.get("supports_delete");
    if (supportsDelete != null && !(supportsDelete instanceof Boolean)) {
      findings.add(subject, "D3: supports_delete must be boolean, found '" + supportsDelete + "'", "write true or false");
    }
    Object schema = entry.get("schema");
    String staticSchema = schema instanceof String s ? s : null;
    if (schema == null || (staticSchema != null && staticSchema.isBlank())) {
      findings.add(subject, "D1/D9/D10: schema names a static schema or {entry_point: <class>}", "set the schema");
    } else if (staticSchema != null && resources.read(SCHEMA_FOLDER + "/" + staticSchema + ".yml") == null
        && resources.read(SCHEMA_FOLDER + "/" + staticSchema + ".yaml") == null) {
      findings.add(subject, "D11: the file " + SCHEMA_FOLDER + "/" + staticSchema + ".yml exists", "rebuild");
    }
    DestinationDispatcher<?> dispatcher = dispatchers.stream().filter(d -> d.info().name().equals(key)).findFirst().orElse(null);
    if (dispatcher == null) {
      findings.add(subject, "every destination of app.yml has a generated dispatcher in META-INF/services/"
          + DestinationDispatcher.class.getName(), "rebuild, or remove the entry from the base manifest");
      return;
    }
    DestinationInfo info = dispatcher.info();
    String dynamic = schema instanceof Map<?, ?> map ? text(map.get("entry_point")) : null;
    boolean agrees = Objects.equals(text(entry.get("entry_point")), info.entryPoint())
        && Objects.equals(staticSchema, info.schema()) && Objects.equals(dynamic, info.schemaFunction())
        && Boolean.TRUE.equals(supportsDelete) == info.supportsDelete();
    if (!agrees) {
      findings.add(subject, "app.yml says what the generated dispatcher does: entry_point " + info.entryPoint()
          + ", schema " + (info.dynamicSchema() ? "{entry_point: " + info.schemaFunction() + "}" : info.schema())
          + ", supports_delete " + info.supportsDelete(), "rebuild: app.yml is stale");
    }
  }

  private void schemas() {
    Findings findings = new Findings(SCHEMA_FOLDER, SCHEMAS);
    TreeMap<String, String> files = resources.folder(SCHEMA_FOLDER, ".yml", ".yaml");
    for (Map.Entry<String, String> file : files.entrySet()) {
      String path = SCHEMA_FOLDER + "/" + file.getKey();
      Map<?, ?> yaml;
      try {
        yaml = yaml(file.getValue());
      } catch (RuntimeException e) {
        findings.add(path, "a schema file is a YAML object: " + e.getMessage(), "fix or delete the file");
        continue;
      }
      SchemaYaml.Read read = SchemaYaml.read(yaml);
      List<String> problems = new ArrayList<>(read.problems());
      String baseName = file.getKey().substring(0, file.getKey().lastIndexOf('.'));
      if (!baseName.equals(read.definition().name())) {
        problems.add("S1: name '" + read.definition().name() + "' must match the file base name '" + baseName + "'");
      }
      if (read.problems().isEmpty()) { // the SDK runs the semantic rules only on files that pass the structural ones
        problems.addAll(SchemaRules.check(read.definition()));
      }
      for (String problem : problems) {
        findings.add(path, problem, "schema files are generated from @Schema types: delete stale or hand-written"
            + " files from src/main/resources/" + SCHEMA_FOLDER + " and rebuild");
      }
    }
    findings.assertNone();
  }

  private static Map<?, ?> yaml(String text) {
    Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("not a YAML mapping");
    }
    return map;
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> out.add(String.valueOf(item)));
    } else if (value != null) {
      out.add(String.valueOf(value));
    }
    return out;
  }
}
