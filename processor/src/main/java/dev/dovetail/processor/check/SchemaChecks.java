package dev.dovetail.processor.check;

import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.FieldModel;
import dev.dovetail.processor.model.FieldType;
import dev.dovetail.processor.model.TypeModel;
import dev.dovetail.processor.read.Annotations;
import dev.dovetail.runtime.ocp.OcpRules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/** The OCP schema rules (spec §3, §8) on one schema or custom type model. */
public final class SchemaChecks {
  private final Diagnostics diagnostics;

  public SchemaChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Rules on the type itself and its own fields. */
  public void check(TypeModel model) {
    check(model, false);
  }

  /**
   * Rules on the type itself and its own fields; {@code unmappedFields}: some declared fields were left out of the
   * model because their types were already reported, so an empty model does not mean the type declares no fields.
   */
  public void check(TypeModel model, boolean unmappedFields) {
    AnnotationMirror schema = Annotations.find(model.element(), Annotations.SCHEMA);
    if (!OcpRules.isName(model.name())) {
      if (schema == null) {
        diagnostics.error(Message.CUSTOM_TYPE_NAME_FORMAT, model.element(), model.name(), model.element().getSimpleName(),
            OcpRules.NAME_RULE);
      } else {
        diagnostics.error(Message.SCHEMA_NAME_FORMAT, model.element(), schema, Annotations.explicit(schema, "name"),
            model.name(), OcpRules.NAME_RULE);
      }
    }
    if (OcpRules.isBlank(model.displayName())) {
      diagnostics.error(Message.SCHEMA_DISPLAY_NAME_BLANK, model.element(), schema,
          Annotations.explicit(schema, "displayName"), model.element().getSimpleName());
    }
    if (OcpRules.isBlank(model.description())) {
      if (schema == null) {
        diagnostics.error(Message.CUSTOM_TYPE_DESCRIPTION_MISSING, model.element(), model.element().getSimpleName(),
            model.element().getSimpleName());
      } else {
        diagnostics.error(Message.SCHEMA_DESCRIPTION_MISSING, model.element(), schema,
            Annotations.explicit(schema, "description"), "schema " + model.element().getSimpleName());
      }
    }
    if (model.fields().isEmpty()) {
      if (!unmappedFields) {
        diagnostics.error(Message.SCHEMA_NO_FIELDS, model.element(), schema, null, model.element().getSimpleName());
      }
      return;
    }
    Map<String, FieldModel> byName = new HashMap<>();
    for (FieldModel field : model.fields()) {
      checkField(model, field);
      FieldModel previous = byName.putIfAbsent(field.name(), field);
      if (previous != null) {
        AnnotationMirror annotation = Annotations.find(field.element(), Annotations.SCHEMA_FIELD);
        diagnostics.error(Message.FIELD_NAME_DUPLICATE, field.element(), annotation, Annotations.explicit(annotation, "name"),
            field.name(), model.element().getSimpleName(), previous.javaName(), field.javaName());
      }
    }
    if (model.schema() && model.primaryFields().isEmpty()) {
      diagnostics.error(Message.SCHEMA_NO_PRIMARY_KEY, model.element(), schema, null, model.name());
    }
  }

  private void checkField(TypeModel owner, FieldModel field) {
    AnnotationMirror annotation = Annotations.find(field.element(), Annotations.SCHEMA_FIELD);
    if (!OcpRules.isName(field.name())) {
      diagnostics.error(Message.FIELD_NAME_FORMAT, field.element(), annotation, Annotations.explicit(annotation, "name"),
          field.name(), OcpRules.NAME_RULE);
    }
    if (OcpRules.isBlank(field.displayName())) {
      diagnostics.error(Message.FIELD_DISPLAY_NAME_BLANK, field.element(), annotation,
          Annotations.explicit(annotation, "displayName"), field.name());
    }
    if (OcpRules.isBlank(field.description())) {
      diagnostics.error(Message.SCHEMA_DESCRIPTION_MISSING, field.element(), annotation,
          Annotations.explicit(annotation, "description"), "field '" + field.name() + "' of " + owner.element().getSimpleName());
    }
    if (field.urlFormat() && !field.type().ocpType().equals("string")) {
      diagnostics.error(Message.FIELD_FORMAT_NOT_STRING, field.element(), annotation, Annotations.explicit(annotation, "format"),
          field.name(), field.type().ocpType());
    }
    if (field.primary()) {
      if (!owner.schema()) {
        diagnostics.error(Message.FIELD_PRIMARY_IN_CUSTOM_TYPE, field.element(), annotation,
            Annotations.explicit(annotation, "primary"), field.name(), owner.element().getSimpleName());
      } else if (!field.type().isScalar()) {
        diagnostics.error(Message.FIELD_PRIMARY_NOT_SCALAR, field.element(), annotation,
            Annotations.explicit(annotation, "primary"), field.name(), field.type().ocpType());
      }
    }
  }

  /**
   * The custom types a schema file must declare, in first-use order, after checking that their names are unique
   * in the file and are not scalar names. Returns {@code null} when a name clashes.
   */
  public Map<String, TypeModel> customTypes(TypeModel schema) {
    Map<String, TypeModel> found = new LinkedHashMap<>();
    return collect(schema, schema, found) ? found : null;
  }

  private boolean collect(TypeModel schema, TypeModel type, Map<String, TypeModel> found) {
    boolean ok = true;
    for (FieldModel field : type.fields()) {
      FieldType fieldType = field.type() instanceof FieldType.Array array ? array.element() : field.type();
      if (!(fieldType instanceof FieldType.Custom custom)) {
        continue;
      }
      TypeModel nested = custom.model();
      TypeModel previous = found.get(nested.name());
      if (previous == null) {
        if (OcpRules.SCALAR_TYPES.contains(nested.name())) {
          diagnostics.error(Message.CUSTOM_TYPE_NAME_RESERVED, field.element(), nested.name(), nested.element().getSimpleName());
          ok = false;
          continue;
        }
        found.put(nested.name(), nested);
        ok &= collect(schema, nested, found);
      } else if (!previous.qualifiedName().equals(nested.qualifiedName())) {
        diagnostics.error(Message.CUSTOM_TYPE_NAME_CLASH, field.element(), nested.name(), nested.qualifiedName(),
            schema.name(), previous.qualifiedName());
        ok = false;
      }
    }
    return ok;
  }
}
