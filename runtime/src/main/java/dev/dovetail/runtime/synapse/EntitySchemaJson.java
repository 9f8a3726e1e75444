package dev.dovetail.runtime.synapse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an {@link EntitySchema} as the contract's Schema JSON (§5): every field of the SDK's pydantic models in their
 * order, unset ones as {@code null}. The one writer of Schemas: the processor writes the generated Schemas of
 * {@code @Schema} entities with it, and the runtime the ones a {@code @Describe} method returns, so both read alike.
 */
public final class EntitySchemaJson {
  private static final JsonFactory JSON = new JsonFactory();

  private EntitySchemaJson() {}

  /** The compact JSON text of {@code schema}: one element of the {@code DESCRIBE} reply. */
  public static String toJson(EntitySchema schema) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(schema, g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to a string", e);
    }
    return out.toString();
  }

  public static void write(EntitySchema schema, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNullField("id");
    g.writeStringField("apiName", schema.apiName());
    g.writeStringField("displayName", schema.displayName());
    g.writeStringField("pluralName", schema.pluralName());
    g.writeStringField("description", schema.description());
    g.writeBooleanField("custom", schema.custom());
    g.writeBooleanField("readOnly", schema.readOnly());
    g.writeNullField("version");
    g.writeBooleanField("child", schema.child());
    g.writeArrayFieldStart("attributes");
    for (EntityAttribute attribute : schema.attributes()) {
      writeAttribute(attribute, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeAttribute(EntityAttribute a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNullField("id");
    g.writeStringField("apiName", a.apiName());
    g.writeStringField("displayName", a.displayName());
    g.writeNullField("externalId");
    g.writeNullField("entityId");
    g.writeNullField("parentAttributeId");
    g.writeStringField("dataType", a.dataType() == null ? null : a.dataType().wireValue());
    writeNumber(g, "length", a.length());
    writeNumber(g, "precision", a.precision());
    writeNumber(g, "scale", a.scale());
    writeStrings(g, "picklistValues", a.picklistValues());
    g.writeNullField("picklist");
    g.writeStringField("referenceTo", a.referenceTo());
    g.writeNullField("referenceTargetField");
    g.writeNullField("referenceToPluralName");
    g.writeBooleanField("custom", a.custom());
    g.writeStringField("defaultValue", a.defaultValue());
    g.writeBooleanField("nillable", a.nillable());
    g.writeBooleanField("initializable", a.initializable());
    g.writeBooleanField("updateable", a.updateable());
    g.writeBooleanField("createOnly", a.createOnly());
    g.writeBooleanField("calculated", a.calculated());
    g.writeBooleanField("unique", a.unique());
    g.writeStringField("status", a.status().name());
    g.writeBooleanField("isIdField", a.idField());
    g.writeBooleanField("isWatermarkField", a.watermarkField());
    g.writeBooleanField("isCreatedAtField", a.createdAtField());
    g.writeBooleanField("isUpdatedAtField", a.updatedAtField());
    g.writeBooleanField("isMultiValueField", a.multiValue());
    g.writeBooleanField("isSystem", a.system());
    g.writeBooleanField("isSyncariDefined", false);
    g.writeNullField("compositeKey");
    g.writeEndObject();
  }

  private static void writeNumber(JsonGenerator g, String field, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeFieldName(field);
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
