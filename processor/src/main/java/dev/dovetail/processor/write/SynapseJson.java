package dev.dovetail.processor.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.processor.model.AttributeModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.OperationKind;
import dev.dovetail.processor.model.SynapseModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the Syncari wire objects the processor derives: SynapseInfo (contract §3.1) and one Schema per entity
 * (§5). Field order and nulls follow the SDK's pydantic models, which write every field.
 */
public final class SynapseJson {
  private static final JsonFactory JSON = new JsonFactory();

  private SynapseJson() {}

  /** The compact {@code SYNAPSE_INFO} reply body. */
  public static String info(SynapseModel synapse) {
    return render(g -> writeInfo(synapse, g));
  }

  /** The compact Schema of one entity (an element of the {@code DESCRIBE} reply). */
  public static String schema(SynapseModel synapse, EntityModel entity) {
    return render(g -> writeSchema(entity, g));
  }

  static void writeInfo(SynapseModel synapse, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", synapse.name());
    g.writeStringField("category", synapse.category());
    g.writeObjectFieldStart("metadata");
    g.writeStringField("displayName", synapse.displayName());
    g.writeNullField("iconPath");
    g.writeNullField("backgroundColor");
    g.writeNullField("helpUrl");
    g.writeEndObject();
    boolean noAuth = synapse.authTypes().equals(List.of("None"));
    g.writeArrayFieldStart("supportedAuthTypes");
    for (String authType : synapse.authTypes()) {
      g.writeStartObject();
      g.writeStringField("authType", authType);
      g.writeFieldName("fields");
      if (noAuth || authType.equals("None")) {
        g.writeNull();
      } else {
        writeFields(synapse, g);
      }
      g.writeNullField("label");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("configuredFields");
    if (noAuth && !synapse.connectionFields().isEmpty()) {
      writeFields(synapse, g);
    } else {
      g.writeNull();
    }
    g.writeNullField("disabledMessage");
    g.writeNullField("oauthInfo");
    g.writeNumberField("apiMaxCrudSize", synapse.apiMaxCrudSize());
    g.writeArrayFieldStart("capabilities");
    for (OperationKind kind : OperationKind.values()) {
      if (synapse.entities().stream().anyMatch(e -> e.operations().containsKey(kind))) {
        g.writeString(kind.capability());
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFields(SynapseModel synapse, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (SynapseModel.ConnectionFieldModel field : synapse.connectionFields()) {
      g.writeStartObject();
      g.writeStringField("name", field.name());
      g.writeStringField("dataType", field.secret() ? "password" : "string");
      g.writeStringField("label", field.label());
      g.writeBooleanField("required", field.required());
      g.writeStringField("defaultValue", field.defaultValue());
      g.writeStringField("description", field.description().isBlank() ? null : field.description());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void writeSchema(EntityModel entity, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNullField("id");
    g.writeStringField("apiName", entity.apiName());
    g.writeStringField("displayName", entity.type().displayName());
    g.writeNullField("pluralName");
    g.writeStringField("description", entity.type().description());
    g.writeBooleanField("custom", false);
    g.writeBooleanField("readOnly", entity.operations().keySet().stream().noneMatch(OperationKind::writes));
    g.writeNullField("version");
    g.writeBooleanField("child", false);
    g.writeArrayFieldStart("attributes");
    for (AttributeModel attribute : entity.attributes()) {
      writeAttribute(attribute, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeAttribute(AttributeModel a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNullField("id");
    g.writeStringField("apiName", a.field().name());
    g.writeStringField("displayName", a.field().displayName());
    g.writeNullField("externalId");
    g.writeNullField("entityId");
    g.writeNullField("parentAttributeId");
    g.writeStringField("dataType", a.dataType());
    g.writeNullField("length");
    g.writeNullField("precision");
    g.writeNullField("scale");
    g.writeFieldName("picklistValues");
    if (a.picklistValues() == null) {
      g.writeNull();
    } else {
      g.writeStartArray();
      for (String value : a.picklistValues()) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
    g.writeNullField("picklist");
    g.writeStringField("referenceTo", a.referenceTo());
    g.writeNullField("referenceTargetField");
    g.writeNullField("referenceToPluralName");
    g.writeBooleanField("custom", false);
    g.writeNullField("defaultValue");
    g.writeBooleanField("nillable", a.nillable());
    g.writeBooleanField("initializable", !a.calculated());
    g.writeBooleanField("updateable", a.updateable() && !a.calculated() && !a.createOnly());
    g.writeBooleanField("createOnly", a.createOnly());
    g.writeBooleanField("calculated", a.calculated());
    g.writeBooleanField("unique", a.unique());
    g.writeStringField("status", "ACTIVE");
    g.writeBooleanField("isIdField", a.idField());
    g.writeBooleanField("isWatermarkField", a.watermarkField());
    g.writeBooleanField("isCreatedAtField", a.createdAtField());
    g.writeBooleanField("isUpdatedAtField", a.updatedAtField());
    g.writeBooleanField("isMultiValueField", a.multiValue());
    g.writeBooleanField("isSystem", a.watermarkField());
    g.writeBooleanField("isSyncariDefined", false);
    g.writeNullField("compositeKey");
    g.writeEndObject();
  }

  /** The descriptor resource: what the processor derived, pretty-printed for people and tools. */
  public static String descriptor(SynapseModel synapse) {
    return render(g -> {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("name", synapse.name());
      g.writeStringField("entryPoint", synapse.element().getQualifiedName().toString());
      g.writeStringField("description", synapse.description());
      g.writeStringField("kind", synapse.kind());
      g.writeNumberField("readSkewSeconds", synapse.readSkewSeconds());
      g.writeNumberField("pageSize", synapse.pageSize());
      g.writeFieldName("synapseInfo");
      writeInfo(synapse, g);
      g.writeArrayFieldStart("entities");
      for (EntityModel entity : synapse.entities()) {
        g.writeStartObject();
        g.writeStringField("apiName", entity.apiName());
        g.writeArrayFieldStart("operations");
        for (OperationKind kind : entity.operations().keySet()) {
          g.writeString(kind.requestType());
        }
        g.writeEndArray();
        g.writeFieldName("schema");
        writeSchema(entity, g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }) + "\n";
  }

  /** Path of the descriptor in the class output. */
  public static String descriptorPath(SynapseModel synapse) {
    return "META-INF/dovetail/synapses/" + synapse.name() + ".json";
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String render(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
