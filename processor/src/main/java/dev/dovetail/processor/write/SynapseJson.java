package dev.dovetail.processor.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.processor.model.AttributeModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.OperationKind;
import dev.dovetail.processor.model.SynapseModel;
import dev.dovetail.runtime.synapse.DataType;
import dev.dovetail.runtime.synapse.EntityAttribute;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.EntitySchemaJson;
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
    // Without auth the fields are settings (configuredFields → metaConfig); else each auth type lists its own.
    boolean noAuth = synapse.authTypes().equals(List.of("None"));
    g.writeArrayFieldStart("supportedAuthTypes");
    for (String authType : synapse.authTypes()) {
      g.writeStartObject();
      g.writeStringField("authType", authType);
      g.writeFieldName("fields");
      List<SynapseModel.ConnectionFieldModel> fields = synapse.connectionFields(authType);
      if (noAuth || authType.equals("None") && fields.isEmpty()) {
        g.writeNull();
      } else {
        writeFields(fields, g);
      }
      g.writeNullField("label");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("configuredFields");
    if (noAuth && !synapse.connectionFields().isEmpty()) {
      writeFields(synapse.connectionFields(), g);
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

  private static void writeFields(List<SynapseModel.ConnectionFieldModel> fields, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (SynapseModel.ConnectionFieldModel field : fields) {
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
    EntitySchemaJson.write(entitySchema(entity), g);
  }

  /**
   * The entity as the runtime's Schema model, so the runtime's writer writes it: generated Schemas and those a
   * {@code @Describe} method returns cannot drift apart. The attribute builder derives the dependent flags
   * (initializable, updateable, system) as it does for authors.
   */
  static EntitySchema entitySchema(EntityModel entity) {
    EntitySchema.Builder schema = EntitySchema.builder(entity.apiName(), entity.type().displayName())
        .description(entity.type().description());
    if (entity.operations().keySet().stream().noneMatch(OperationKind::writes)) {
      schema.readOnly();
    }
    for (AttributeModel attribute : entity.attributes()) {
      schema.attribute(attribute(attribute));
    }
    return schema.build();
  }

  private static EntityAttribute attribute(AttributeModel a) {
    EntityAttribute.Builder out = EntityAttribute.builder(a.field().name(), a.field().displayName(),
            DataType.ofWireValue(a.dataType()))
        .picklistValues(a.picklistValues())
        .referenceTo(a.referenceTo())
        .nillable(a.nillable())
        .updateable(a.updateable());
    flag(a.createOnly(), out::createOnly);
    flag(a.calculated(), out::calculated);
    flag(a.unique(), out::unique);
    flag(a.idField(), out::idField);
    flag(a.watermarkField(), out::watermarkField);
    flag(a.createdAtField(), out::createdAtField);
    flag(a.updatedAtField(), out::updatedAtField);
    flag(a.multiValue(), out::multiValue);
    return out.build();
  }

  private static void flag(boolean set, Runnable setter) {
    if (set) {
      setter.run();
    }
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
      g.writeStringField("describeMethod",
          synapse.describeMethod() == null ? null : synapse.describeMethod().getSimpleName() + "()");
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
