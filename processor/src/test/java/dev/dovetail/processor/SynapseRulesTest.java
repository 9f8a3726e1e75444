package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.Failures.assertError;
import static dev.dovetail.processor.Failures.assertNoCrash;
import static dev.dovetail.processor.Failures.assertOnlyError;
import static dev.dovetail.processor.Failures.assertValid;
import static dev.dovetail.processor.Failures.describe;
import static dev.dovetail.processor.Failures.errorsWith;
import static dev.dovetail.processor.Failures.handlerMethods;
import static dev.dovetail.processor.Failures.lineOf;
import static dev.dovetail.processor.Sources.APP;
import static dev.dovetail.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules on {@code @Synapse} classes, their operation methods and their entities (syncari-synapse.md §3, §5, §9,
 * J2–J7): each broken rule is one error on the element at fault — the class, the {@code @Synapse} annotation or one
 * of its values, the operation method or its annotation, the entity's component — naming the rule and the fix.
 */
class SynapseRulesTest {
  /** The longest valid name (62 characters) and one character more. */
  private static final String NAME_62 = "cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  private static final String NAME_63 = "cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

  /** A source {@code com.acme.<name>} with the annotation, runtime and synapse imports; body from line 13. */
  static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>(List.of(
        "package com.acme;",
        "import dev.dovetail.annotations.*;",
        "import dev.dovetail.runtime.*;",
        "import dev.dovetail.runtime.synapse.*;",
        "import java.math.BigDecimal;",
        "import java.time.Instant;",
        "import java.time.LocalDate;",
        "import java.util.List;",
        "",
        "",
        "",
        ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.acme." + name, all);
  }

  /** An entity with a String id and an {@code Instant} watermark. */
  static final JavaFileObject DEAL = source("Deal",
      "/**",
      " * A sales deal.",
      " *",
      " * @param id deal id",
      " * @param title what is sold",
      " * @param updatedAt last change",
      " */",
      "@Schema",
      "public record Deal(@SchemaField(primary = true) String id, String title,",
      "    @Attribute(watermark = true) Instant updatedAt) {}");

  /** An entity with a long id and an epoch-millisecond watermark. */
  static final JavaFileObject PERSON = source("Person",
      "/**",
      " * A contact person.",
      " *",
      " * @param id person id",
      " * @param name full name",
      " * @param modified last change, epoch milliseconds",
      " */",
      "@Schema",
      "public record Person(@SchemaField(primary = true) long id, String name,",
      "    @Attribute(watermark = true) long modified) {}");

  static final String READ_DEALS =
      "  @Read(Deal.class) public ReadPage<Deal> readDeals(ReadRequest request) { return ReadPage.last(List.of()); }";
  static final String GET_DEALS =
      "  @GetById(Deal.class) public List<Deal> dealsById(IdRequest request) { return List.of(); }";
  static final String CREATE_DEALS =
      "  @Create(Deal.class) public List<WriteResult> createDeals(WriteRequest<Deal> request) { return List.of(); }";
  static final String UPDATE_DEALS =
      "  @Update(Deal.class) public List<WriteResult> updateDeals(WriteRequest<Deal> request) { return List.of(); }";
  static final String DELETE_DEALS =
      "  @Delete(Deal.class) public List<WriteResult> deleteDeals(IdRequest request) { return List.of(); }";
  static final String TEST_CONNECTION =
      "  @TestConnection public Connection check(Connection connection) { return connection; }";

  /** A described class {@code com.acme.Crm} with {@code annotation} and {@code members}. */
  static JavaFileObject crm(String annotation, String... members) {
    List<String> lines = new ArrayList<>(List.of(
        "/** Syncs deals with Acme CRM. */",
        annotation,
        "public class Crm {"));
    lines.addAll(List.of(members));
    lines.add("}");
    return source("Crm", lines.toArray(new String[0]));
  }

  /** An entity {@code com.acme.<name>} described in Javadoc: {@code @Schema(schemaArgs) record <name>(components)}. */
  static JavaFileObject entity(String name, String schemaAnnotation, String... components) {
    List<String> lines = new ArrayList<>(List.of("/**", " * An entity.", " *"));
    for (String component : components) {
      String[] words = component.trim().split("\\s+");
      String javaName = words[words.length - 1].replace(",", "").replace(")", "");
      lines.add(" * @param " + javaName + " the " + javaName);
    }
    lines.add(" */");
    lines.add(schemaAnnotation);
    lines.add("public record " + name + "(");
    for (int i = 0; i < components.length; i++) {
      lines.add("    " + components[i] + (i == components.length - 1 ? ") {}" : ","));
    }
    return source(name, lines.toArray(new String[0]));
  }

  // --- Valid synapses ---------------------------------------------------------------------------------------------

  @Test
  void synapseWithEveryOperationCompiles() {
    Compilation compilation = compile(DEAL, PERSON, crm("@Synapse(authTypes = AuthType.API_KEY)",
        TEST_CONNECTION, READ_DEALS, GET_DEALS, CREATE_DEALS, UPDATE_DEALS, DELETE_DEALS,
        "  @Read(Person.class) public ReadPage<Person> readPersons(ReadRequest request) { return ReadPage.last(List.of()); }"));
    assertValid(compilation);
    assertThat(compilation).generatedSourceFile("com.acme.CrmDispatcher");
    assertThat(compilation).generatedSourceFile("com.acme.DealCodec");
    assertThat(GeneratedFiles.of(compilation)).containsKey("META-INF/dovetail/synapses/crm.json");
    // Pure synapse entities are no OCP schemas: no schema file, even though Deal holds an Instant.
    assertThat(GeneratedFiles.of(compilation)).doesNotContainKey("destinations/schema/deal.yml");
  }

  @Test
  void testConnectionReturningVoidCompiles() {
    Compilation compilation = compile(DEAL, crm("@Synapse",
        "  @TestConnection void check(Connection connection) throws Exception {}", READ_DEALS));
    assertValid(compilation);
    assertThat(GeneratedFiles.of(compilation).get("java/com/acme/CrmDispatcher.java"))
        .contains("new Crm().check(connection);");
  }

  @ParameterizedTest
  @ValueSource(strings = {"List<EntitySchema> describe()", "List<EntitySchema> describe(Connection connection)",
      "public List<EntitySchema> describe(Connection c) throws java.io.IOException"})
  void describeMethodCompilesAndIsCalledByTheDispatcher(String signature) {
    Compilation compilation = compile(DEAL, crm("@Synapse", READ_DEALS, "  @Describe " + signature + " { return List.of(); }"));
    assertValid(compilation);
    String call = signature.contains("Connection") ? "new Crm().describe(connection)" : "new Crm().describe()";
    assertThat(GeneratedFiles.of(compilation).get("java/com/acme/CrmDispatcher.java")).contains("return " + call + ";");
    assertThat(GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json"))
        .contains("\"describeMethod\" : \"describe()\"");
  }

  @Test
  void writeOnlyEntityNeedsNoWatermark() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id", "String text");
    Compilation compilation = compile(note, crm("@Synapse",
        "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> request) { return List.of(); }",
        "  @Update(Note.class) public List<WriteResult> update(WriteRequest<Note> request) { return List.of(); }",
        "  @Delete(Note.class) public List<WriteResult> delete(IdRequest request) { return List.of(); }",
        "  @GetById(Note.class) public List<Note> get(IdRequest request) { return List.of(); }"));
    assertValid(compilation);
    String descriptor = GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json");
    assertThat(descriptor).contains("\"kind\" : \"sink\"");
    assertThat(descriptor).doesNotContain("\"isWatermarkField\" : true");
  }

  @Test
  void longEpochMillisWatermarkIsATimestamp() {
    Compilation compilation = compile(PERSON, crm("@Synapse",
        "  @Read(Person.class) public ReadPage<Person> read(ReadRequest request) { return ReadPage.last(List.of()); }"));
    assertValid(compilation);
    String descriptor = GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json");
    int modified = descriptor.indexOf("\"apiName\" : \"modified\"");
    assertThat(modified).isGreaterThan(0);
    String attribute = descriptor.substring(modified, descriptor.indexOf('}', modified));
    assertThat(attribute).contains("\"dataType\" : \"timestamp\"");
    assertThat(attribute).contains("\"isWatermarkField\" : true");
    assertThat(GeneratedFiles.of(compilation).get("java/com/acme/CrmDispatcher.java"))
        .contains("Instant.ofEpochMilli(record.modified())");
  }

  @Test
  void boxedLongWatermarkCompiles() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(watermark = true) Long changed");
    assertValid(compile(note, crm("@Synapse",
        "  @Read(Note.class) public ReadPage<Note> read(ReadRequest request) { return ReadPage.last(List.of()); }")));
  }

  @Test
  void staticNestedSynapseWithPackagePrivateAndProtectedMethodsCompiles() {
    JavaFileObject outer = source("Outer",
        "public class Outer {",
        "  /** Syncs deals. */",
        "  @Synapse(name = \"nested_crm\")",
        "  public static class Crm {",
        "    @Read(Deal.class) ReadPage<Deal> read(ReadRequest request) { return ReadPage.last(List.of()); }",
        "    @Create(Deal.class) protected List<WriteResult> create(WriteRequest<Deal> request) { return List.of(); }",
        "  }",
        "}");
    Compilation compilation = compile(DEAL, outer);
    assertValid(compilation);
    assertThat(compilation).generatedSourceFile("com.acme.Outer_CrmDispatcher");
  }

  @Test
  void checkedAndUncheckedExceptionsAreAllowed() {
    assertValid(compile(DEAL, crm("@Synapse",
        "  @TestConnection public Connection check(Connection c) throws java.io.IOException, InterruptedException { return c; }",
        "  @Read(Deal.class) public ReadPage<Deal> read(ReadRequest request) throws Exception { return null; }",
        "  @Create(Deal.class) public List<WriteResult> create(WriteRequest<Deal> r) throws IllegalStateException { return null; }")));
  }

  @Test
  void sameEntityInTwoSynapsesCompiles() {
    JavaFileObject other = source("Other",
        "/** Reads deals elsewhere. */",
        "@Synapse",
        "public class Other {",
        "  @Read(Deal.class) public ReadPage<Deal> read(ReadRequest request) { return ReadPage.last(List.of()); }",
        "}");
    Compilation compilation = compile(DEAL, other, crm("@Synapse", READ_DEALS));
    assertValid(compilation);
    assertThat(GeneratedFiles.of(compilation).get("META-INF/services/dev.dovetail.runtime.synapse.SynapseDispatcher"))
        .contains("com.acme.CrmDispatcher\ncom.acme.OtherDispatcher\n");
  }

  @Test
  void entitiesOfTwoSynapsesMayShareANameWithoutBeingOneType() {
    JavaFileObject oldDeal = entity("OldDeal", "@Schema(name = \"deal\")", "@SchemaField(primary = true) String id",
        "@Attribute(watermark = true) Instant changed");
    JavaFileObject legacy = source("Legacy",
        "/** Reads old deals. */",
        "@Synapse",
        "public class Legacy {",
        "  @Read(OldDeal.class) public ReadPage<OldDeal> read(ReadRequest request) { return ReadPage.last(List.of()); }",
        "}");
    assertValid(compile(DEAL, oldDeal, legacy, crm("@Synapse", READ_DEALS)));
  }

  // --- The class (SYNAPSE_NOT_INSTANTIABLE) -----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"public interface Crm {|an interface", "public enum Crm { ONE;|an enum",
      "public record Crm() {|a record"})
  void synapseOnSomethingOtherThanAClassIsAnErrorOnTheType(String declarationAndKind) {
    String[] parts = declarationAndKind.split("\\|");
    String modifier = parts[0].contains("interface") ? "default " : "public ";
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse",
        parts[0],
        "  @Read(Deal.class) " + modifier + "ReadPage<Deal> read(ReadRequest request) { return ReadPage.last(List.of()); }",
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NOT_INSTANTIABLE", crm, lineOf(crm, parts[0]));
    assertThat(compilation).hadErrorContaining("synapse class Crm is " + parts[1] + ", not a class");
  }

  @Test
  void nonPublicClassIsAnErrorOnTheClass() {
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse",
        "class Crm {",
        "  public Crm() {}",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NOT_INSTANTIABLE", crm, lineOf(crm, "class Crm {"));
    assertThat(compilation).hadErrorContaining("synapse class Crm is not public");
  }

  @Test
  void abstractClassIsAnErrorOnTheClass() {
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse",
        "public abstract class Crm {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NOT_INSTANTIABLE", crm, lineOf(crm, "public abstract class Crm"));
    assertThat(compilation).hadErrorContaining("synapse class Crm is abstract");
    assertThat(compilation).hadErrorContaining("make it a public, concrete, top-level or static class");
  }

  @Test
  void innerClassIsAnErrorOnTheClass() {
    JavaFileObject outer = source("Outer",
        "public class Outer {",
        "  /** Syncs deals. */",
        "  @Synapse",
        "  public class Crm {",
        "  " + READ_DEALS,
        "  }",
        "}");
    Compilation compilation = compile(DEAL, outer);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NOT_INSTANTIABLE", outer, lineOf(outer, "public class Crm {"));
    assertThat(compilation).hadErrorContaining("synapse class Crm is an inner (non-static) class");
  }

  @ParameterizedTest
  @ValueSource(strings = {"public Crm(String key) {}", "private Crm() {}", "Crm() {}", "protected Crm() {}"})
  void classWithoutPublicNoArgConstructorIsAnErrorOnTheClass(String constructor) {
    JavaFileObject crm = crm("@Synapse", "  " + constructor, READ_DEALS);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NOT_INSTANTIABLE", crm, lineOf(crm, "public class Crm {"));
    assertThat(compilation).hadErrorContaining("synapse class Crm has no public no-argument constructor");
  }

  // --- @Synapse values ----------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"CrmSynapse", "c", NAME_63, "bad-name", "_crm", "1crm", "crm synapse", ""})
  void badSynapseNameIsAnErrorOnTheName(String name) {
    JavaFileObject crm = crm("@Synapse(name = \"" + name + "\")", READ_DEALS);
    Compilation compilation = compile(DEAL, crm);
    if (name.isEmpty()) {
      // An empty name means "derive it": crm.
      assertValid(compilation);
      return;
    }
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NAME_FORMAT", crm, lineOf(crm, "@Synapse("));
    assertThat(compilation).hadErrorContaining("synapse name '" + name + "'");
    assertThat(compilation).hadErrorContaining("set @Synapse(name = \"...\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cr", NAME_62, "acme_crm", "crm2"})
  void goodSynapseNamesCompile(String name) {
    assertValid(compile(DEAL, crm("@Synapse(name = \"" + name + "\")", READ_DEALS)));
  }

  @Test
  void derivedSynapseNameIsCheckedToo() {
    JavaFileObject x = source("X",
        "/** Syncs deals. */",
        "@Synapse",
        "public class X {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, x);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NAME_FORMAT", x, lineOf(x, "@Synapse"));
    assertThat(compilation).hadErrorContaining("synapse name 'x'");
  }

  @Test
  void duplicateSynapseNameIsAnErrorOnTheSecondAnnotation() {
    JavaFileObject other = source("Other",
        "/** Reads deals elsewhere. */",
        "@Synapse(name = \"crm\")",
        "public class Other {",
        "  @Read(Deal.class) public ReadPage<Deal> read(ReadRequest request) { return ReadPage.last(List.of()); }",
        "}");
    Compilation compilation = compile(DEAL, other, crm("@Synapse", READ_DEALS));
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NAME_DUPLICATE", other, lineOf(other, "@Synapse("));
    assertThat(compilation).hadErrorContaining("synapse name 'crm' is already used by com.acme.Crm");
  }

  @Test
  void synapseWithoutDescriptionIsAnErrorOnTheAnnotation() {
    JavaFileObject crm = source("Crm",
        "@Synapse(category = \"crm\")",
        "public class Crm {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_DESCRIPTION_MISSING", crm, lineOf(crm, "@Synapse("));
    assertThat(compilation).hadErrorContaining("synapse Crm has no description");
    assertThat(compilation).hadErrorContaining("set @Synapse(description = \"...\") or add a Javadoc comment");
  }

  @Test
  void blankDescriptionWithoutJavadocIsAnError() {
    JavaFileObject crm = source("Crm",
        "@Synapse(description = \" \")",
        "public class Crm {",
        READ_DEALS,
        "}");
    assertOnlyError(compile(DEAL, crm), "DOVETAIL-SYNAPSE_DESCRIPTION_MISSING", crm, lineOf(crm, "@Synapse("));
  }

  @Test
  void descriptionFromTheAnnotationNeedsNoJavadoc() {
    JavaFileObject crm = source("Crm",
        "@Synapse(description = \"Syncs deals.\")",
        "public class Crm {",
        READ_DEALS,
        "}");
    assertValid(compile(DEAL, crm));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", TEST_CONNECTION, "  public ReadPage<Person> readPersons(ReadRequest request) { return null; }",
      "  @Describe public List<EntitySchema> describe() { return List.of(); }"})
  void synapseWithoutOperationsIsAnErrorOnTheClass(String member) {
    // Person (no time fields) is an OCP schema here, as no synapse operation names it.
    JavaFileObject crm = crm("@Synapse", member);
    Compilation compilation = compile(PERSON, crm);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NO_OPERATIONS", crm, lineOf(crm, "public class Crm {"));
    assertThat(compilation).hadErrorContaining("synapse Crm has no operation");
    assertThat(compilation).hadErrorContaining("annotate methods with @Read (a source), or @Create, @Update, @Delete (a sink)");
  }

  @Test
  void emptyAuthTypesIsAnErrorOnTheValue() {
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse(category = \"crm\",",
        "    authTypes = {})",
        "public class Crm {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_NO_AUTH_TYPE", crm, lineOf(crm, "authTypes = {})"));
    assertThat(compilation).hadErrorContaining("synapse Crm lists no auth type; use authTypes = AuthType.NONE");
  }

  @Test
  void severalAuthTypesCompile() {
    Compilation compilation = compile(DEAL, crm("@Synapse(authTypes = {AuthType.NONE, AuthType.OAUTH})", READ_DEALS));
    assertValid(compilation);
    String descriptor = GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json");
    assertThat(descriptor).contains("\"authType\" : \"None\"");
    assertThat(descriptor).contains("\"authType\" : \"Oauth\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"apiMaxCrudSize = 0|between 1 and 1000, not 0", "apiMaxCrudSize = 1001|between 1 and 1000, not 1001",
      "pageSize = 0|between 1 and 10000, not 0", "pageSize = -5|between 1 and 10000, not -5",
      "readSkewSeconds = -1|between 0 and 86400, not -1", "readSkewSeconds = 86401|between 0 and 86400, not 86401"})
  void settingOutOfRangeIsAnErrorOnTheValue(String settingAndRange) {
    String[] parts = settingAndRange.split("\\|");
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse(category = \"crm\",",
        "    " + parts[0] + ")",
        "public class Crm {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-SYNAPSE_SETTING_RANGE", crm, lineOf(crm, parts[0]));
    String member = parts[0].substring(0, parts[0].indexOf(' '));
    assertThat(compilation).hadErrorContaining(member + " must be " + parts[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"apiMaxCrudSize = 1", "apiMaxCrudSize = 1000", "pageSize = 1", "pageSize = 10000",
      "readSkewSeconds = 0", "readSkewSeconds = 86400"})
  void settingsAtTheirBoundsCompile(String setting) {
    assertValid(compile(DEAL, crm("@Synapse(" + setting + ")", READ_DEALS)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void blankConnectionFieldNameIsAnErrorOnTheField(String name) {
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse(connectionFields = {",
        "    @ConnectionField(name = \"endpoint\"),",
        "    @ConnectionField(name = \"" + name + "\", label = \"Nameless\")})",
        "public class Crm {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-CONNECTION_FIELD_INVALID", crm, lineOf(crm, "label = \"Nameless\""));
    assertThat(compilation).hadErrorContaining("connection field has a blank name");
    assertThat(compilation).hadErrorContaining("give every @ConnectionField a unique, non-blank name");
  }

  @Test
  void duplicateConnectionFieldIsAnErrorOnTheSecond() {
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse(connectionFields = {",
        "    @ConnectionField(name = \"endpoint\"),",
        "    @ConnectionField(name = \"accessToken\"),",
        "    @ConnectionField(name = \"endpoint\", label = \"Again\")})",
        "public class Crm {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-CONNECTION_FIELD_INVALID", crm, lineOf(crm, "label = \"Again\""));
    assertThat(compilation).hadErrorContaining("connection field 'endpoint' is declared twice");
  }

  @Test
  void connectionFieldNamingAnUndeclaredAuthTypeIsAnErrorOnTheAuthType() {
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse(authTypes = {AuthType.API_KEY, AuthType.OAUTH}, connectionFields = {",
        "    @ConnectionField(name = \"endpoint\"),",
        "    @ConnectionField(name = \"userName\", authTypes = {AuthType.API_KEY,",
        "        AuthType.USER_PWD})})",
        "public class Crm {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-CONNECTION_FIELD_AUTH_TYPE", crm, lineOf(crm, "AuthType.USER_PWD})})"));
    assertThat(compilation).hadErrorContaining("connection field 'userName' names auth type USER_PWD, which synapse Crm does"
        + " not declare (its authTypes are {API_KEY, OAUTH}); add it to @Synapse(authTypes = ...), or remove it from the"
        + " field's authTypes");
  }

  @Test
  void connectionFieldOfTheDefaultAuthTypeMustNameApiKey() {
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse(connectionFields = @ConnectionField(name = \"password\", authTypes = AuthType.USER_PWD))",
        "public class Crm {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-CONNECTION_FIELD_AUTH_TYPE", crm, lineOf(crm, "@Synapse("));
    assertThat(compilation).hadErrorContaining("(its authTypes are {API_KEY})");
  }

  /** The names of the fields asked under each auth type, e.g. {@code ApiKey=[endpoint, token]}. */
  private static Map<String, List<String>> fieldsByAuthType(Compilation compilation) throws Exception {
    com.fasterxml.jackson.databind.JsonNode info = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json")).get("synapseInfo");
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode authType : info.get("supportedAuthTypes")) {
      List<String> names = new ArrayList<>();
      authType.get("fields").forEach(f -> names.add(f.get("name").asText()));
      out.put(authType.get("authType").asText() + (authType.get("fields").isNull() ? "(null)" : ""), names);
    }
    List<String> configured = new ArrayList<>();
    info.get("configuredFields").forEach(f -> configured.add(f.get("name").asText()));
    out.put("configuredFields", configured);
    return out;
  }

  @Test
  void eachAuthTypeListsItsOwnConnectionFieldsAndThoseOfAll() throws Exception {
    Compilation compilation = compile(DEAL, crm("@Synapse(authTypes = {AuthType.API_KEY, AuthType.USER_PWD, AuthType.NONE},"
        + " connectionFields = {@ConnectionField(name = \"endpoint\"),"
        + " @ConnectionField(name = \"userName\", authTypes = AuthType.USER_PWD),"
        + " @ConnectionField(name = \"password\", authTypes = AuthType.USER_PWD),"
        + " @ConnectionField(name = \"token\", authTypes = {AuthType.API_KEY, AuthType.API_KEY}),"
        + " @ConnectionField(name = \"region\", authTypes = {AuthType.USER_PWD, AuthType.API_KEY}),"
        + " @ConnectionField(name = \"workspace\", authTypes = {})})", READ_DEALS));
    assertValid(compilation);
    assertThat(fieldsByAuthType(compilation)).containsExactly(
        "ApiKey", List.of("endpoint", "token", "region", "workspace"),
        "UserPassword", List.of("endpoint", "userName", "password", "region", "workspace"),
        "None", List.of("endpoint", "workspace"),
        "configuredFields", List.of()).inOrder();
  }

  @Test
  void noneAmongOtherAuthTypesHasNoFieldsWhenNoneApplies() throws Exception {
    Compilation compilation = compile(DEAL, crm("@Synapse(authTypes = {AuthType.NONE, AuthType.API_KEY},"
        + " connectionFields = @ConnectionField(name = \"token\", authTypes = AuthType.API_KEY))", READ_DEALS));
    assertValid(compilation);
    assertThat(fieldsByAuthType(compilation)).containsExactly(
        "None(null)", List.of(), "ApiKey", List.of("token"), "configuredFields", List.of()).inOrder();
  }

  @Test
  void fieldsOfASynapseWithoutAuthAreConfiguredFields() throws Exception {
    Compilation compilation = compile(DEAL, crm("@Synapse(authTypes = AuthType.NONE, connectionFields = {"
        + " @ConnectionField(name = \"feedUrl\"), @ConnectionField(name = \"language\", authTypes = AuthType.NONE)})",
        READ_DEALS));
    assertValid(compilation);
    assertThat(fieldsByAuthType(compilation)).containsExactly(
        "None(null)", List.of(), "configuredFields", List.of("feedUrl", "language")).inOrder();
  }

  // --- Operation methods: modifiers, signatures, exceptions (J4, J6) ----------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"private", "static", "private static"})
  void privateOrStaticCreateIsAnErrorOnTheMethod(String modifiers) {
    String method = "  @Create(Deal.class) " + modifiers
        + " List<WriteResult> createDeals(WriteRequest<Deal> request) { return List.of(); }";
    JavaFileObject crm = crm("@Synapse", READ_DEALS, method);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_MODIFIERS", crm, lineOf(crm, method));
    assertThat(compilation).hadErrorContaining("@Create method createDeals() must not be " + modifiers.split(" ")[0]);
    assertThat(compilation).hadErrorContaining("make it a public or package-private instance method");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@Read(Deal.class) private ReadPage<Deal> op(ReadRequest r) { return null; }",
      "@GetById(Deal.class) static List<Deal> op(IdRequest r) { return null; }",
      "@Update(Deal.class) private List<WriteResult> op(WriteRequest<Deal> r) { return null; }",
      "@Delete(Deal.class) static List<WriteResult> op(IdRequest r) { return null; }",
      "@TestConnection private Connection op(Connection c) { return c; }",
      "@TestConnection static void op(Connection c) {}",
      "@Describe private List<EntitySchema> op() { return null; }",
      "@Describe static List<EntitySchema> op(Connection c) { return null; }"})
  void everyOperationKindChecksModifiers(String method) {
    JavaFileObject crm = crm("@Synapse", method.contains("@Read") ? CREATE_DEALS : READ_DEALS, "  " + method);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_MODIFIERS", crm, lineOf(crm, method));
  }

  @Test
  void abstractOperationIsAnErrorOnTheMethodBesidesTheAbstractClass() {
    String method = "  @Create(Deal.class) abstract List<WriteResult> createDeals(WriteRequest<Deal> request);";
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse",
        "public abstract class Crm {",
        READ_DEALS,
        method,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertError(compilation, "DOVETAIL-OPERATION_MODIFIERS", crm, lineOf(crm, method));
    assertError(compilation, "DOVETAIL-SYNAPSE_NOT_INSTANTIABLE", crm, lineOf(crm, "public abstract class Crm"));
    assertThat(compilation).hadErrorContaining("@Create method createDeals() must not be abstract");
    assertWithMessage("errors: %s", describe(compilation)).that(compilation.errors()).hasSize(2);
  }

  @Test
  void abstractDescribeIsAnErrorOnTheMethodBesidesTheAbstractClass() {
    String method = "  @Describe abstract List<EntitySchema> describe(Connection connection);";
    JavaFileObject crm = source("Crm",
        "/** Syncs deals. */",
        "@Synapse",
        "public abstract class Crm {",
        READ_DEALS,
        method,
        "}");
    Compilation compilation = compile(DEAL, crm);
    assertError(compilation, "DOVETAIL-OPERATION_MODIFIERS", crm, lineOf(crm, method));
    assertThat(compilation).hadErrorContaining("@Describe method describe() must not be abstract");
    assertWithMessage("errors: %s", describe(compilation)).that(compilation.errors()).hasSize(2);
  }

  static Stream<Arguments> wrongSignatures() {
    String read = "ReadPage<Deal> name(ReadRequest request)";
    String getById = "List<Deal> name(IdRequest request)";
    String write = "List<WriteResult> name(WriteRequest<Deal> request)";
    String delete = "List<WriteResult> name(IdRequest request)";
    String test = "Connection name(Connection connection) or void name(Connection connection)";
    String describe = "List<EntitySchema> name() or List<EntitySchema> name(Connection connection)";
    return Stream.of(
        Arguments.of("@Describe public List<EntitySchema> op(String connection)", describe),
        Arguments.of("@Describe public List<EntitySchema> op(Connection connection, String extra)", describe),
        Arguments.of("@Describe public List<EntitySchema> op(ReadRequest request)", describe),
        Arguments.of("@Describe public List<Object> op()", describe),
        Arguments.of("@Describe public List<? extends EntitySchema> op()", describe),
        Arguments.of("@Describe public List op()", describe),
        Arguments.of("@Describe public java.util.ArrayList<EntitySchema> op()", describe),
        Arguments.of("@Describe public EntitySchema op(Connection connection)", describe),
        Arguments.of("@Describe public void op(Connection connection)", describe),
        Arguments.of("@Read(Deal.class) public ReadPage<Deal> op(IdRequest request)", read),
        Arguments.of("@Read(Deal.class) public List<Deal> op(ReadRequest request)", read),
        Arguments.of("@Read(Deal.class) public ReadPage<Person> op(ReadRequest request)", read),
        Arguments.of("@Read(Deal.class) public ReadPage op(ReadRequest request)", read),
        Arguments.of("@Read(Deal.class) public ReadPage<?> op(ReadRequest request)", read),
        Arguments.of("@Read(Deal.class) public ReadPage<Deal> op()", read),
        Arguments.of("@Read(Deal.class) public ReadPage<Deal> op(ReadRequest request, Connection connection)", read),
        Arguments.of("@Read(Deal.class) public void op(ReadRequest request)", read),
        Arguments.of("@GetById(Deal.class) public List<Deal> op(ReadRequest request)", getById),
        Arguments.of("@GetById(Deal.class) public List<Person> op(IdRequest request)", getById),
        Arguments.of("@GetById(Deal.class) public Deal op(IdRequest request)", getById),
        Arguments.of("@GetById(Deal.class) public List<Deal> op(List<String> ids)", getById),
        Arguments.of("@Create(Deal.class) public List<WriteResult> op(WriteRequest<Person> request)", write),
        Arguments.of("@Create(Deal.class) public List<WriteResult> op(IdRequest request)", write),
        Arguments.of("@Create(Deal.class) public List<WriteResult> op(WriteRequest request)", write),
        Arguments.of("@Create(Deal.class) public List<String> op(WriteRequest<Deal> request)", write),
        Arguments.of("@Create(Deal.class) public void op(WriteRequest<Deal> request)", write),
        Arguments.of("@Update(Deal.class) public List<WriteResult> op(WriteRequest<Person> request)", write),
        Arguments.of("@Update(Deal.class) public WriteResult op(WriteRequest<Deal> request)", write),
        Arguments.of("@Update(Deal.class) public List<WriteResult> op(List<Deal> records)", write),
        Arguments.of("@Delete(Deal.class) public List<WriteResult> op(WriteRequest<Deal> request)", delete),
        Arguments.of("@Delete(Deal.class) public List<Deal> op(IdRequest request)", delete),
        Arguments.of("@Delete(Deal.class) public void op(IdRequest request)", delete),
        Arguments.of("@TestConnection public Connection op(String connection)", test),
        Arguments.of("@TestConnection public String op(Connection connection)", test),
        Arguments.of("@TestConnection public boolean op(Connection connection)", test),
        Arguments.of("@TestConnection public Connection op()", test),
        Arguments.of("@TestConnection public Connection op(Connection connection, String extra)", test));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongSignatures")
  void wrongSignatureIsAnErrorOnTheMethodNamingTheExpectedOne(String declaration, String expected) {
    String method = "  " + declaration + (declaration.contains(" void ") ? " {}" : " { return null; }");
    JavaFileObject crm = crm("@Synapse", declaration.contains("@Read") ? CREATE_DEALS : READ_DEALS, method);
    Compilation compilation = compile(DEAL, PERSON, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_SIGNATURE", crm, lineOf(crm, method));
    String label = declaration.substring(0, declaration.startsWith("@TestConnection") ? "@TestConnection".length()
        : declaration.startsWith("@Describe") ? "@Describe".length() : declaration.indexOf('('));
    assertThat(compilation).hadErrorContaining(label + " method op() has the wrong signature; expected " + expected);
  }

  @Test
  void uncheckedErrorsAreAllowedLikeUncheckedExceptions() {
    JavaFileObject oops = source("Oops", "public class Oops extends Error {}");
    Compilation compilation = compile(DEAL, oops, crm("@Synapse",
        "  @TestConnection public Connection check(Connection c) throws Oops, AssertionError { return c; }",
        "  @Read(Deal.class) public ReadPage<Deal> read(ReadRequest request) throws OutOfMemoryError, Exception { return null; }",
        "  @Create(Deal.class) public List<WriteResult> create(WriteRequest<Deal> r) throws Oops { return null; }",
        "  @Describe public List<EntitySchema> describe() throws StackOverflowError { return List.of(); }"));
    assertValid(compilation);
    assertThat(GeneratedFiles.of(compilation).get("java/com/acme/CrmDispatcher.java")).contains("new Crm().create(request)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Throwable", "Oops"})
  void checkedThrowableThatIsNoExceptionIsAnErrorOnTheMethod(String thrown) {
    // Oops extends Throwable directly: checked, yet no Exception.
    JavaFileObject oops = source("Oops", "public class Oops extends Throwable {}");
    String method = "  @Create(Deal.class) public List<WriteResult> op(WriteRequest<Deal> r) throws " + thrown
        + " { return null; }";
    JavaFileObject crm = crm("@Synapse", READ_DEALS, method);
    Compilation compilation = compile(DEAL, oops, crm);
    assertThat(compilation).hadErrorContaining("DOVETAIL-OPERATION_THROWS").inFile(crm).onLine(lineOf(crm, method));
    assertWithMessage("errors: %s", describe(compilation)).that(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining("@Create method op() declares "
        + (thrown.equals("Oops") ? "com.acme.Oops" : "java.lang.Throwable") + ", a checked throwable that is no Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@Read(Deal.class) public ReadPage<Deal> op(ReadRequest r) throws Throwable { return null; }",
      "@Delete(Deal.class) public List<WriteResult> op(IdRequest r) throws Exception, Throwable { return null; }",
      "@TestConnection public Connection op(Connection c) throws Throwable { return c; }",
      "@Describe public List<EntitySchema> op() throws Throwable { return null; }"})
  void throwingThrowableIsAnErrorOnTheMethod(String method) {
    JavaFileObject crm = crm("@Synapse", method.contains("@Read") ? CREATE_DEALS : READ_DEALS, "  " + method);
    Compilation compilation = compile(DEAL, crm);
    // Not assertOnlyError: its crash check rejects any message that says "Exception", as this one must.
    assertThat(compilation).hadErrorContaining("DOVETAIL-OPERATION_THROWS").inFile(crm).onLine(lineOf(crm, method));
    assertWithMessage("errors: %s", describe(compilation)).that(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining("method op() declares java.lang.Throwable");
    assertThat(compilation).hadErrorContaining("passes on Exception and its subclasses and unchecked throwables"
        + " (RuntimeException, Error): throw an Exception instead");
  }

  @Test
  void twoOperationsOnOneMethodIsAnErrorOnTheMethod() {
    JavaFileObject crm = crm("@Synapse",
        "  @Read(Deal.class)",
        "  @GetById(Deal.class)",
        "  public ReadPage<Deal> both(ReadRequest request) { return null; }",
        CREATE_DEALS);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_TWO_KINDS", crm, lineOf(crm, "public ReadPage<Deal> both("));
    assertThat(compilation).hadErrorContaining("method both has both @Read and @GetById");
  }

  @Test
  void testConnectionAndAnOperationOnOneMethodIsAnError() {
    JavaFileObject crm = crm("@Synapse",
        "  @TestConnection @Read(Deal.class)",
        "  public Connection both(Connection connection) { return connection; }",
        CREATE_DEALS);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_TWO_KINDS", crm, lineOf(crm, "public Connection both("));
    assertThat(compilation).hadErrorContaining("method both has both @TestConnection and @Read");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@Describe @Read(Deal.class)", "@TestConnection @Describe"})
  void describeAndAnotherOperationOnOneMethodIsAnError(String annotations) {
    JavaFileObject crm = crm("@Synapse",
        "  " + annotations,
        "  public ReadPage<Deal> both(ReadRequest request) { return null; }",
        CREATE_DEALS);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_TWO_KINDS", crm, lineOf(crm, "public ReadPage<Deal> both("));
    String[] labels = annotations.replace("(Deal.class)", "").split(" ");
    assertThat(compilation).hadErrorContaining("method both has both " + labels[0] + " and " + labels[1]);
  }

  @Test
  void secondDescribeIsAnErrorOnTheSecond() {
    String second = "  @Describe List<EntitySchema> describeMore() { return List.of(); }";
    JavaFileObject crm = crm("@Synapse", READ_DEALS,
        "  @Describe List<EntitySchema> describeCustom(Connection connection) { return List.of(); }", second);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_DUPLICATE", crm, lineOf(crm, second));
    assertThat(compilation).hadErrorContaining("@Describe for synapse Crm is already implemented by describeCustom()");
  }

  @Test
  void secondReadOfAnEntityIsAnErrorOnTheSecond() {
    String second = "  @Read(Deal.class) public ReadPage<Deal> readAgain(ReadRequest r) { return null; }";
    JavaFileObject crm = crm("@Synapse", READ_DEALS, second);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_DUPLICATE", crm, lineOf(crm, second));
    assertThat(compilation).hadErrorContaining("@Read for entity Deal is already implemented by readDeals()");
    assertThat(compilation).hadErrorContaining("one method per entity and operation");
  }

  @Test
  void secondCreateOfAnEntityIsAnError() {
    String second = "  @Create(Deal.class) public List<WriteResult> createAgain(WriteRequest<Deal> r) { return null; }";
    JavaFileObject crm = crm("@Synapse", CREATE_DEALS, second);
    assertOnlyError(compile(DEAL, crm), "DOVETAIL-OPERATION_DUPLICATE", crm, lineOf(crm, second));
  }

  @Test
  void readsOfTwoEntitiesAreNoDuplicate() {
    assertValid(compile(DEAL, PERSON, crm("@Synapse", READ_DEALS,
        "  @Read(Person.class) public ReadPage<Person> readPersons(ReadRequest r) { return null; }")));
  }

  @Test
  void secondTestConnectionIsAnErrorOnTheSecond() {
    String second = "  @TestConnection public void checkAgain(Connection connection) {}";
    JavaFileObject crm = crm("@Synapse", TEST_CONNECTION, READ_DEALS, second);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_DUPLICATE", crm, lineOf(crm, second));
    assertThat(compilation).hadErrorContaining("@TestConnection for synapse Crm is already implemented by check()");
  }

  @ParameterizedTest
  @ValueSource(strings = {"String", "Object", "int", "Crm"})
  void entityWithoutSchemaIsAnErrorOnTheAnnotationValue(String entity) {
    String method = "  @Read(" + entity + ".class) public ReadPage<Deal> readIt(ReadRequest r) { return null; }";
    JavaFileObject crm = crm("@Synapse", READ_DEALS, method);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_ENTITY_NOT_SCHEMA", crm, lineOf(crm, method));
    assertThat(compilation).hadErrorContaining("@Read names " + entity + ", which has no @Schema");
  }

  // --- Entities (J1–J3) -------------------------------------------------------------------------------------------

  @Test
  void twoEntitiesWithOneNameInOneSynapseIsAnErrorOnTheSecondEntitysMethod() {
    JavaFileObject oldDeal = entity("OldDeal", "@Schema(name = \"deal\")", "@SchemaField(primary = true) String id",
        "@Attribute(watermark = true) Instant changed");
    String second = "  @Read(OldDeal.class) public ReadPage<OldDeal> readOld(ReadRequest r) { return null; }";
    JavaFileObject crm = crm("@Synapse", READ_DEALS, second);
    Compilation compilation = compile(DEAL, oldDeal, crm);
    assertOnlyError(compilation, "DOVETAIL-ENTITY_NAME_DUPLICATE", crm, lineOf(crm, second));
    assertThat(compilation).hadErrorContaining("entity name 'deal' of OldDeal is already used by com.acme.Deal in synapse crm");
  }

  @Test
  void entityWithTwoIdsIsAnErrorOnTheSecondId() {
    JavaFileObject line = entity("Line", "@Schema", "@SchemaField(primary = true) String orderId",
        "@SchemaField(primary = true) int position", "@Attribute(watermark = true) Instant changed");
    JavaFileObject crm = crm("@Synapse",
        "  @Read(Line.class) public ReadPage<Line> read(ReadRequest r) { return null; }");
    Compilation compilation = compile(line, crm);
    assertOnlyError(compilation, "DOVETAIL-ENTITY_TWO_IDS", line, lineOf(line, "int position"));
    assertThat(compilation).hadErrorContaining("entity Line already has the id attribute 'order_id'");
    assertThat(compilation).hadErrorContaining("remove primary = true here");
  }

  @Test
  void compositeKeyIsStillFineForADestinationSchema() {
    JavaFileObject line = entity("Line", "@Schema", "@SchemaField(primary = true) String orderId",
        "@SchemaField(primary = true) int position");
    assertValid(compile(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Note", "Account"})
  void entityWithoutIdIsAnErrorOnItsSchemaAnnotation(String name) {
    // Account sorts before Crm, Note after it: the error is the same whichever the processor meets first.
    JavaFileObject note = entity(name, "@Schema", "String text", "@Attribute(watermark = true) Instant changed");
    JavaFileObject crm = crm("@Synapse",
        "  @Read(" + name + ".class) public ReadPage<" + name + "> read(ReadRequest r) { return null; }");
    Compilation compilation = compile(note, crm);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_NO_PRIMARY_KEY", note, lineOf(note, "@Schema"));
  }

  @Test
  void readOfAnEntityWithoutWatermarkIsAnErrorOnTheReadMethod() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id", "String text");
    String read = "  @Read(Note.class) public ReadPage<Note> readNotes(ReadRequest r) { return null; }";
    JavaFileObject crm = crm("@Synapse",
        "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> r) { return null; }", read);
    Compilation compilation = compile(note, crm);
    assertOnlyError(compilation, "DOVETAIL-ENTITY_NO_WATERMARK", crm, lineOf(crm, read));
    assertThat(compilation).hadErrorContaining("entity Note is read incrementally by readNotes() but has no watermark");
    assertThat(compilation).hadErrorContaining("mark its last-modified field with @Attribute(watermark = true)");
  }

  @Test
  void twoWatermarksIsAnErrorOnTheSecond() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(watermark = true) Instant created", "@Attribute(watermark = true) Instant changed");
    JavaFileObject crm = crm("@Synapse",
        "  @Read(Note.class) public ReadPage<Note> read(ReadRequest r) { return null; }");
    Compilation compilation = compile(note, crm);
    assertOnlyError(compilation, "DOVETAIL-ENTITY_TWO_WATERMARKS", note, lineOf(note, "Instant changed"));
    assertThat(compilation).hadErrorContaining("entity Note already has the watermark 'created'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"String", "LocalDate", "int", "double", "BigDecimal", "boolean"})
  void watermarkThatIsNoTimeIsAnErrorOnTheComponent(String type) {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(watermark = true) " + type + " changed");
    JavaFileObject crm = crm("@Synapse",
        "  @Read(Note.class) public ReadPage<Note> read(ReadRequest r) { return null; }");
    Compilation compilation = compile(note, crm);
    assertOnlyError(compilation, "DOVETAIL-ENTITY_WATERMARK_TYPE", note, lineOf(note, type + " changed"));
    assertThat(compilation).hadErrorContaining("watermark 'changed' has type " + type.replace("LocalDate", "java.time.LocalDate")
        .replace("String", "java.lang.String").replace("BigDecimal", "java.math.BigDecimal"));
    assertThat(compilation).hadErrorContaining("use java.time.Instant or a long of epoch milliseconds");
  }

  @Test
  void watermarkTypeIsCheckedOnWriteOnlyEntitiesToo() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(watermark = true) String changed");
    JavaFileObject crm = crm("@Synapse",
        "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> r) { return null; }");
    assertOnlyError(compile(note, crm), "DOVETAIL-ENTITY_WATERMARK_TYPE", note, lineOf(note, "String changed"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"String", "Crm", "int"})
  void referenceToATypeWithoutSchemaIsAnErrorOnTheComponent(String target) {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(referenceTo = " + target + ".class) String ownerId");
    JavaFileObject crm = crm("@Synapse",
        "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> r) { return null; }");
    Compilation compilation = compile(note, crm);
    assertOnlyError(compilation, "DOVETAIL-ENTITY_REFERENCE_NOT_SCHEMA", note, lineOf(note, "String ownerId"));
    assertThat(compilation).hadErrorContaining("referenceTo of 'owner_id' names " + target + ", which has no @Schema");
  }

  @Test
  void referenceToAnotherEntityIsAReference() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(referenceTo = Deal.class) String dealId");
    Compilation compilation = compile(DEAL, note, crm("@Synapse", READ_DEALS,
        "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> r) { return null; }"));
    assertValid(compilation);
    String descriptor = GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json");
    assertThat(descriptor).contains("\"referenceTo\" : \"deal\"");
    assertThat(descriptor).contains("\"dataType\" : \"reference\"");
  }

  @Test
  void referenceToASchemaThatIsNoEntityOfTheSynapseIsAnErrorOnTheComponent() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(referenceTo = Deal.class) String dealId");
    // Deal is an entity, but of another synapse: crm does not describe it, so the reference would dangle.
    JavaFileObject other = source("Other",
        "/** Reads deals. */",
        "@Synapse",
        "public class Other {",
        READ_DEALS,
        "}");
    Compilation compilation = compile(DEAL, note, other,
        crm("@Synapse", "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> r) { return null; }"));
    assertOnlyError(compilation, "DOVETAIL-ENTITY_REFERENCE_NOT_ENTITY", note, lineOf(note, "String dealId"));
    assertThat(compilation).hadErrorContaining("referenceTo of 'deal_id' names Deal, which is no entity of synapse crm;"
        + " a reference points at an entity of the same synapse: add an operation for Deal to crm, or remove referenceTo");
  }

  @Test
  void referenceToItsOwnEntityIsAReference() {
    JavaFileObject person = entity("Person", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(referenceTo = Person.class) String managerId");
    Compilation compilation = compile(person,
        crm("@Synapse", "  @Create(Person.class) public List<WriteResult> create(WriteRequest<Person> r) { return null; }"));
    assertValid(compilation);
    assertThat(GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json"))
        .contains("\"referenceTo\" : \"person\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"STRING", "INTEGER"})
  void referenceWithAnotherDataTypeIsAnErrorOnTheDataType(String dataType) {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(referenceTo = Deal.class, dataType = Attribute.DataType." + dataType + ") String dealId");
    Compilation compilation = compile(DEAL, note, crm("@Synapse", READ_DEALS,
        "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> r) { return null; }"));
    assertOnlyError(compilation, "DOVETAIL-ENTITY_REFERENCE_DATA_TYPE", note, lineOf(note, "String dealId"));
    assertThat(compilation).hadErrorContaining("'deal_id' has referenceTo, which makes it a reference, but also dataType = "
        + dataType + "; remove dataType (or set it to REFERENCE), or remove referenceTo");
  }

  @Test
  void referenceWithDataTypeReferenceCompiles() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(referenceTo = Deal.class, dataType = Attribute.DataType.REFERENCE) String dealId");
    assertValid(compile(DEAL, note, crm("@Synapse", READ_DEALS,
        "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> r) { return null; }")));
  }

  // --- @Attribute on fields the entity leaves out ------------------------------------------------------------------

  @Test
  void attributeOnAnIgnoredComponentIsAnErrorOnTheAnnotation() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@SchemaIgnore @Attribute(watermark = true) Instant changed");
    JavaFileObject crm = crm("@Synapse",
        "  @Create(Note.class) public List<WriteResult> create(WriteRequest<Note> r) { return null; }");
    Compilation compilation = compile(note, crm);
    assertOnlyError(compilation, "DOVETAIL-FIELD_ANNOTATION_ON_IGNORED", note, lineOf(note, "Instant changed"));
    assertThat(compilation).hadErrorContaining("@Attribute on 'changed' has no effect: it is @SchemaIgnore, so left out"
        + " of the schema and the codec; remove @Attribute, or remove @SchemaIgnore");
  }

  @Test
  void ignoredWatermarkOfAReadEntityIsAnErrorOnTheAnnotationAndNoMissingWatermark() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@SchemaIgnore @Attribute(watermark = true) Instant changed");
    JavaFileObject crm = crm("@Synapse",
        "  @Read(Note.class) public ReadPage<Note> read(ReadRequest r) { return null; }");
    Compilation compilation = compile(note, crm);
    // One error: the watermark's mistake is named where it is, not as a read without watermark.
    assertOnlyError(compilation, "DOVETAIL-FIELD_ANNOTATION_ON_IGNORED", note, lineOf(note, "Instant changed"));
  }

  /** A class entity {@code com.acme.Note} with an id, a watermark and {@code extra} (one line). */
  private static JavaFileObject noteClass(String extra) {
    return source("Note",
        "/** A note. */",
        "@Schema",
        "public class Note {",
        "  /** Note id. */",
        "  @SchemaField(primary = true) public String id;",
        "  /** Last change. */",
        "  @Attribute(watermark = true) public Instant changed;",
        "  " + extra,
        "}");
  }

  @Test
  void attributeOnAStaticFieldIsAnErrorOnTheAnnotation() {
    JavaFileObject note = noteClass("@Attribute(unique = true) public static String source;");
    Compilation compilation = compile(note, crm("@Synapse",
        "  @Read(Note.class) public ReadPage<Note> read(ReadRequest r) { return null; }"));
    assertOnlyError(compilation, "DOVETAIL-FIELD_ANNOTATION_ON_STATIC", note, lineOf(note, "String source"));
    assertThat(compilation).hadErrorContaining("@Attribute on static field 'source' has no effect: schemas and codecs"
        + " hold instance fields only; remove @Attribute, or make 'source' an instance field");
  }

  @Test
  void attributeOnATransientFieldIsAnErrorOnTheAnnotation() {
    JavaFileObject note = noteClass("@Attribute(calculated = true) public transient String preview;");
    Compilation compilation = compile(note, crm("@Synapse",
        "  @Read(Note.class) public ReadPage<Note> read(ReadRequest r) { return null; }"));
    assertOnlyError(compilation, "DOVETAIL-FIELD_ANNOTATION_ON_TRANSIENT", note, lineOf(note, "String preview"));
  }

  @Test
  void attributeOnAStaticFieldOfASchemaNoSynapseUsesIsOneError() {
    // Not also ATTRIBUTE_NOT_ENTITY: the field is out of the schema whatever uses it.
    JavaFileObject note = source("Note",
        "/**",
        " * A note.",
        " *",
        " * @param id note id",
        " */",
        "@Schema",
        "public record Note(@SchemaField(primary = true) String id) {",
        "  @Attribute(unique = true) public static String origin;",
        "}");
    Compilation compilation = compile(note);
    assertOnlyError(compilation, "DOVETAIL-FIELD_ANNOTATION_ON_STATIC", note, lineOf(note, "String origin"));
  }

  // --- Entities that are also destination schemas, generated names ------------------------------------------------

  @Test
  void destinationReceivingAnEntityWithAnInstantIsAnErrorOnTheComponent() {
    List<String> lines = new ArrayList<>(List.of(
        "/** Sends deals somewhere. */",
        "@Destination",
        "public class DealSink implements DestinationHandler<Deal> {"));
    lines.addAll(List.of(handlerMethods("Deal")));
    lines.add("}");
    JavaFileObject sink = source("DealSink", lines.toArray(new String[0]));
    Compilation compilation = compile(APP, DEAL, sink, crm("@Synapse", READ_DEALS));
    assertOnlyError(compilation, "DOVETAIL-FIELD_NO_OCP_TYPE", DEAL, lineOf(DEAL, "@Attribute(watermark = true) Instant updatedAt"));
    assertThat(compilation).hadErrorContaining("field 'updated_at' of Deal has type java.time.Instant");
    // The same entity used only by the synapse is fine.
    assertValid(compile(DEAL, crm("@Synapse", READ_DEALS)));
  }

  @Test
  void entityOfASynapseWithErrorsIsNoOcpSchema() {
    // The synapse is broken (private method); its entity must not also be blamed for holding an Instant.
    String method = "  @Read(Deal.class) private ReadPage<Deal> readDeals(ReadRequest r) { return null; }";
    JavaFileObject crm = crm("@Synapse", method);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_MODIFIERS", crm, lineOf(crm, method));
  }

  @Test
  void classThatIsBothDestinationAndSynapseIsAGeneratedNameClash() {
    List<String> lines = new ArrayList<>(List.of(
        "/** Sends and reads deals. */",
        "@Destination",
        "@Synapse",
        "public class DealSync implements DestinationHandler<Asset> {",
        READ_DEALS));
    lines.addAll(List.of(handlerMethods("Asset")));
    lines.add("}");
    JavaFileObject sync = source("DealSync", lines.toArray(new String[0]));
    Compilation compilation = compile(APP, Failures.ASSET, DEAL, sync);
    assertOnlyError(compilation, "DOVETAIL-GENERATED_NAME_CLASH", sync, lineOf(sync, "public class DealSync"));
    assertThat(compilation).hadErrorContaining("Dovetail generates com.acme.DealSyncDispatcher for DealSync, but that name is "
        + "already taken by its own destination dispatcher (a class cannot be both a destination and a synapse)");
  }

  @Test
  void dispatcherNameTakenByASourceClassIsAGeneratedNameClash() {
    JavaFileObject taken = source("CrmDispatcher", "public class CrmDispatcher {}");
    JavaFileObject crm = crm("@Synapse", READ_DEALS);
    Compilation compilation = compile(DEAL, taken, crm);
    assertOnlyError(compilation, "DOVETAIL-GENERATED_NAME_CLASH", crm, lineOf(crm, "public class Crm {"));
    assertThat(compilation).hadErrorContaining("already taken by the class com.acme.CrmDispatcher in the sources");
  }

  @Test
  void sourceConnectorNameTakenByASourceClassIsAGeneratedNameClash() {
    // The Kafka Connect adapter on the class path: each reading synapse gets <Class>SourceConnector.
    JavaFileObject adapter = JavaFileObjects.forSourceString("dev.dovetail.kafka.DovetailSourceConnector",
        "package dev.dovetail.kafka; public class DovetailSourceConnector {"
            + " protected DovetailSourceConnector(String s, org.apache.kafka.common.config.ConfigDef c) {} }");
    JavaFileObject taken = source("CrmSourceConnector", "public class CrmSourceConnector {}");
    JavaFileObject crm = crm("@Synapse", READ_DEALS);
    Compilation compilation = compile(adapter, DEAL, taken, crm);
    assertOnlyError(compilation, "DOVETAIL-GENERATED_NAME_CLASH", crm, lineOf(crm, "public class Crm {"));
    assertThat(compilation).hadErrorContaining("Dovetail generates com.acme.CrmSourceConnector for Crm, but that name"
        + " is already taken by the class com.acme.CrmSourceConnector in the sources");
  }

  // --- Robustness -------------------------------------------------------------------------------------------------

  @Test
  void entityThatDoesNotExistIsJavacsErrorAndNoCrash() {
    JavaFileObject crm = crm("@Synapse",
        "  @Read(Missing.class) public ReadPage<Deal> readIt(ReadRequest r) { return null; }");
    Compilation compilation = compile(DEAL, crm);
    assertThat(compilation).failed();
    assertNoCrash(compilation);
    assertWithMessage("errors: %s", describe(compilation))
        .that(errorsWith(compilation, "DOVETAIL-OPERATION_ENTITY_NOT_SCHEMA")).isEqualTo(0);
    assertError(compilation, "DOVETAIL-DEFERRED_TYPE_MISSING", crm, lineOf(crm, "public class Crm {"));
    assertThat(compilation).hadErrorContaining("com.acme.Crm refers to the entity class of @Read on readIt()");
  }

  @Test
  void entityGeneratedInALaterRoundCompiles() {
    String generated = String.join("\n",
        "package com.acme;",
        "",
        "import dev.dovetail.annotations.*;",
        "",
        "/**",
        " * A generated entity.",
        " *",
        " * @param id key",
        " * @param changed last change",
        " */",
        "@Schema",
        "public record Ticket(@SchemaField(primary = true) String id,",
        "    @Attribute(watermark = true) java.time.Instant changed) {}");
    JavaFileObject crm = crm("@Synapse",
        "  @Read(Ticket.class) public ReadPage<Ticket> read(ReadRequest r) { return null; }");
    for (boolean dovetailFirst : new boolean[] {true, false}) {
      Processor generator = new RobustnessTest.LaterRoundGenerator(Map.of("com.acme.Ticket", generated));
      Processor dovetail = new DovetailProcessor();
      Compilation compilation = Compiler.javac()
          .withProcessors(dovetailFirst ? List.of(dovetail, generator) : List.of(generator, dovetail))
          .withOptions("--release", "17").compile(crm);
      assertValid(compilation);
      assertThat(compilation).generatedSourceFile("com.acme.CrmDispatcher");
      assertThat(GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json")).contains("\"apiName\" : \"ticket\"");
    }
  }

  @Test
  void manyProblemsInOneSynapseAreAllReported() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id", "String text");
    JavaFileObject crm = source("Crm",
        "@Synapse(name = \"Bad-Name\", pageSize = 0)",
        "public class Crm {",
        "  @Read(Note.class) public ReadPage<Note> readNotes(ReadRequest r) { return null; }",
        "  @Create(Deal.class) static List<WriteResult> create(WriteRequest<Deal> r) { return null; }",
        "  @Update(Deal.class) public List<WriteResult> update(IdRequest r) { return null; }",
        "}");
    Compilation compilation = compile(DEAL, note, crm);
    assertThat(compilation).failed();
    assertNoCrash(compilation);
    for (String id : List.of("DOVETAIL-SYNAPSE_NAME_FORMAT", "DOVETAIL-SYNAPSE_SETTING_RANGE",
        "DOVETAIL-SYNAPSE_DESCRIPTION_MISSING", "DOVETAIL-ENTITY_NO_WATERMARK", "DOVETAIL-OPERATION_MODIFIERS",
        "DOVETAIL-OPERATION_SIGNATURE")) {
      assertWithMessage("%s in %s", id, describe(compilation)).that(errorsWith(compilation, id)).isEqualTo(1);
    }
    assertWithMessage("errors: %s", describe(compilation)).that(compilation.errors()).hasSize(6);
  }
}
