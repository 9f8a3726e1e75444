package dev.dovetail.runtime.sync.mapping;

import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.sync.config.ConfigException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked field mapping: which source field fills which destination field, and how. Built once, before the first
 * record moves, by {@link #build}, which reports every problem together: destination fields the schema does not
 * have, source attributes the entity does not have, values that cannot fill a field's type, and primary-key fields
 * nothing fills.
 */
public final class MappingPlan {

  /**
   * One destination field a source field fills.
   *
   * @param keyIndex position among the destination's primary fields, or -1
   * @param fromId whether the source field is the entity's id attribute (a deleted Record may carry it only as {@code id})
   */
  public record Target(String field, String type, Conversion conversion, int keyIndex, boolean fromId) {}

  private final Map<String, Target[]> bySource;
  private final List<Target> keyTargets;
  private final List<String> lines;

  private MappingPlan(Map<String, Target[]> bySource, List<Target> keyTargets, List<String> lines) {
    this.bySource = bySource;
    this.keyTargets = keyTargets;
    this.lines = lines;
  }

  /**
   * Checks {@code mapping} (destination field → source field; empty = fields with equal names) against the
   * destination's schema and, when known, the source entity's attributes ({@code source} is {@code null} for a JSON
   * Lines file, whose fields are only known record by record).
   *
   * @param sourceLabel names the source in messages, e.g. {@code entity deal}
   * @param destLabel names the destination in messages, e.g. {@code destination deal_sql (schema deal_row)}
   * @throws ConfigException listing every problem
   */
  public static MappingPlan build(SourceSchema source, SchemaDefinition dest, Map<String, String> mapping,
      String sourceLabel, String destLabel) throws ConfigException {
    Map<String, SchemaDefinition.Field> destFields = new LinkedHashMap<>();
    for (SchemaDefinition.Field field : dest.fields()) {
      destFields.put(field.name(), field);
    }
    List<String> problems = new ArrayList<>();
    Map<String, String> effective = mapping.isEmpty() ? sameNames(source, dest) : mapping;
    if (mapping.isEmpty() && source != null && effective.isEmpty()) {
      problems.add("no field of " + destLabel + " has the name of an attribute of " + sourceLabel
          + "; declare a mapping (destination field: source field)");
    }
    List<String> keys = new ArrayList<>();
    for (SchemaDefinition.Field field : dest.fields()) {
      if (field.primary()) {
        keys.add(field.name());
      }
    }
    Map<String, List<Target>> bySource = new LinkedHashMap<>();
    List<Target> keyTargets = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> entry : effective.entrySet()) {
      String destName = entry.getKey();
      String sourceName = entry.getValue();
      String where = "mapping." + destName;
      SchemaDefinition.Field destField = destFields.get(destName);
      if (destField == null) {
        problems.add(where + ": " + destLabel + " has no field '" + destName + "'; its fields: "
            + String.join(", ", destFields.keySet()));
        continue;
      }
      if (sourceName == null || sourceName.isBlank()) {
        problems.add(where + ": name the source field that fills it");
        continue;
      }
      Conversion conversion = Conversion.COPY;
      boolean fromId = false;
      if (source != null) {
        SourceField sourceField = source.field(sourceName);
        if (sourceField == null) {
          problems.add(where + ": " + sourceLabel + " has no attribute '" + sourceName + "'; its attributes: "
              + String.join(", ", source.names()));
          continue;
        }
        conversion = TypeCompatibility.conversion(sourceField, destField.type());
        if (conversion == null) {
          problems.add(where + ": " + sourceName + " is " + article(sourceField.typeLabel()) + " attribute and cannot"
              + " fill " + destName + " (" + destField.type() + "); map " + TypeCompatibility.fits(destField.type())
              + ", or change the destination field's type");
          continue;
        }
        fromId = sourceField.id();
      }
      Target target = new Target(destName, destField.type(), conversion, keys.indexOf(destName), fromId);
      bySource.computeIfAbsent(sourceName, k -> new ArrayList<>()).add(target);
      if (target.keyIndex() >= 0) {
        keyTargets.add(target);
      }
      lines.add(destName + " <- " + sourceName + (conversion == Conversion.COPY ? "" : " (as " + conversion.name().toLowerCase(java.util.Locale.ROOT) + ")"));
    }
    for (String key : keys) {
      boolean filled = false;
      for (Target target : keyTargets) {
        filled |= target.field().equals(key);
      }
      if (!filled && destFields.containsKey(key) && !effective.containsKey(key)) {
        problems.add("mapping: " + key + " is the primary key of " + destLabel + " but nothing fills it; add '" + key
            + ": <source field>' under mapping");
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("the mapping from " + sourceLabel + " to " + destLabel + " has " + problems.size()
          + (problems.size() == 1 ? " problem" : " problems"), problems);
    }
    Map<String, Target[]> frozen = new HashMap<>();
    for (Map.Entry<String, List<Target>> e : bySource.entrySet()) {
      frozen.put(e.getKey(), e.getValue().toArray(new Target[0]));
    }
    return new MappingPlan(frozen, List.copyOf(keyTargets), List.copyOf(lines));
  }

  /** Destination fields that have a source attribute of the same name. */
  private static Map<String, String> sameNames(SourceSchema source, SchemaDefinition dest) {
    Map<String, String> mapping = new LinkedHashMap<>();
    for (SchemaDefinition.Field field : dest.fields()) {
      if (source == null || source.field(field.name()) != null) {
        mapping.put(field.name(), field.name());
      }
    }
    return mapping;
  }

  private static String article(String word) {
    return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
  }

  /** The destination fields {@code sourceField} fills, or {@code null}. */
  Target[] targets(String sourceField) {
    return bySource.get(sourceField);
  }

  /** Targets that are primary fields of the destination. */
  List<Target> keyTargets() {
    return keyTargets;
  }

  /** {@code deal_id <- id}, one line per mapped field, for the run's start message. */
  public List<String> describe() {
    return lines;
  }
}
