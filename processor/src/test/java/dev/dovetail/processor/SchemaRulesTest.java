package dev.dovetail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.Failures.assertError;
import static dev.dovetail.processor.Failures.assertOnlyError;
import static dev.dovetail.processor.Failures.assertValid;
import static dev.dovetail.processor.Failures.lineOf;
import static dev.dovetail.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules on {@code @Schema} types and their fields (spec §3, §3.8, §7 cases 17–22, J7–J11): names, display names,
 * descriptions, primary keys, and what the generated codec needs to build and read a type. Errors on a field sit on
 * the record component's (or class field's) line; errors on an annotation value on the annotation's line.
 */
class SchemaRulesTest {
  /** The longest valid name (62 characters) and one character more. */
  private static final String NAME_62 = "pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  private static final String NAME_63 = "pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

  /** {@code @Schema(<schemaArgs>) record Product(String id primary, <component>)}, all described in Javadoc. */
  private static JavaFileObject product(String schemaAnnotation, String component) {
    return Sources.source("Product",
        "/**",
        " * A product of the catalogue.",
        " *",
        " * @param id stock keeping unit",
        " * @param price unit price",
        " */",
        schemaAnnotation,
        "public record Product(",
        "    @SchemaField(primary = true) String id,",
        "    " + component + ") {}");
  }

  // --- The type -----------------------------------------------------------------------------------------------

  @Test
  void describedRecordCompiles() {
    assertValid(compile(product("@Schema", "double price")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"public enum Kind { A, B }", "public interface Kind { String id(); }",
      "public @interface Kind {}"})
  void schemaOnSomethingOtherThanARecordOrClassIsAnErrorOnTheAnnotation(String declaration) {
    JavaFileObject kind = Sources.source("Kind",
        "/** Kinds. */",
        "@Schema",
        declaration);
    Compilation compilation = compile(kind);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NOT_A_TYPE", kind, lineOf(kind, "@Schema"));
    assertThat(compilation).hadErrorContaining("@Schema goes on a record or a class");
  }

  @Test
  void genericSchemaTypeIsAnErrorOnTheType() {
    JavaFileObject box = Sources.source("Box",
        "/**",
        " * A box.",
        " *",
        " * @param id key",
        " * @param value content",
        " */",
        "@Schema",
        "public record Box<T>(@SchemaField(primary = true) String id, T value) {}");
    Compilation compilation = compile(box);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_GENERIC", box, lineOf(box, "public record Box"));
    assertThat(compilation).hadErrorContaining("Box is generic");
  }

  // --- Schema names (S3, §7 cases 20, 21) -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"ProductSchema", "a", NAME_63, "bad-name", "_abc", "1abc", "product schema"})
  void badSchemaNameIsAnErrorOnTheAnnotation(String name) {
    JavaFileObject product = product("@Schema(name = \"" + name + "\")", "double price");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NAME_FORMAT", product, lineOf(product, "@Schema("));
    assertThat(compilation).hadErrorContaining("schema name '" + name + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", NAME_62, "product_schema", "p2"})
  void goodSchemaNamesCompile(String name) {
    assertValid(compile(product("@Schema(name = \"" + name + "\")", "double price")));
  }

  @Test
  void derivedSchemaNameIsCheckedToo() {
    JavaFileObject p = Sources.source("P",
        "/**",
        " * A product.",
        " *",
        " * @param id key",
        " */",
        "@Schema",
        "public record P(@SchemaField(primary = true) String id) {}");
    Compilation compilation = compile(p);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NAME_FORMAT", p, lineOf(p, "@Schema"));
    assertThat(compilation).hadErrorContaining("schema name 'p'");
  }

  @Test
  void duplicateSchemaNameIsAnErrorOnTheSecondAnnotation() {
    JavaFileObject item = Sources.source("Item",
        "/**",
        " * An item.",
        " *",
        " * @param id key",
        " */",
        "@Schema(name = \"product\")",
        "public record Item(@SchemaField(primary = true) String id) {}");
    JavaFileObject product = product("@Schema(name = \"product\")", "double price");
    Compilation compilation = compile(item, product);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NAME_DUPLICATE", product, lineOf(product, "@Schema("));
    assertThat(compilation).hadErrorContaining("schema name 'product' is already used by com.acme.Item");
  }

  // --- Display names and descriptions (S4, S6, S7, S11, J11) -----------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\\t"})
  void blankSchemaDisplayNameIsAnErrorOnTheAnnotation(String displayName) {
    JavaFileObject product = product("@Schema(displayName = \"" + displayName + "\")", "double price");
    assertOnlyError(compile(product), "DOVETAIL-SCHEMA_DISPLAY_NAME_BLANK", product, lineOf(product, "@Schema("));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void blankFieldDisplayNameIsAnErrorOnTheAnnotation(String displayName) {
    JavaFileObject product = product("@Schema", "@SchemaField(displayName = \"" + displayName + "\") double price");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-FIELD_DISPLAY_NAME_BLANK", product, lineOf(product, "double price"));
    assertThat(compilation).hadErrorContaining("display name of field 'price'");
  }

  @Test
  void schemaWithoutDescriptionIsAnErrorOnTheAnnotationNamingBothFixes() {
    JavaFileObject product = Sources.source("Product",
        "@Schema",
        "public record Product(",
        "    @SchemaField(primary = true, description = \"Stock keeping unit\") String id) {}");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_DESCRIPTION_MISSING", product, lineOf(product, "@Schema"));
    assertThat(compilation).hadErrorContaining("schema Product has no description");
    assertThat(compilation).hadErrorContaining("set description = \"...\" on its annotation or add a Javadoc comment");
  }

  @Test
  void blankSchemaDescriptionIsAnErrorOnTheAnnotation() {
    JavaFileObject product = Sources.source("Product",
        "@Schema(description = \" \")",
        "public record Product(",
        "    @SchemaField(primary = true, description = \"Stock keeping unit\") String id) {}");
    assertOnlyError(compile(product), "DOVETAIL-SCHEMA_DESCRIPTION_MISSING", product, lineOf(product, "@Schema("));
  }

  @Test
  void recordComponentWithoutDescriptionIsAnErrorOnTheComponent() {
    JavaFileObject product = Sources.source("Product",
        "/**",
        " * A product.",
        " *",
        " * @param id stock keeping unit",
        " */",
        "@Schema",
        "public record Product(",
        "    @SchemaField(primary = true) String id,",
        "    double price) {}");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_DESCRIPTION_MISSING", product, lineOf(product, "double price"));
    assertThat(compilation).hadErrorContaining("field 'price' of Product has no description");
    assertThat(compilation).hadErrorContaining("set description = \"...\" on its annotation or add a Javadoc comment");
  }

  @Test
  void annotatedComponentWithoutDescriptionIsAnErrorOnItsAnnotation() {
    JavaFileObject product = Sources.source("Product",
        "/**",
        " * A product.",
        " *",
        " * @param id stock keeping unit",
        " */",
        "@Schema",
        "public record Product(",
        "    @SchemaField(primary = true) String id,",
        "    @SchemaField(displayName = \"Unit price\")",
        "    double price) {}");
    assertOnlyError(compile(product), "DOVETAIL-SCHEMA_DESCRIPTION_MISSING", product,
        lineOf(product, "@SchemaField(displayName"));
  }

  @Test
  void classFieldWithoutDescriptionIsAnErrorOnTheField() {
    JavaFileObject contact = Sources.source("Contact",
        "/** A CRM contact. */",
        "@Schema",
        "public class Contact {",
        "  /** Contact key. */",
        "  @SchemaField(primary = true)",
        "  public String id;",
        "  public String email;",
        "}");
    Compilation compilation = compile(contact);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_DESCRIPTION_MISSING", contact, lineOf(contact, "public String email"));
    assertThat(compilation).hadErrorContaining("field 'email' of Contact has no description");
  }

  @Test
  void customTypeWithoutDescriptionIsAnErrorOnTheCustomType() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param folder where it is filed",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Folder folder) {",
        "  /** @param path folder path */",
        "  public record Folder(String path) {}",
        "}");
    Compilation compilation = compile(asset);
    assertOnlyError(compilation, "DOVETAIL-CUSTOM_TYPE_DESCRIPTION_MISSING", asset, lineOf(asset, "public record Folder"));
    assertThat(compilation).hadErrorContaining("custom type Folder has no description");
    assertThat(compilation).hadErrorContaining("add a Javadoc comment");
  }

  @Test
  void customTypeFieldWithoutDescriptionIsAnErrorOnThatField() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param folder where it is filed",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Folder folder) {",
        "  /** A folder. */",
        "  public record Folder(",
        "      String path) {}",
        "}");
    Compilation compilation = compile(asset);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_DESCRIPTION_MISSING", asset, lineOf(asset, "String path"));
    assertThat(compilation).hadErrorContaining("field 'path' of Folder has no description");
  }

  // --- Primary keys (S10, §3.8, J8, J9) ----------------------------------------------------------------------------

  @Test
  void schemaWithoutPrimaryKeyIsAnErrorOnTheAnnotation() {
    JavaFileObject product = Sources.source("Product",
        "/**",
        " * A product.",
        " *",
        " * @param id stock keeping unit",
        " * @param price unit price",
        " */",
        "@Schema",
        "public record Product(String id, @SchemaField(primary = false) double price) {}");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NO_PRIMARY_KEY", product, lineOf(product, "@Schema"));
    assertThat(compilation).hadErrorContaining("schema 'product' has no primary key");
    assertThat(compilation).hadErrorContaining("@SchemaField(primary = true)");
  }

  @Test
  void compositePrimaryKeyCompiles() {
    assertValid(compile(product("@Schema", "@SchemaField(primary = true) long price")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"List<String> price", "long[] price", "Set<Long> price", "Part price"})
  void primaryOnANonScalarFieldIsAnErrorOnTheAnnotation(String component) {
    JavaFileObject product = Sources.source("Product",
        "/**",
        " * A product.",
        " *",
        " * @param price the key",
        " */",
        "@Schema",
        "public record Product(",
        "    @SchemaField(primary = true)",
        "    " + component + ") {",
        "  /**",
        "   * A part.",
        "   *",
        "   * @param sku part number",
        "   */",
        "  public record Part(String sku) {}",
        "}");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-FIELD_PRIMARY_NOT_SCALAR", product, lineOf(product, "@SchemaField(primary"));
    assertThat(compilation).hadErrorContaining("field 'price' is primary but has type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"long", "Integer", "boolean", "BigDecimal", "Kind"})
  void primaryOnScalarsAndEnumsCompiles(String type) {
    JavaFileObject product = Sources.source("Product",
        "/**",
        " * A product.",
        " *",
        " * @param key the key",
        " */",
        "@Schema",
        "public record Product(@SchemaField(primary = true) " + type + " key) {",
        "  /** Kinds of keys. */",
        "  public enum Kind { A, B }",
        "}");
    assertValid(compile(product));
  }

  @Test
  void primaryInsideACustomTypeIsAnErrorOnItsAnnotation() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param folder where it is filed",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Folder folder) {",
        "  /**",
        "   * A folder.",
        "   *",
        "   * @param folderId folder key",
        "   */",
        "  public record Folder(",
        "      @SchemaField(primary = true)",
        "      long folderId) {}",
        "}");
    Compilation compilation = compile(asset);
    assertOnlyError(compilation, "DOVETAIL-FIELD_PRIMARY_IN_CUSTOM_TYPE", asset,
        lineOf(asset, "      @SchemaField(primary = true)"));
    assertThat(compilation).hadErrorContaining("field 'folder_id' of custom type Folder is marked primary");
  }

  @Test
  void ignoredPrimaryComponentIsAnErrorOnItsAnnotation() {
    JavaFileObject product = product("@Schema", "@SchemaIgnore @SchemaField(primary = true) String cacheKey");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-FIELD_PRIMARY_IGNORED", product, lineOf(product, "String cacheKey"));
    assertThat(compilation).hadErrorContaining("field 'cacheKey' is both @SchemaIgnore and primary");
  }

  @Test
  void ignoredPrimaryClassFieldIsAnErrorOnItsAnnotation() {
    JavaFileObject contact = Sources.source("Contact",
        "/** A CRM contact. */",
        "@Schema",
        "public class Contact {",
        "  /** Contact key. */",
        "  @SchemaField(primary = true)",
        "  public String id;",
        "  @SchemaIgnore",
        "  @SchemaField(primary = true) public String cacheKey;",
        "}");
    assertOnlyError(compile(contact), "DOVETAIL-FIELD_PRIMARY_IGNORED", contact, lineOf(contact, "String cacheKey"));
  }

  @Test
  void ignoredComponentsLeaveTheSchema() {
    assertValid(compile(product("@Schema", "@SchemaIgnore Object cacheKey")));
  }

  // --- @SchemaField on fields the schema leaves out ----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"public static String region;", "public static final String KIND = \"contact\";"})
  void schemaFieldOnAStaticFieldIsAnErrorOnTheAnnotation(String declaration) {
    JavaFileObject contact = contact("public class Contact {", "  @SchemaField(name = \"kind\") " + declaration);
    Compilation compilation = compile(contact);
    assertOnlyError(compilation, "DOVETAIL-FIELD_ANNOTATION_ON_STATIC", contact, lineOf(contact, declaration));
    String name = declaration.contains("region") ? "region" : "KIND";
    assertThat(compilation).hadErrorContaining("@SchemaField on static field '" + name + "' has no effect: schemas and"
        + " codecs hold instance fields only; remove @SchemaField, or make '" + name + "' an instance field");
  }

  @Test
  void schemaFieldOnAStaticFieldOfARecordIsAnError() {
    JavaFileObject product = Sources.source("Product",
        "/**",
        " * A product of the catalogue.",
        " *",
        " * @param id stock keeping unit",
        " */",
        "@Schema",
        "public record Product(@SchemaField(primary = true) String id) {",
        "  @SchemaField(description = \"The catalogue\") public static String catalogue;",
        "}");
    assertOnlyError(compile(product), "DOVETAIL-FIELD_ANNOTATION_ON_STATIC", product, lineOf(product, "String catalogue"));
  }

  @Test
  void schemaFieldOnATransientFieldIsAnErrorOnTheAnnotation() {
    JavaFileObject contact = contact("public class Contact {", "  @SchemaField(name = \"cache\") public transient String cache;");
    Compilation compilation = compile(contact);
    assertOnlyError(compilation, "DOVETAIL-FIELD_ANNOTATION_ON_TRANSIENT", contact, lineOf(contact, "String cache"));
    assertThat(compilation).hadErrorContaining("@SchemaField on transient field 'cache' has no effect: transient fields"
        + " are left out of schemas and codecs; remove @SchemaField, or remove 'transient'");
  }

  @Test
  void schemaFieldOnAnIgnoredComponentIsAnErrorOnTheAnnotation() {
    JavaFileObject product = product("@Schema", "@SchemaIgnore @SchemaField(name = \"cache_key\") String cacheKey");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-FIELD_ANNOTATION_ON_IGNORED", product, lineOf(product, "String cacheKey"));
    assertThat(compilation).hadErrorContaining("@SchemaField on 'cacheKey' has no effect: it is @SchemaIgnore, so left"
        + " out of the schema and the codec; remove @SchemaField, or remove @SchemaIgnore");
  }

  @Test
  void schemaFieldOnAnIgnoredClassFieldIsAnError() {
    JavaFileObject contact = contact("public class Contact {",
        "  @SchemaIgnore",
        "  @SchemaField(description = \"Local only\") public String local;");
    assertOnlyError(compile(contact), "DOVETAIL-FIELD_ANNOTATION_ON_IGNORED", contact, lineOf(contact, "String local"));
  }

  @Test
  void schemaFieldOnAStaticFieldOfACustomTypeIsAnError() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param size its size",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Size size) {",
        "  /**",
        "   * A size.",
        "   *",
        "   * @param bytes how many bytes",
        "   */",
        "  public record Size(long bytes) {",
        "    @SchemaField(name = \"unit\") public static final String UNIT = \"B\";",
        "  }",
        "}");
    assertOnlyError(compile(asset), "DOVETAIL-FIELD_ANNOTATION_ON_STATIC", asset, lineOf(asset, "String UNIT"));
  }

  // --- Fields (S5, §3.8, J7) --------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"bad-name", "_abc", "1abc", "Price", "p", NAME_63, "unit price", "préix"})
  void badFieldNameIsAnErrorOnTheAnnotation(String name) {
    JavaFileObject product = product("@Schema", "@SchemaField(name = \"" + name + "\") double price");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-FIELD_NAME_FORMAT", product, lineOf(product, "double price"));
    assertThat(compilation).hadErrorContaining("field name '" + name + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", NAME_62, "unit_price", "yes", "null"})
  void goodFieldNamesCompile(String name) {
    assertValid(compile(product("@Schema", "@SchemaField(name = \"" + name + "\") double price")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "_price"})
  void derivedFieldNameIsCheckedToo(String javaName) {
    JavaFileObject product = Sources.source("Product",
        "/**",
        " * A product.",
        " *",
        " * @param id stock keeping unit",
        " * @param " + javaName + " the value",
        " */",
        "@Schema",
        "public record Product(",
        "    @SchemaField(primary = true) String id,",
        "    double " + javaName + ") {}");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-FIELD_NAME_FORMAT", product, lineOf(product, "double " + javaName));
    assertThat(compilation).hadErrorContaining("field name '" + javaName + "'");
  }

  @Test
  void duplicateDerivedFieldNameIsAnErrorOnTheSecondComponent() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param assetId key",
        " * @param asset_id legacy key",
        " */",
        "@Schema",
        "public record Asset(",
        "    @SchemaField(primary = true) String assetId,",
        "    String asset_id) {}");
    Compilation compilation = compile(asset);
    assertOnlyError(compilation, "DOVETAIL-FIELD_NAME_DUPLICATE", asset, lineOf(asset, "String asset_id"));
    assertThat(compilation).hadErrorContaining("field name 'asset_id' is used twice in Asset (by 'assetId' and 'asset_id')");
  }

  @Test
  void duplicateExplicitFieldNameIsAnErrorOnTheSecondAnnotation() {
    JavaFileObject product = product("@Schema", "@SchemaField(name = \"id\") double price");
    assertOnlyError(compile(product), "DOVETAIL-FIELD_NAME_DUPLICATE", product, lineOf(product, "double price"));
  }

  @Test
  void duplicateFieldNameInAClassIsAnErrorOnTheSecondField() {
    JavaFileObject contact = Sources.source("Contact",
        "/** A CRM contact. */",
        "@Schema",
        "public class Contact {",
        "  /** Contact key. */",
        "  @SchemaField(primary = true)",
        "  public String contactId;",
        "  /** Old key. */",
        "  public String contact_id;",
        "}");
    assertOnlyError(compile(contact), "DOVETAIL-FIELD_NAME_DUPLICATE", contact, lineOf(contact, "public String contact_id"));
  }

  @Test
  void urlFormatOnANonStringIsAnErrorOnTheAnnotation() {
    JavaFileObject product = product("@Schema", "@SchemaField(format = SchemaField.Format.URL) long price");
    Compilation compilation = compile(product);
    assertOnlyError(compilation, "DOVETAIL-FIELD_FORMAT_NOT_STRING", product, lineOf(product, "long price"));
    assertThat(compilation).hadErrorContaining("field 'price' has format URL but type long");
  }

  @Test
  void urlFormatOnAListOfStringsIsAnError() {
    JavaFileObject product = product("@Schema", "@SchemaField(format = SchemaField.Format.URL) List<String> price");
    assertOnlyError(compile(product), "DOVETAIL-FIELD_FORMAT_NOT_STRING", product, lineOf(product, "List<String> price"));
  }

  @Test
  void urlFormatOnAStringCompiles() {
    assertValid(compile(product("@Schema", "@SchemaField(format = SchemaField.Format.URL) String price")));
  }

  @Test
  void schemaWithoutFieldsIsAnErrorOnTheAnnotation() {
    JavaFileObject empty = Sources.source("Empty",
        "/** Nothing. */",
        "@Schema",
        "public record Empty() {}");
    Compilation compilation = compile(empty);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NO_FIELDS", empty, lineOf(empty, "@Schema"));
    assertThat(compilation).hadErrorContaining("Empty has no fields");
  }

  @Test
  void schemaWhoseFieldsAreAllIgnoredHasNoFields() {
    JavaFileObject contact = Sources.source("Contact",
        "/** A CRM contact. */",
        "@Schema",
        "public class Contact {",
        "  public static final String KIND = \"contact\";",
        "  public transient String cache;",
        "  @SchemaIgnore public String local;",
        "}");
    assertOnlyError(compile(contact), "DOVETAIL-SCHEMA_NO_FIELDS", contact, lineOf(contact, "@Schema"));
  }

  @Test
  void customTypeWithoutFieldsIsAnErrorOnTheCustomType() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param marker a marker",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Marker marker) {",
        "  /** Marks nothing. */",
        "  public record Marker() {}",
        "}");
    assertOnlyError(compile(asset), "DOVETAIL-SCHEMA_NO_FIELDS", asset, lineOf(asset, "public record Marker"));
  }

  // --- Plain classes: construction and accessors --------------------------------------------------------------------

  private static JavaFileObject contact(String classDeclaration, String... body) {
    String[] head = {
      "/** A CRM contact. */",
      "@Schema",
      classDeclaration,
      "  /** Contact key. */",
      "  @SchemaField(primary = true)",
      "  public String id;"
    };
    String[] all = new String[head.length + body.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    all[all.length - 1] = "}";
    return Sources.source("Contact", all);
  }

  @Test
  void classWithFieldsAndAccessorsCompiles() {
    assertValid(compile(contact("public class Contact {",
        "  /** E-mail address. */",
        "  private String email;",
        "  /** Opted in. */",
        "  private boolean active;",
        "  public String getEmail() { return email; }",
        "  public void setEmail(String email) { this.email = email; }",
        "  public boolean isActive() { return active; }",
        "  public void setActive(boolean active) { this.active = active; }")));
  }

  @Test
  void classWithoutNoArgConstructorIsAnErrorOnTheClass() {
    JavaFileObject contact = contact("public class Contact {",
        "  public Contact(String id) { this.id = id; }");
    Compilation compilation = compile(contact);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NOT_CONSTRUCTIBLE", contact, lineOf(contact, "public class Contact"));
    assertThat(compilation).hadErrorContaining("it has no non-private no-argument constructor");
  }

  @Test
  void classWithPrivateNoArgConstructorIsAnError() {
    JavaFileObject contact = contact("public class Contact {",
        "  private Contact() {}");
    assertOnlyError(compile(contact), "DOVETAIL-SCHEMA_NOT_CONSTRUCTIBLE", contact, lineOf(contact, "public class Contact"));
  }

  @Test
  void abstractClassIsAnErrorOnTheClass() {
    JavaFileObject contact = contact("public abstract class Contact {");
    Compilation compilation = compile(contact);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NOT_CONSTRUCTIBLE", contact, lineOf(contact, "public abstract class"));
    assertThat(compilation).hadErrorContaining("it is abstract");
  }

  @ParameterizedTest
  @ValueSource(strings = {"public class Contact { // it is an inner (non-static) class",
      "private static class Contact { // it is private"})
  void nestedClassTheCodecCannotReachIsAnErrorOnTheClass(String declaration) {
    JavaFileObject crm = Sources.source("Crm",
        "public class Crm {",
        "  /** A CRM contact. */",
        "  @Schema",
        "  " + declaration,
        "    /** Contact key. */",
        "    @SchemaField(primary = true)",
        "    public String id;",
        "  }",
        "}");
    Compilation compilation = compile(crm);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NOT_CONSTRUCTIBLE", crm, lineOf(crm, "class Contact"));
    assertThat(compilation).hadErrorContaining(declaration.substring(declaration.indexOf("//") + 3));
  }

  @Test
  void privateFieldWithoutGetterIsNotReadable() {
    JavaFileObject contact = contact("public class Contact {",
        "  /** E-mail address. */",
        "  private String email;",
        "  public void setEmail(String email) { this.email = email; }");
    Compilation compilation = compile(contact);
    assertOnlyError(compilation, "DOVETAIL-FIELD_NOT_READABLE", contact, lineOf(contact, "private String email"));
    assertThat(compilation).hadErrorContaining("make it public or add a public getter getEmail()");
  }

  @Test
  void getterOfTheWrongTypeDoesNotCount() {
    JavaFileObject contact = contact("public class Contact {",
        "  /** E-mail address. */",
        "  private String email;",
        "  public Object getEmail() { return email; }",
        "  public void setEmail(String email) { this.email = email; }");
    assertOnlyError(compile(contact), "DOVETAIL-FIELD_NOT_READABLE", contact, lineOf(contact, "private String email"));
  }

  @Test
  void privateFieldWithoutSetterIsNotWritable() {
    JavaFileObject contact = contact("public class Contact {",
        "  /** E-mail address. */",
        "  private String email;",
        "  public String getEmail() { return email; }");
    Compilation compilation = compile(contact);
    assertOnlyError(compilation, "DOVETAIL-FIELD_NOT_WRITABLE", contact, lineOf(contact, "private String email"));
    assertThat(compilation).hadErrorContaining("add a public setter setEmail(java.lang.String)");
  }

  @Test
  void finalPublicFieldIsNotWritable() {
    JavaFileObject contact = contact("public class Contact {",
        "  /** E-mail address. */",
        "  public final String email = \"\";");
    assertOnlyError(compile(contact), "DOVETAIL-FIELD_NOT_WRITABLE", contact, lineOf(contact, "public final String email"));
  }

  @Test
  void privateFieldWithoutAnyAccessorIsNeitherReadableNorWritable() {
    JavaFileObject contact = contact("public class Contact {",
        "  /** E-mail address. */",
        "  private String email;");
    Compilation compilation = compile(contact);
    long line = lineOf(contact, "private String email");
    assertError(compilation, "DOVETAIL-FIELD_NOT_READABLE", contact, line);
    assertError(compilation, "DOVETAIL-FIELD_NOT_WRITABLE", contact, line);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void inheritedFieldsAreAnErrorOnTheSchemaClass() {
    JavaFileObject base = Sources.source("Base",
        "public class Base {",
        "  /** Audit stamp. */",
        "  public long updatedAt;",
        "}");
    JavaFileObject contact = Sources.source("Contact",
        "/** A contact. */",
        "@Schema",
        "public class Contact extends Base {",
        "  /** Contact key. */",
        "  @SchemaField(primary = true)",
        "  public String id;",
        "}");
    Compilation compilation = compile(base, contact);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_INHERITED_FIELDS", contact, lineOf(contact, "public class Contact"));
    assertThat(compilation).hadErrorContaining("Contact extends Base, which declares fields");
  }

  @Test
  void superclassWithoutFieldsIsFine() {
    JavaFileObject base = Sources.source("Base", "public abstract class Base { public String describe() { return \"x\"; } }");
    JavaFileObject contact = Sources.source("Contact",
        "/** A contact. */",
        "@Schema",
        "public class Contact extends Base {",
        "  /** Contact key. */",
        "  @SchemaField(primary = true)",
        "  public String id;",
        "}");
    assertValid(compile(base, contact));
  }

  @Test
  void twoCustomTypesWhoseCodecNamesCollideAreAnError() {
    JavaFileObject flat = Sources.source("Asset_Folder",
        "/**",
        " * A flat folder.",
        " *",
        " * @param path folder path",
        " */",
        "public record Asset_Folder(String path) {}");
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param folder where it is filed",
        " * @param archive where it is archived",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Folder folder, Asset_Folder archive) {",
        "  /**",
        "   * A folder.",
        "   *",
        "   * @param key folder key",
        "   */",
        "  public record Folder(String key) {}",
        "}");
    Compilation compilation = compile(flat, asset);
    assertOnlyError(compilation, "DOVETAIL-GENERATED_NAME_CLASH", flat, lineOf(flat, "public record Asset_Folder"));
    assertThat(compilation).hadErrorContaining("Dovetail generates com.acme.Asset_FolderCodec for Asset_Folder");
  }
}
