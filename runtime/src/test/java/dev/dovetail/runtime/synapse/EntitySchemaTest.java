package dev.dovetail.runtime.synapse;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.testing.synapse.JsonTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Schema model authors return from {@code @Describe}: the builder's derived flags, the JSON, the rules. */
class EntitySchemaTest {

  private static EntityAttribute.Builder attribute(String apiName, DataType type) {
    return EntityAttribute.builder(apiName, apiName.toUpperCase(), type);
  }

  private static EntitySchema entity(String apiName, EntityAttribute.Builder... attributes) {
    EntitySchema.Builder schema = EntitySchema.builder(apiName, "An " + apiName);
    Arrays.stream(attributes).forEach(schema::attribute);
    return schema.build();
  }

  @Test
  void builderDerivesFlagsFromRolesAsTheProcessorDoes() {
    EntityAttribute id = attribute("id", DataType.STRING).idField().build();
    assertThat(id.unique()).isTrue();
    assertThat(id.nillable()).isFalse();
    EntityAttribute watermark = attribute("updated_at", DataType.DATETIME).watermarkField().build();
    assertThat(watermark.system()).isTrue();
    assertThat(watermark.updatedAtField()).isTrue();
    EntityAttribute createdWatermark = attribute("created_at", DataType.DATETIME).watermarkField().createdAtField().build();
    assertThat(createdWatermark.updatedAtField()).isFalse();
    EntityAttribute calculated = attribute("total", DataType.DECIMAL).calculated().build();
    assertThat(calculated.initializable()).isFalse();
    assertThat(calculated.updateable()).isFalse();
    EntityAttribute createOnly = attribute("code", DataType.STRING).createOnly().build();
    assertThat(createOnly.initializable()).isTrue();
    assertThat(createOnly.updateable()).isFalse();
    EntityAttribute plain = attribute("name", DataType.STRING).build();
    assertThat(List.of(plain.nillable(), plain.initializable(), plain.updateable())).containsExactly(true, true, true);
    assertThat(plain.status()).isEqualTo(EntityAttribute.Status.ACTIVE);
  }

  @Test
  void jsonHasEveryFieldOfTheSdkModelsInTheirOrder() {
    EntitySchema schema = EntitySchema.builder("invoice", "Invoice").pluralName("Invoices").description("A bill").custom()
        .attribute(attribute("id", DataType.INTEGER).idField())
        .attribute(attribute("amount", DataType.DECIMAL).precision(12, 2).defaultValue("0"))
        .attribute(attribute("state", DataType.PICKLIST).picklistValues("DRAFT", "SENT").status(EntityAttribute.Status.INACTIVE))
        .attribute(attribute("customer", DataType.REFERENCE).referenceTo("customer").multiValue())
        .build();
    Map<String, Object> json = JsonTree.object(EntitySchemaJson.toJson(schema));
    assertThat(json.keySet()).containsExactly("id", "apiName", "displayName", "pluralName", "description", "custom",
        "readOnly", "version", "child", "attributes").inOrder();
    assertThat(json.get("pluralName")).isEqualTo("Invoices");
    assertThat(json.get("custom")).isEqualTo(true);
    List<Object> attributes = JsonTree.array(json.get("attributes"));
    Map<String, Object> amount = JsonTree.object(attributes.get(1));
    assertThat(amount.keySet()).containsExactly("id", "apiName", "displayName", "externalId", "entityId",
        "parentAttributeId", "dataType", "length", "precision", "scale", "picklistValues", "picklist", "referenceTo",
        "referenceTargetField", "referenceToPluralName", "custom", "defaultValue", "nillable", "initializable",
        "updateable", "createOnly", "calculated", "unique", "status", "isIdField", "isWatermarkField",
        "isCreatedAtField", "isUpdatedAtField", "isMultiValueField", "isSystem", "isSyncariDefined", "compositeKey")
        .inOrder();
    assertThat(amount.get("precision")).isEqualTo(12L);
    assertThat(amount.get("scale")).isEqualTo(2L);
    assertThat(amount.get("length")).isNull();
    assertThat(amount.get("defaultValue")).isEqualTo("0");
    Map<String, Object> state = JsonTree.object(attributes.get(2));
    assertThat(state.get("picklistValues")).isEqualTo(List.of("DRAFT", "SENT"));
    assertThat(state.get("status")).isEqualTo("INACTIVE");
    Map<String, Object> customer = JsonTree.object(attributes.get(3));
    assertThat(customer.get("dataType")).isEqualTo("reference");
    assertThat(customer.get("referenceTo")).isEqualTo("customer");
    assertThat(customer.get("isMultiValueField")).isEqualTo(true);
  }

  @Test
  void validSchemasHaveNoProblems() {
    assertThat(EntitySchemaRules.check(List.of(
        entity("ticket", attribute("id", DataType.STRING).idField(), attribute("at", DataType.TIMESTAMP).watermarkField()),
        entity("note", attribute("id", DataType.INTEGER).idField(), attribute("ticket", DataType.REFERENCE).referenceTo("ticket")))))
        .isEmpty();
  }

  @Test
  void everyProblemIsReportedInOrder() {
    List<EntityAttribute.Builder> attributes = new ArrayList<>(List.of(
        attribute("id", DataType.STRING).idField(),
        EntityAttribute.builder("", "Nameless", DataType.STRING),
        EntityAttribute.builder("title", " ", DataType.STRING),
        attribute("title", DataType.STRING),
        attribute("owner", DataType.REFERENCE),
        attribute("team", DataType.STRING).referenceTo("team"),
        attribute("tags", DataType.PICKLIST).picklistValues(Arrays.asList("a", null)),
        attribute("version", DataType.INTEGER).idField(),
        attribute("changed", DataType.INTEGER).watermarkField(),
        attribute("touched", DataType.DATETIME).watermarkField()));
    EntitySchema messy = entity("messy", attributes.toArray(new EntityAttribute.Builder[0]));
    EntitySchema empty = EntitySchema.builder("empty", "").build();
    assertThat(EntitySchemaRules.check(List.of(messy, empty))).containsExactly(
        "the attribute at index 1 of entity 'messy' has a blank apiName",
        "attribute 'title' of entity 'messy' has a blank displayName",
        "attribute 'title' of entity 'messy' is declared twice",
        "attribute 'owner' of entity 'messy' is a reference but names no entity; set referenceTo",
        "attribute 'team' of entity 'messy' has referenceTo 'team' but dataType string; a reference has dataType reference",
        "attribute 'tags' of entity 'messy' has a null picklist value",
        "entity 'messy' has 2 id attributes [id, version]; an entity has exactly one id",
        "entity 'messy' has 2 watermarks [changed, touched]; mark one attribute only",
        "watermark 'changed' of entity 'messy' has dataType integer; a watermark is a datetime or a timestamp",
        "entity 'empty' has a blank displayName",
        "entity 'empty' has no id attribute; mark the attribute that identifies a record with idField()").inOrder();
  }
}
