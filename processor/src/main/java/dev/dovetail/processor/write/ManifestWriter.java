package dev.dovetail.processor.write;

import dev.dovetail.processor.model.DestinationModel;
import dev.dovetail.runtime.ocp.AppMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders {@code app.yml} (spec §2): meta, runtime, the base manifest's other sections, then destinations by name. */
public final class ManifestWriter {
  public static final String PATH = "app.yml";

  private ManifestWriter() {}

  public static String render(AppMeta meta, Map<String, Object> otherSections, Collection<DestinationModel> destinations) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> metaBlock = new LinkedHashMap<>();
    metaBlock.put("app_id", meta.appId());
    metaBlock.put("display_name", meta.displayName());
    metaBlock.put("version", meta.version());
    metaBlock.put("vendor", meta.vendor());
    metaBlock.put("support_url", meta.supportUrl());
    metaBlock.put("summary", meta.summary());
    metaBlock.put("contact_email", meta.contactEmail());
    metaBlock.put("categories", new ArrayList<>(meta.categories()));
    metaBlock.put("availability", new ArrayList<>(meta.availability()));
    out.put("meta", metaBlock);
    out.put("runtime", meta.runtime());
    out.putAll(otherSections);
    List<DestinationModel> sorted = new ArrayList<>(destinations);
    sorted.sort(Comparator.comparing(DestinationModel::name));
    Map<String, Object> destinationBlock = new LinkedHashMap<>();
    for (DestinationModel destination : sorted) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("entry_point", destination.entryPoint());
      entry.put("description", destination.description());
      if (destination.schemaFunction() != null) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("entry_point", destination.schemaFunction().getSimpleName().toString());
        entry.put("schema", schema);
      } else {
        entry.put("schema", destination.schema().name());
      }
      entry.put("supports_delete", destination.supportsDelete());
      destinationBlock.put(destination.name(), entry);
    }
    out.put("destinations", destinationBlock);
    return YamlText.render(out);
  }
}
