package dev.dovetail.processor.write;

import dev.dovetail.processor.model.FieldModel;
import dev.dovetail.processor.model.TypeModel;
import dev.dovetail.runtime.ocp.OcpRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders {@code destinations/schema/<name>.yml} (spec §3). */
public final class SchemaYamlWriter {
  private SchemaYamlWriter() {}

  /** Path of a schema file in the class output. */
  public static String path(TypeModel schema) {
    return "destinations/schema/" + schema.name() + ".yml";
  }

  public static String render(TypeModel schema, Collection<TypeModel> customTypes) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", schema.name());
    out.put("display_name", schema.displayName());
    out.put("description", schema.description());
    out.put("fields", fields(schema.fields(), true));
    if (!customTypes.isEmpty()) {
      List<Object> types = new ArrayList<>();
      for (TypeModel type : customTypes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", type.name());
        entry.put("display_name", type.displayName());
        entry.put("description", type.description());
        entry.put("fields", fields(type.fields(), false));
        types.add(entry);
      }
      out.put("custom_types", types);
    }
    return YamlText.render(out);
  }

  private static List<Object> fields(List<FieldModel> fields, boolean topLevel) {
    List<Object> out = new ArrayList<>();
    for (FieldModel field : fields) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", field.name());
      entry.put("display_name", field.displayName());
      entry.put("description", field.description());
      entry.put("type", field.type().ocpType());
      if (topLevel && field.primary()) {
        entry.put("primary", true);
      }
      if (field.urlFormat()) {
        entry.put("format", OcpRules.FORMAT_URL);
      }
      out.add(entry);
    }
    return out;
  }
}
