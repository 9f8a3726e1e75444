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
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/** The OCP schema rules (spec §3, §8) on one schema or custom type model. */
public final class SchemaChecks {
  private final Diagnostics diagnostics;

  private final javax.lang.model.util.Elements elements;

  public SchemaChecks(Diagnostics diagnostics, javax.lang.model.util.Elements elements) {
    this.diagnostics = diagnostics;
    this.elements = elements;
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
    // Both roles need a key: the primary key of an OCP schema, the id attribute of a synapse entity.
    if (model.schema() && model.primaryFields().isEmpty()) {
      diagnostics.error(Message.SCHEMA_NO_PRIMARY_KEY, model.element(), schema, null, model.name());
    }
  }

  /**
   * The rule only OCP schema files have (spec §3.6), for a {@code @Schema} type a destination receives or that no
   * synapse uses: every field of the schema and its custom types has an OCP type (synapse entities may hold times).
   */
  public void checkOcp(TypeModel model, java.util.Collection<TypeModel> customTypes) {
    List<TypeModel> types = new java.util.ArrayList<>(List.of(model));
    types.addAll(customTypes);
    for (TypeModel type : types) {
      for (FieldModel field : type.fields()) {
        if (field.type().ocpType() == null) {
          diagnostics.error(Message.FIELD_NO_OCP_TYPE, current(field), field.name(), type.element().getSimpleName(),
              field.javaType());
        }
      }
    }
  }

  /**
   * The field's element as the current round sees it: this check runs after the last round, where javac no longer
   * positions diagnostics on elements kept from earlier rounds.
   */
  private javax.lang.model.element.Element current(FieldModel field) {
    javax.lang.model.element.TypeElement owner = elements.getTypeElement(((javax.lang.model.element.TypeElement) field.element().getEnclosingElement()).getQualifiedName());
    if (owner != null) {
      for (javax.lang.model.element.VariableElement candidate : javax.lang.model.util.ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (candidate.getSimpleName().contentEquals(field.element().getSimpleName())) {
          return candidate;
        }
      }
    }
    return field.element();
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
    if (field.urlFormat() && !"string".equals(field.type().ocpType())) {
      diagnostics.error(Message.FIELD_FORMAT_NOT_STRING, field.element(), annotation, Annotations.explicit(annotation, "format"),
          field.name(), field.type().ocpType());
    }
    if (field.primary()) {
      if (!owner.schema()) {
        diagnostics.error(Message.FIELD_PRIMARY_IN_CUSTOM_TYPE, field.element(), annotation,
            Annotations.explicit(annotation, "primary"), field.name(), owner.element().getSimpleName());
      } else if (!field.type().isScalar()) {
        diagnostics.error(Message.FIELD_PRIMARY_NOT_SCALAR, field.element(), annotation,
            Annotations.explicit(annotation, "primary"), field.name(), field.javaType());
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
