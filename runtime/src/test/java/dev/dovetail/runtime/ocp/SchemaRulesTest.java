package dev.dovetail.runtime.ocp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaDefinition.CustomType;
import dev.dovetail.runtime.SchemaDefinition.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every §3 rule (S1 aside) and every §3.8 Dovetail rule, with the spec's §7 cases 17–31 as analogues. */
class SchemaRulesTest {
  private static final String NAME_RULE = OcpRules.NAME_RULE;

  /** The spec's base schema: product_id (string, primary), price (float), qty (long), tags ([string]). */
  private static SchemaDefinition base() {
    return schema("product_schema", List.of(
        Field.primary("product_id", "Product ID", "Catalog key", "string"),
        Field.of("price", "Price", "Unit price", "float"),
        Field.of("qty", "Quantity", "Units in stock", "long"),
        Field.of("tags", "Tags", "Labels", "[string]")), List.of());
  }

  private static SchemaDefinition schema(String name, List<Field> fields, List<CustomType> customTypes) {
    return new SchemaDefinition(name, "Product", "A catalog product", fields, customTypes);
  }

  /** The base schema with field {@code index} changed. */
  private static SchemaDefinition withField(int index, UnaryOperator<Field> change) {
    List<Field> fields = new ArrayList<>(base().fields());
    fields.set(index, change.apply(fields.get(index)));
    return schema("product_schema", fields, List.of());
  }

  private static Field typed(Field f, String type) {
    return new Field(f.name(), f.displayName(), f.description(), type, f.primary(), f.format());
  }

  private static Field named(Field f, String name) {
    return new Field(name, f.displayName(), f.description(), f.type(), f.primary(), f.format());
  }

  private static CustomType category(List<Field> fields) {
    return new CustomType("category", "Category", "Catalog category", fields);
  }

  private static final Field CATEGORY_NAME = Field.of("name", "Name", "Category name", "string");

  @Test
  void case1_baseSchemaIsValid() {
    assertThat(SchemaRules.check(base())).isEmpty();
  }

  @Test
  void case21_schemaNameLength() {
    assertThat(SchemaRules.check(schema("a", base().fields(), List.of()))).containsExactly("name 'a' " + NAME_RULE);
    assertThat(SchemaRules.check(schema("ab", base().fields(), List.of()))).isEmpty();
    assertThat(SchemaRules.check(schema("a".repeat(62), base().fields(), List.of()))).isEmpty();
    assertThat(SchemaRules.check(schema("a".repeat(63), base().fields(), List.of())))
        .containsExactly("name '" + "a".repeat(63) + "' " + NAME_RULE);
  }

  @Test
  void case21_fieldNameLength() {
    assertThat(SchemaRules.check(withField(1, f -> named(f, "p")))).containsExactly("fields[1].name 'p' " + NAME_RULE);
    assertThat(SchemaRules.check(withField(1, f -> named(f, "p".repeat(62))))).isEmpty();
    assertThat(SchemaRules.check(withField(1, f -> named(f, "p".repeat(63)))))
        .containsExactly("fields[1].name '" + "p".repeat(63) + "' " + NAME_RULE);
  }

  @Test
  void s2_nameMustBeSpecified() {
    assertThat(SchemaRules.check(schema("", base().fields(), List.of()))).containsExactly("name must be specified");
  }

  @Test
  void case20_s3_nameFormat() {
    assertThat(SchemaRules.check(schema("ProductSchema", base().fields(), List.of())))
        .containsExactly("name 'ProductSchema' " + NAME_RULE);
  }

  @Test
  void s4_displayNameMustNotBeBlank() {
    SchemaDefinition blank = new SchemaDefinition("product_schema", "  ", "d", base().fields(), List.of());
    assertThat(SchemaRules.check(blank)).containsExactly("display_name must be specified");
  }

  @Test
  void case28_topLevelDescriptionKeyIsRequiredButMayBeEmpty() {
    SchemaDefinition missing = new SchemaDefinition("product_schema", "Product", null, base().fields(), List.of());
    SchemaDefinition empty = new SchemaDefinition("product_schema", "Product", "", base().fields(), List.of());
    assertThat(SchemaRules.check(missing)).containsExactly("must have required property 'description'");
    assertThat(SchemaRules.check(empty)).isEmpty();
  }

  @Test
  void case22_s5_fieldNameFormat() {
    for (String bad : List.of("bad-name", "_abc", "1abc", "Price")) {
      assertThat(SchemaRules.check(withField(1, f -> named(f, bad)))).containsExactly("fields[1].name '" + bad + "' " + NAME_RULE);
    }
    assertThat(SchemaRules.check(withField(2, f -> named(f, "")))).containsExactly("fields[2].name must be specified");
  }

  @Test
  void s6_fieldDisplayName() {
    assertThat(SchemaRules.check(withField(1, f -> new Field(f.name(), "", f.description(), f.type(), false, null))))
        .containsExactly("fields[1].display_name must be specified");
  }

  @Test
  void case29_s7_fieldDescriptionMustNotBeBlank() {
    assertThat(SchemaRules.check(withField(1, f -> new Field(f.name(), f.displayName(), "", f.type(), false, null))))
        .containsExactly("fields[1].description must be specified");
    assertThat(SchemaRules.check(withField(1, f -> new Field(f.name(), f.displayName(), null, f.type(), false, null))))
        .containsExactly("fields[1].description must be specified");
  }

  @Test
  void case23_allScalarAndArrayTypesAreValid() {
    for (String type : List.of("int", "boolean", "[int]", "[long]", "[float]", "[boolean]", "string", "long", "float")) {
      assertThat(SchemaRules.check(withField(1, f -> typed(f, type)))).isEmpty();
    }
  }

  @Test
  void case24_s8_unknownTypeNames() {
    for (String type : List.of("integer", "decimal", "number", "timestamp", "String", "double")) {
      assertThat(SchemaRules.check(withField(1, f -> typed(f, type))))
          .containsExactly("fields[1].type '" + type + "' does not match any custom_types name");
    }
  }

  @Test
  void case24_s9_unknownArrayElement() {
    assertThat(SchemaRules.check(withField(3, f -> typed(f, "[decimal]"))))
        .containsExactly("fields[3].type '[decimal]' array type does not match any custom_types name");
  }

  @Test
  void case25_f4_typePattern() {
    for (String type : List.of("foo-bar", "[[string]]", "")) {
      assertThat(SchemaRules.check(withField(1, f -> typed(f, type))))
          .containsExactly("fields[1].type '" + type + "' must match pattern \"" + SchemaRules.TYPE_PATTERN.pattern() + "\"");
    }
    assertThat(SchemaRules.check(withField(1, f -> typed(f, null)))).containsExactly("fields[1].type must be specified");
  }

  @Test
  void case26_customTypeAndArrayOfIt() {
    SchemaDefinition schema = schema("product_schema", List.of(
        Field.primary("product_id", "Product ID", "Catalog key", "string"),
        Field.of("main_category", "Main category", "Where it is listed first", "category"),
        Field.of("categories", "Categories", "Everywhere it is listed", "[category]")),
        List.of(category(List.of(CATEGORY_NAME))));
    assertThat(SchemaRules.check(schema)).isEmpty();
  }

  @Test
  void case24_integerIsValidOnlyAsADeclaredCustomType() {
    CustomType integer = new CustomType("integer", "Integer", "A boxed number", List.of(CATEGORY_NAME));
    SchemaDefinition schema = schema("product_schema",
        List.of(Field.primary("product_id", "Product ID", "Key", "string"), Field.of("units", "Units", "Number", "integer")),
        List.of(integer));
    assertThat(SchemaRules.check(schema)).isEmpty();
  }

  @Test
  void case27_s11_s12_brokenCustomTypeReportsFourProblems() {
    CustomType variant = new CustomType("Variant", "", "A product variant",
        List.of(new Field("sku", "", "Stock keeping unit", "integer", false, null)));
    SchemaDefinition schema = schema("product_schema", base().fields(), List.of(variant));
    assertThat(SchemaRules.check(schema)).containsExactly(
        "custom_types[0].name 'Variant' " + NAME_RULE,
        "custom_types[0].display_name must be specified",
        "custom_types[0].fields[0].display_name must be specified",
        "custom_types[0].fields[0].type 'integer' does not match any custom_types name").inOrder();
  }

  @Test
  void s11_customTypeDescription() {
    CustomType noDescription = new CustomType("category", "Category", " ", List.of(CATEGORY_NAME));
    assertThat(SchemaRules.check(schema("product_schema", base().fields(), List.of(noDescription))))
        .containsExactly("custom_types[0].description must be specified");
  }

  @Test
  void case17_s10_primaryKeyRequired() {
    assertThat(SchemaRules.check(withField(0, f -> new Field(f.name(), f.displayName(), f.description(), f.type(), false, null))))
        .containsExactly("fields must contain one primary key (at least one field with primary: true)");
    assertThat(SchemaRules.check(schema("product_schema", List.of(), List.of())))
        .containsExactly("fields must contain one primary key (at least one field with primary: true)");
  }

  @Test
  void case18_compositeKeysAreValid() {
    assertThat(SchemaRules.check(withField(2, f -> new Field(f.name(), f.displayName(), f.description(), f.type(), true, null))))
        .isEmpty();
  }

  @Test
  void case18_dovetail_primaryOnArrayIsAnError() {
    List<Field> fields = List.of(
        Field.of("product_id", "Product ID", "Catalog key", "string"),
        Field.primary("tags", "Tags", "Labels", "[string]"));
    assertThat(SchemaRules.check(schema("product_schema", fields, List.of()))).containsExactly(
        "fields[1].primary is not allowed on type '[string]'; a primary key field must be a scalar (string, boolean, int, long, float)");
  }

  @Test
  void dovetail_primaryOnCustomTypeIsAnError() {
    List<Field> fields = List.of(
        Field.primary("product_id", "Product ID", "Catalog key", "string"),
        Field.primary("category", "Category", "Listing", "category"));
    assertThat(SchemaRules.check(schema("product_schema", fields, List.of(category(List.of(CATEGORY_NAME))))))
        .containsExactly("fields[1].primary is not allowed on type 'category'; a primary key field must be a scalar"
            + " (string, boolean, int, long, float)");
  }

  @Test
  void primaryInsideACustomTypeIsIgnored() {
    CustomType keyed = category(List.of(Field.primary("name", "Name", "Category name", "[string]")));
    SchemaDefinition schema = schema("product_schema",
        List.of(Field.primary("product_id", "Product ID", "Key", "string"), Field.of("category", "Category", "Listing", "category")),
        List.of(keyed));
    assertThat(SchemaRules.check(schema)).isEmpty();
  }

  @Test
  void case31_f6_onlyUrlFormat() {
    assertThat(SchemaRules.check(withField(0, f -> new Field(f.name(), f.displayName(), f.description(), f.type(), true, "url"))))
        .isEmpty();
    assertThat(SchemaRules.check(withField(0, f -> new Field(f.name(), f.displayName(), f.description(), f.type(), true, "email"))))
        .containsExactly("fields[0].format 'email' is not allowed; the only format is 'url'");
  }

  @Test
  void dovetail_duplicateFieldNames() {
    assertThat(SchemaRules.check(withField(2, f -> named(f, "price"))))
        .containsExactly("fields[2].name 'price' duplicates fields[1].name");
  }

  @Test
  void dovetail_duplicateFieldNamesInsideACustomType() {
    CustomType twice = category(List.of(CATEGORY_NAME, CATEGORY_NAME));
    assertThat(SchemaRules.check(schema("product_schema", base().fields(), List.of(twice))))
        .containsExactly("custom_types[0].fields[1].name 'name' duplicates custom_types[0].fields[0].name");
  }

  @Test
  void dovetail_duplicateCustomTypeNames() {
    CustomType first = category(List.of(CATEGORY_NAME));
    assertThat(SchemaRules.check(schema("product_schema", base().fields(), List.of(first, first))))
        .containsExactly("custom_types[1].name 'category' duplicates custom_types[0].name");
  }

  @Test
  void dovetail_customTypeNamedLikeAScalar() {
    CustomType string = new CustomType("string", "String", "Shadows the scalar", List.of(CATEGORY_NAME));
    assertThat(SchemaRules.check(schema("product_schema", base().fields(), List.of(string))))
        .containsExactly("custom_types[0].name 'string' is a scalar type name; fields could never refer to this custom type");
  }

  @Test
  void dovetail_customTypeWithoutFields() {
    assertThat(SchemaRules.check(schema("product_schema", base().fields(), List.of(category(List.of())))))
        .containsExactly("custom_types[0].fields must contain at least one field");
  }

  @Test
  void dovetail_directlyRecursiveCustomType() {
    CustomType node = new CustomType("node", "Node", "A tree node",
        List.of(CATEGORY_NAME, Field.of("children", "Children", "Sub-nodes", "[node]")));
    assertThat(SchemaRules.check(schema("product_schema", base().fields(), List.of(node))))
        .containsExactly("custom_types[0] 'node' is recursive: node -> node");
  }

  @Test
  void dovetail_indirectlyRecursiveCustomTypesAreReportedOnce() {
    CustomType a = new CustomType("part_a", "A", "First", List.of(Field.of("to_b", "B", "To b", "part_b")));
    CustomType b = new CustomType("part_b", "B", "Second", List.of(Field.of("to_a", "A", "Back to a", "[part_a]")));
    CustomType leaf = new CustomType("leaf", "Leaf", "Not in a cycle", List.of(Field.of("to_a", "A", "Into the cycle", "part_a")));
    assertThat(SchemaRules.check(schema("product_schema", base().fields(), List.of(leaf, a, b))))
        .containsExactly("custom_types[1] 'part_a' is recursive: part_a -> part_b -> part_a");
  }

  @Test
  void everyProblemIsReportedInOrder() {
    SchemaDefinition broken = new SchemaDefinition("Bad", "", null, List.of(
        new Field("Id", "", "", "integer", false, "email")), List.of(category(List.of())));
    assertThat(SchemaRules.check(broken)).containsExactly(
        "name 'Bad' " + NAME_RULE,
        "display_name must be specified",
        "must have required property 'description'",
        "fields[0].name 'Id' " + NAME_RULE,
        "fields[0].display_name must be specified",
        "fields[0].description must be specified",
        "fields[0].type 'integer' does not match any custom_types name",
        "fields[0].format 'email' is not allowed; the only format is 'url'",
        "fields must contain one primary key (at least one field with primary: true)",
        "custom_types[0].fields must contain at least one field").inOrder();
  }

  @Test
  void requireValidCarriesEveryProblem() {
    SchemaDefinition broken = withField(1, f -> typed(named(f, "Price"), "decimal"));
    InvalidSchemaException e = assertThrows(InvalidSchemaException.class, () -> SchemaRules.requireValid(broken));
    assertThat(e.schemaName()).isEqualTo("product_schema");
    assertThat(e.problems()).hasSize(2);
    assertThat(e).hasMessageThat().startsWith("schema 'product_schema' has 2 problems:\n  fields[1].name 'Price'");
  }

  @Test
  void nullSchemaIsAProblemNotACrash() {
    assertThat(SchemaRules.check(null)).containsExactly("the schema function returned no schema (null)");
  }
}
