package dev.dovetail.processor.read;

import dev.dovetail.annotations.OcpCategory;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.BaseManifest;
import dev.dovetail.runtime.ocp.AppMeta;
import dev.dovetail.runtime.ocp.MetaRules;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads and checks the base manifest named by the {@code dovetail.baseManifest} processor option. */
public final class BaseManifestReader {
  /** Top-level sections of app.yml (spec §2); the manifest is a closed object. */
  private static final Set<String> SECTIONS = Set.of("meta", "runtime", "environment", "functions", "jobs", "consumers",
      "liquid_extensions", "destinations", "sources", "channel", "outbound_domains");
  private static final List<String> META_KEYS = List.of("app_id", "display_name", "version", "vendor", "support_url",
      "summary", "contact_email", "categories", "availability");

  private final Diagnostics diagnostics;

  public BaseManifestReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The base manifest, or {@code null} when it cannot be used (reported). */
  public BaseManifest read(String path) {
    Object root;
    try (Reader reader = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Message.BASE_MANIFEST_UNREADABLE, path, e.getMessage());
      return null;
    }
    if (!(root instanceof Map<?, ?> map)) {
      diagnostics.error(Message.BASE_MANIFEST_INVALID, path, "the document must be a map of sections");
      return null;
    }
    int errorsBefore = diagnostics.errorCount();
    Map<String, Object> others = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (!SECTIONS.contains(key)) {
        diagnostics.error(Message.BASE_MANIFEST_INVALID, path, "unknown top-level section '" + key + "' (OCP M1); allowed: "
            + new TreeSet<>(SECTIONS));
      } else if (key.equals("destinations")) {
        diagnostics.error(Message.BASE_MANIFEST_INVALID, path,
            "'destinations' is generated from @Destination classes; remove the section from the base manifest");
      } else if (!key.equals("meta") && !key.equals("runtime")) {
        others.put(key, entry.getValue());
      }
    }
    AppMeta meta = null;
    if (map.containsKey("meta") || map.containsKey("runtime")) {
      meta = meta(path, map.get("meta"), map.get("runtime"));
    }
    return diagnostics.errorCount() > errorsBefore ? null : new BaseManifest(path, meta, others);
  }

  private AppMeta meta(String path, Object metaSection, Object runtime) {
    if (!(metaSection instanceof Map<?, ?> meta)) {
      diagnostics.error(Message.BASE_MANIFEST_INVALID, path, "'meta' must be a map with the keys " + META_KEYS + " (OCP M2)");
      return null;
    }
    for (String key : META_KEYS) {
      if (!meta.containsKey(key)) {
        diagnostics.error(Message.BASE_MANIFEST_INVALID, path, "meta must have required property '" + key + "' (OCP M2)");
      }
    }
    for (Object key : meta.keySet()) {
      if (!META_KEYS.contains(String.valueOf(key))) {
        diagnostics.error(Message.BASE_MANIFEST_INVALID, path, "meta must not have additional property '" + key + "' (OCP M1)");
      }
    }
    if (runtime == null) {
      diagnostics.error(Message.BASE_MANIFEST_INVALID, path, "a base manifest with 'meta' must also set 'runtime' (OCP M2)");
    }
    List<String> categories = strings(meta.get("categories"));
    for (String category : categories) {
      if (!isCategory(category)) {
        diagnostics.error(Message.BASE_MANIFEST_INVALID, path, "meta.categories value '" + category
            + "' is not an OCP category (OCP M4); see dev.dovetail.annotations.OcpCategory for the 26 names");
      }
    }
    AppMeta parsed = new AppMeta(text(meta.get("app_id")), text(meta.get("display_name")), text(meta.get("version")),
        text(meta.get("vendor")), text(meta.get("support_url")), text(meta.get("summary")), text(meta.get("contact_email")),
        categories, strings(meta.get("availability")), text(runtime));
    for (MetaRules.Problem problem : MetaRules.check(parsed)) {
      boolean missing = problem.key().equals("runtime") ? runtime == null : !meta.containsKey(problem.key());
      if (!missing) { // a missing key is reported once, above (M2)
        diagnostics.error(Message.BASE_MANIFEST_INVALID, path, problem.message() + " (OCP M5)");
      }
    }
    return parsed;
  }

  private static boolean isCategory(String name) {
    for (OcpCategory category : OcpCategory.values()) {
      if (category.manifestName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        out.add(String.valueOf(item));
      }
    } else if (value != null) {
      out.add(String.valueOf(value));
    }
    return out;
  }
}
