package dev.dovetail.runtime.synapse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the Schemas a {@code @Describe} method returns before they go on the wire: what the processor enforces for
 * {@code @Schema} entities at compile time (unique names, exactly one id, at most one watermark and that a time), plus
 * what the SDK's models require (non-blank names, a data type). Every problem is reported, in order; authors can call
 * {@link #check} in their own tests.
 */
public final class EntitySchemaRules {
  private final List<String> problems = new ArrayList<>();

  private EntitySchemaRules() {}

  /** Every problem of {@code schemas}; empty when they are valid. */
  public static List<String> check(List<EntitySchema> schemas) {
    EntitySchemaRules rules = new EntitySchemaRules();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < schemas.size(); i++) {
      EntitySchema schema = schemas.get(i);
      if (schema == null) {
        rules.problems.add("the entity at index " + i + " is null");
        continue;
      }
      if (isBlank(schema.apiName())) {
        rules.problems.add("the entity at index " + i + " has a blank apiName");
      } else if (!names.add(schema.apiName())) {
        rules.problems.add("entity '" + schema.apiName() + "' is described twice");
        continue;
      }
      rules.entity(schema, isBlank(schema.apiName()) ? "the entity at index " + i : "entity '" + schema.apiName() + "'");
    }
    return List.copyOf(rules.problems);
  }

  private void entity(EntitySchema schema, String entity) {
    if (isBlank(schema.displayName())) {
      problems.add(entity + " has a blank displayName");
    }
    Set<String> names = new HashSet<>();
    List<String> ids = new ArrayList<>();
    List<EntityAttribute> watermarks = new ArrayList<>();
    for (int j = 0; j < schema.attributes().size(); j++) {
      EntityAttribute attribute = schema.attributes().get(j);
      if (attribute == null) {
        problems.add(entity + " has a null attribute at index " + j);
        continue;
      }
      String where;
      if (isBlank(attribute.apiName())) {
        where = "the attribute at index " + j + " of " + entity;
        problems.add(where + " has a blank apiName");
      } else {
        where = "attribute '" + attribute.apiName() + "' of " + entity;
        if (!names.add(attribute.apiName())) {
          problems.add(where + " is declared twice");
        }
      }
      attribute(attribute, where);
      if (attribute.idField()) {
        ids.add(attribute.apiName());
      }
      if (attribute.watermarkField()) {
        watermarks.add(attribute);
      }
    }
    if (ids.isEmpty()) {
      problems.add(entity + " has no id attribute; mark the attribute that identifies a record with idField()");
    } else if (ids.size() > 1) {
      problems.add(entity + " has " + ids.size() + " id attributes " + ids + "; an entity has exactly one id");
    }
    if (watermarks.size() > 1) {
      List<String> marked = watermarks.stream().map(EntityAttribute::apiName).toList();
      problems.add(entity + " has " + watermarks.size() + " watermarks " + marked + "; mark one attribute only");
    }
    for (EntityAttribute watermark : watermarks) {
      if (watermark.dataType() != null && watermark.dataType() != DataType.DATETIME
          && watermark.dataType() != DataType.TIMESTAMP) {
        problems.add("watermark '" + watermark.apiName() + "' of " + entity + " has dataType "
            + watermark.dataType().wireValue() + "; a watermark is a datetime or a timestamp");
      }
    }
  }

  private void attribute(EntityAttribute attribute, String where) {
    if (isBlank(attribute.displayName())) {
      problems.add(where + " has a blank displayName");
    }
    if (attribute.dataType() == null) {
      problems.add(where + " has no dataType");
    } else if (attribute.dataType() == DataType.REFERENCE && isBlank(attribute.referenceTo())) {
      problems.add(where + " is a reference but names no entity; set referenceTo");
    } else if (attribute.dataType() != DataType.REFERENCE && attribute.referenceTo() != null) {
      problems.add(where + " has referenceTo '" + attribute.referenceTo() + "' but dataType "
          + attribute.dataType().wireValue() + "; a reference has dataType reference");
    }
    if (attribute.picklistValues() != null && attribute.picklistValues().contains(null)) {
      problems.add(where + " has a null picklist value");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
