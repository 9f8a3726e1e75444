package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
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
 * How Java field types map to OCP types (spec §3.6, §3.8, J1–J6): unsupported types, arrays of arrays, and the
 * custom-type rules (recursion, name clashes, scalar names). Errors sit on the line of the offending component or
 * field.
 */
class FieldTypeRulesTest {

  /** {@code @Schema record Holder(String id primary, <type> value)} with a nested {@code Part} record. */
  private static JavaFileObject holder(String type) {
    return Sources.source("Holder",
        "/**",
        " * Holds a value.",
        " *",
        " * @param id key",
        " * @param value the value",
        " */",
        "@Schema",
        "public record Holder(",
        "    @SchemaField(primary = true) String id,",
        "    " + type + " value) {",
        "  /**",
        "   * A part.",
        "   *",
        "   * @param sku part number",
        "   */",
        "  public record Part(String sku) {}",
        "  /** Kinds. */",
        "  public enum Kind { A, B }",
        "}");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "String", "boolean", "Boolean", "byte", "Byte", "short", "Short", "int", "Integer", "long", "Long", "float",
      "Float", "double", "Double", "BigDecimal", "Kind", "Part",
      "List<String>", "Set<Long>", "long[]", "String[]", "List<Part>", "Part[]", "Set<Kind>", "List<BigDecimal>"})
  void supportedTypesCompile(String type) {
    assertValid(compile(holder(type)));
  }

  // --- J5 ---------------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "Object", "Map<String, Object>", "List", "List<?>", "List<? extends Number>", "Thread", "char", "Character",
      "java.util.Optional<String>", "java.util.Collection<String>", "java.util.UUID", "Runnable",
      "char[]", "List<Object>", "Number", "java.util.Date"})
  void unsupportedTypeIsAnErrorOnTheComponentNamingTheSupportedTypes(String type) {
    JavaFileObject holder = holder(type);
    Compilation compilation = compile(holder);
    assertOnlyError(compilation, "DOVETAIL-FIELD_UNSUPPORTED_TYPE", holder, lineOf(holder, type + " value"));
    assertThat(compilation).hadErrorContaining("field 'value' has type");
    assertThat(compilation).hadErrorContaining("which has no OCP type; supported: String, boolean/Boolean");
  }

  /** Times are synapse types (datetime, date); an OCP schema cannot hold them. */
  @ParameterizedTest
  @ValueSource(strings = {"Instant", "java.time.LocalDate", "List<Instant>"})
  void timeTypeInAnOcpSchemaIsAnErrorOnTheComponent(String type) {
    JavaFileObject holder = holder(type);
    Compilation compilation = compile(holder);
    assertOnlyError(compilation, "DOVETAIL-FIELD_NO_OCP_TYPE", holder, lineOf(holder, type + " value"));
    assertThat(compilation).hadErrorContaining("which OCP schemas cannot hold (there is no OCP time type)");
  }

  /** The one field is reported; the type is not also said to have no fields. */
  @Test
  void schemaWhoseOnlyFieldIsUnsupportedGetsOneError() {
    JavaFileObject holder = Sources.source("Holder",
        "/**",
        " * Holds a value.",
        " *",
        " * @param id key",
        " */",
        "@Schema",
        "public record Holder(",
        "    @SchemaField(primary = true) Object id) {}");
    assertOnlyError(compile(holder), "DOVETAIL-FIELD_UNSUPPORTED_TYPE", holder, lineOf(holder, "Object id"));
  }

  @Test
  void unsupportedTypeNamesTheJavaType() {
    Compilation compilation = compile(holder("Map<String, Object>"));
    assertThat(compilation).hadErrorContaining("has type java.util.Map<java.lang.String,java.lang.Object>");
  }

  @Test
  void unsupportedClassFieldIsAnErrorOnTheField() {
    JavaFileObject contact = Sources.source("Contact",
        "/** A CRM contact. */",
        "@Schema",
        "public class Contact {",
        "  /** Contact key. */",
        "  @SchemaField(primary = true)",
        "  public String id;",
        "  /** Extra attributes. */",
        "  public Map<String, Object> attributes;",
        "}");
    assertOnlyError(compile(contact), "DOVETAIL-FIELD_UNSUPPORTED_TYPE", contact,
        lineOf(contact, "public Map<String, Object> attributes"));
  }

  @Test
  void unsupportedTypeInsideACustomTypeIsAnErrorThere() {
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
        "   * @param owner who owns it",
        "   */",
        "  public record Folder(",
        "      Thread owner) {}",
        "}");
    assertOnlyError(compile(asset), "DOVETAIL-FIELD_UNSUPPORTED_TYPE", asset, lineOf(asset, "Thread owner"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"List<List<String>>", "int[][]", "Set<long[]>", "List<String>[]", "List<Set<Long>>"})
  void arrayOfArraysIsAnErrorOnTheComponent(String type) {
    JavaFileObject holder = holder(type);
    Compilation compilation = compile(holder);
    assertOnlyError(compilation, "DOVETAIL-FIELD_NESTED_ARRAY", holder, lineOf(holder, type + " value"));
    assertThat(compilation).hadErrorContaining("OCP has no arrays of arrays");
  }

  // --- J6: recursive custom types -------------------------------------------------------------------------------

  @Test
  void schemaContainingItselfIsAnErrorOnTheField() {
    JavaFileObject node = Sources.source("Node",
        "/**",
        " * A tree node.",
        " *",
        " * @param id key",
        " * @param parent the parent node",
        " */",
        "@Schema",
        "public record Node(",
        "    @SchemaField(primary = true) String id,",
        "    Node parent) {}");
    Compilation compilation = compile(node);
    assertOnlyError(compilation, "DOVETAIL-CUSTOM_TYPE_RECURSIVE", node, lineOf(node, "Node parent"));
    assertThat(compilation).hadErrorContaining("field 'parent' makes custom type Node contain itself (Node → Node)");
  }

  @Test
  void customTypeContainingItselfThroughAListIsAnError() {
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
        "   * @param path where",
        "   * @param children sub-folders",
        "   */",
        "  public record Folder(String path,",
        "      List<Folder> children) {}",
        "}");
    Compilation compilation = compile(asset);
    assertOnlyError(compilation, "DOVETAIL-CUSTOM_TYPE_RECURSIVE", asset, lineOf(asset, "List<Folder> children"));
    assertThat(compilation).hadErrorContaining("(Asset → Folder → Folder)");
  }

  @Test
  void customTypesContainingEachOtherAreAnErrorOnTheFieldClosingTheCycle() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param folder where it is filed",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Folder folder) {}");
    JavaFileObject folder = Sources.source("Folder",
        "/**",
        " * A folder.",
        " *",
        " * @param path where",
        " * @param owner who owns it",
        " */",
        "public record Folder(String path, Owner owner) {}");
    JavaFileObject owner = Sources.source("Owner",
        "/**",
        " * An owner.",
        " *",
        " * @param name who",
        " * @param home the owner's home folder",
        " */",
        "public record Owner(String name,",
        "    Folder home) {}");
    Compilation compilation = compile(asset, folder, owner);
    assertOnlyError(compilation, "DOVETAIL-CUSTOM_TYPE_RECURSIVE", owner, lineOf(owner, "Folder home"));
    assertThat(compilation).hadErrorContaining("(Asset → Folder → Owner → Folder)");
  }

  @Test
  void schemaReachedAgainThroughACustomTypeIsAnError() {
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
        "   * @param cover the cover asset",
        "   */",
        "  public record Folder(",
        "      Asset cover) {}",
        "}");
    Compilation compilation = compile(asset);
    assertOnlyError(compilation, "DOVETAIL-CUSTOM_TYPE_RECURSIVE", asset, lineOf(asset, "Asset cover"));
    assertThat(compilation).hadErrorContaining("(Asset → Folder → Asset)");
  }

  @Test
  void sameCustomTypeTwiceIsNotACycle() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param folder where it is filed",
        " * @param archive where it is archived",
        " * @param history where it was",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Folder folder, Folder archive,",
        "    List<Folder> history) {",
        "  /**",
        "   * A folder.",
        "   *",
        "   * @param path where",
        "   */",
        "  public record Folder(String path) {}",
        "}");
    assertValid(compile(asset));
  }

  // --- Custom type names (§3.8) ---------------------------------------------------------------------------------

  @Test
  void twoCustomTypesWithTheSameNameInOneSchemaAreAnErrorOnTheSecondField() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param folder where it is filed",
        " * @param archive where it is archived",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id,",
        "    Folder folder,",
        "    Archive archive) {",
        "  /**",
        "   * A folder.",
        "   *",
        "   * @param path where",
        "   */",
        "  public record Folder(String path) {}",
        "}");
    JavaFileObject archive = Sources.source("Archive",
        "/**",
        " * An archive.",
        " *",
        " * @param folder the archive's folder",
        " */",
        "public record Archive(",
        "    Folder folder) {",
        "  /**",
        "   * An archive folder.",
        "   *",
        "   * @param shelf where",
        "   */",
        "  public record Folder(String shelf) {}",
        "}");
    Compilation compilation = compile(asset, archive);
    assertOnlyError(compilation, "DOVETAIL-CUSTOM_TYPE_NAME_CLASH", archive, lineOf(archive, "Folder folder) {"));
    assertThat(compilation).hadErrorContaining(
        "custom type name 'folder' of com.acme.Archive.Folder is already used in schema 'asset' by com.acme.Asset.Folder");
  }

  @Test
  void sameNamedCustomTypesInDifferentSchemasAreFine() {
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
        "   * @param path where",
        "   */",
        "  public record Folder(String path) {}",
        "}");
    JavaFileObject archive = Sources.source("Archive",
        "/**",
        " * An archive.",
        " *",
        " * @param id key",
        " * @param folder the archive's folder",
        " */",
        "@Schema",
        "public record Archive(@SchemaField(primary = true) String id, Folder folder) {",
        "  /**",
        "   * An archive folder.",
        "   *",
        "   * @param shelf where",
        "   */",
        "  public record Folder(String shelf) {}",
        "}");
    assertValid(compile(asset, archive));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Float", "Int", "Long", "Boolean"})
  void customTypeNamedLikeAScalarIsAnErrorOnTheField(String typeName) {
    JavaFileObject price = Sources.source("Price",
        "/**",
        " * A price.",
        " *",
        " * @param id key",
        " * @param amount how much",
        " */",
        "@Schema",
        "public record Price(@SchemaField(primary = true) String id,",
        "    " + typeName + " amount) {",
        "  /**",
        "   * An amount.",
        "   *",
        "   * @param value the value",
        "   */",
        "  public record " + typeName + "(double value) {}",
        "}");
    Compilation compilation = compile(price);
    assertOnlyError(compilation, "DOVETAIL-CUSTOM_TYPE_NAME_RESERVED", price, lineOf(price, typeName + " amount"));
    assertThat(compilation).hadErrorContaining("custom type name '" + typeName.toLowerCase() + "'");
    assertThat(compilation).hadErrorContaining("is an OCP scalar type name");
  }

  @Test
  void customTypeNamedLikeAScalarInsideAListIsAnError() {
    JavaFileObject price = Sources.source("Price",
        "/**",
        " * A price.",
        " *",
        " * @param id key",
        " * @param amounts how much",
        " */",
        "@Schema",
        "public record Price(@SchemaField(primary = true) String id,",
        "    List<Float> amounts) {",
        "  /**",
        "   * An amount.",
        "   *",
        "   * @param value the value",
        "   */",
        "  public record Float(double value) {}",
        "}");
    assertOnlyError(compile(price), "DOVETAIL-CUSTOM_TYPE_NAME_RESERVED", price, lineOf(price, "List<Float> amounts"));
  }

  @Test
  void customTypeNameIsCheckedLikeASchemaName() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param tag a tag",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, T tag) {",
        "  /**",
        "   * A tag.",
        "   *",
        "   * @param label the text",
        "   */",
        "  public record T(String label) {}",
        "}");
    Compilation compilation = compile(asset);
    assertOnlyError(compilation, "DOVETAIL-CUSTOM_TYPE_NAME_FORMAT", asset, lineOf(asset, "public record T("));
    assertThat(compilation).hadErrorContaining("custom type name 't' (derived from T)");
    assertThat(compilation).hadErrorContaining("rename the type");
  }

  @Test
  void genericCustomTypeIsAnErrorOnThatType() {
    JavaFileObject asset = Sources.source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param size a size",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id, Measure<Long> size) {",
        "  /**",
        "   * A measure.",
        "   *",
        "   * @param value the value",
        "   */",
        "  public record Measure<V>(V value) {}",
        "}");
    Compilation compilation = compile(asset);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_GENERIC", asset, lineOf(asset, "public record Measure"));
    assertThat(compilation).hadErrorContaining("Measure is generic");
  }

  @Test
  void abstractClassFieldTypeIsUnsupported() {
    JavaFileObject holder = holder("Shape");
    JavaFileObject shape = Sources.source("Shape", "public abstract class Shape { public String name; }");
    Compilation compilation = compile(holder, shape);
    assertOnlyError(compilation, "DOVETAIL-FIELD_UNSUPPORTED_TYPE", holder, lineOf(holder, "Shape value"));
    assertThat(compilation.errors()).hasSize(1);
  }
}
