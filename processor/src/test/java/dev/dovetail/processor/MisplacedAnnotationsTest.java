package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.Failures.assertOnlyError;
import static dev.dovetail.processor.Failures.assertOnlyWarning;
import static dev.dovetail.processor.Failures.assertValid;
import static dev.dovetail.processor.Failures.describe;
import static dev.dovetail.processor.Failures.handlerMethods;
import static dev.dovetail.processor.Failures.lineOf;
import static dev.dovetail.processor.Sources.APP;
import static dev.dovetail.processor.Sources.compile;
import static dev.dovetail.processor.SynapseRulesTest.DEAL;
import static dev.dovetail.processor.SynapseRulesTest.READ_DEALS;
import static dev.dovetail.processor.SynapseRulesTest.crm;
import static dev.dovetail.processor.SynapseRulesTest.entity;
import static dev.dovetail.processor.SynapseRulesTest.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Annotations that compile where they are but have no effect there: operation annotations outside a {@code @Synapse}
 * class and its supertypes, {@code @Attribute} outside a synapse entity. Decided after the last round, so a synapse
 * or an entity use from a later round counts.
 */
class MisplacedAnnotationsTest {
  /** One annotated method of each operation annotation, the annotation on its own line. */
  private static final List<String[]> OPERATIONS = List.of(
      new String[] {"@Read(Deal.class)", "public ReadPage<Deal> readDeals(ReadRequest r) { return null; }"},
      new String[] {"@GetById(Deal.class)", "public List<Deal> dealsById(IdRequest r) { return null; }"},
      new String[] {"@Create(Deal.class)", "public List<WriteResult> createDeals(WriteRequest<Deal> r) { return null; }"},
      new String[] {"@Update(Deal.class)", "public List<WriteResult> updateDeals(WriteRequest<Deal> r) { return null; }"},
      new String[] {"@Delete(Deal.class)", "public List<WriteResult> deleteDeals(IdRequest r) { return null; }"},
      new String[] {"@TestConnection", "public void check(Connection c) {}"},
      new String[] {"@Describe", "public List<EntitySchema> describe() { return null; }"});

  private static String[] operation(String annotation) {
    return OPERATIONS.stream().filter(o -> o[0].startsWith(annotation)).findFirst().orElseThrow();
  }

  /** The sink of destination {@code asset_sink}, receiving {@code Asset}. */
  private static JavaFileObject assetSink() {
    List<String> lines = new ArrayList<>(List.of(
        "/** Sends assets somewhere. */",
        "@Destination",
        "public class AssetSink implements DestinationHandler<Asset> {"));
    lines.addAll(List.of(handlerMethods("Asset")));
    lines.add("}");
    return source("AssetSink", lines.toArray(new String[0]));
  }

  // --- Operation annotations outside a synapse ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"@Read", "@GetById", "@Create", "@Update", "@Delete", "@TestConnection", "@Describe"})
  void operationInAClassWithoutSynapseIsAnErrorOnTheAnnotation(String annotation) {
    String[] method = operation(annotation);
    JavaFileObject crm = source("Crm",
        "/** Syncs deals, but is no synapse. */",
        "public class Crm {",
        "  " + method[0],
        "  " + method[1],
        "}");
    // Without an operation naming it, Deal (which holds an Instant) would be an OCP schema with errors of its own.
    Compilation compilation = annotation.equals("@TestConnection") || annotation.equals("@Describe") ? compile(crm)
        : compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_OUTSIDE_SYNAPSE", crm, lineOf(crm, method[0]));
    String name = method[1].substring(method[1].indexOf(' ', 7) + 1, method[1].indexOf('('));
    assertThat(compilation).hadErrorContaining(annotation + " on " + name + "() has no effect: Crm has no @Synapse and no"
        + " @Synapse class extends it; annotate Crm with @Synapse, or remove " + annotation);
  }

  @Test
  void everyOperationOfAForgottenSynapseIsOneErrorAndItsEntitiesStayEntities() {
    // Deal holds an Instant: were it an OCP schema, it would break FIELD_NO_OCP_TYPE besides.
    List<String> lines = new ArrayList<>(List.of("/** Syncs deals. */", "public class Crm {"));
    OPERATIONS.forEach(o -> lines.add("  " + o[0] + " " + o[1]));
    lines.add("}");
    JavaFileObject crm = source("Crm", lines.toArray(new String[0]));
    Compilation compilation = compile(DEAL, crm);
    assertWithMessage("errors: %s", describe(compilation)).that(compilation.errors()).hasSize(OPERATIONS.size());
    assertWithMessage("errors: %s", describe(compilation))
        .that(Failures.errorsWith(compilation, "DOVETAIL-OPERATION_OUTSIDE_SYNAPSE")).isEqualTo(OPERATIONS.size());
    assertThat(compilation.warnings()).isEmpty();
  }

  @Test
  void operationInANestedClassOfASynapseIsAnError() {
    String annotation = "@Create(Deal.class)";
    JavaFileObject crm = crm("@Synapse", READ_DEALS,
        "  static class Writer {",
        "    " + annotation + " public List<WriteResult> create(WriteRequest<Deal> r) { return null; }",
        "  }");
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_OUTSIDE_SYNAPSE", crm, lineOf(crm, annotation));
    assertThat(compilation).hadErrorContaining("Writer has no @Synapse");
  }

  @ParameterizedTest
  @ValueSource(strings = {"public abstract class DealBase {", "public interface DealBase {"})
  void operationInAnAbstractTypeNoSynapseExtendsIsAWarningOnTheAnnotation(String declaration) {
    String annotation = "@Read(Deal.class)";
    JavaFileObject base = source("DealBase",
        declaration,
        "  " + annotation,
        "  " + (declaration.contains("interface") ? "default " : "public ") + "ReadPage<Deal> readDeals(ReadRequest r) {"
            + " return null; }",
        "}");
    Compilation compilation = compile(DEAL, base);
    assertOnlyWarning(compilation, "DOVETAIL-OPERATION_BASE_UNUSED", base, lineOf(base, annotation));
    assertThat(compilation).hadWarningContaining("@Read on readDeals() has no effect in this compilation: DealBase has no"
        + " @Synapse and no @Synapse class extends it; extend it with a @Synapse class, or remove @Read"
        + " (fine if synapses compiled elsewhere extend it)");
  }

  @Test
  void synapseFromALaterRoundCountsForItsSuperclass() {
    String generated = String.join("\n",
        "package com.acme;",
        "import dev.dovetail.annotations.*;",
        "/** Generated synapse. */",
        "@Synapse",
        "public class Crm extends CrmBase {}");
    JavaFileObject base = source("CrmBase",
        "public class CrmBase {",
        READ_DEALS,
        "}");
    for (boolean dovetailFirst : new boolean[] {true, false}) {
      Processor generator = new RobustnessTest.LaterRoundGenerator(Map.of("com.acme.Crm", generated));
      Processor dovetail = new DovetailProcessor();
      Compilation compilation = Compiler.javac()
          .withProcessors(dovetailFirst ? List.of(dovetail, generator) : List.of(generator, dovetail))
          .withOptions("--release", "17").compile(DEAL, base);
      assertValid(compilation);
      assertThat(compilation).generatedSourceFile("com.acme.CrmDispatcher");
    }
  }

  // --- @Attribute outside an entity --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"public record Note(String id, @Attribute(watermark = true) Instant changed) {}",
      "public class Note { public String id; @Attribute(watermark = true) public Instant changed; }"})
  void attributeInATypeWithoutSchemaIsAnErrorOnTheAnnotation(String declaration) {
    JavaFileObject note = source("Note", "/** A note. */", declaration);
    Compilation compilation = compile(note);
    assertOnlyError(compilation, "DOVETAIL-ATTRIBUTE_OUTSIDE_SCHEMA", note, lineOf(note, declaration));
    assertThat(compilation).hadErrorContaining("@Attribute on 'changed' has no effect: Note has no @Schema, and @Attribute"
        + " describes fields of @Schema types that synapses use as entities; annotate Note with @Schema, or remove @Attribute");
  }

  @Test
  void attributeInACustomTypeOfAnEntityIsAnError() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id", "Body body",
        "@Attribute(watermark = true) Instant changed");
    JavaFileObject body = source("Body",
        "/**",
        " * A note's body.",
        " *",
        " * @param text the text",
        " */",
        "public record Body(@Attribute(nillable = false) String text) {}");
    Compilation compilation = compile(note, body,
        crm("@Synapse", "  @Read(Note.class) public ReadPage<Note> read(ReadRequest r) { return null; }"));
    assertOnlyError(compilation, "DOVETAIL-ATTRIBUTE_OUTSIDE_SCHEMA", body, lineOf(body, "@Attribute(nillable = false)"));
  }

  @Test
  void attributeInASchemaOnlyADestinationReceivesIsAWarningOnTheAnnotation() {
    JavaFileObject asset = source("Asset",
        "/**",
        " * An asset.",
        " *",
        " * @param id key",
        " * @param name file name",
        " */",
        "@Schema",
        "public record Asset(@SchemaField(primary = true) String id,",
        "    @Attribute(unique = true) String name) {}");
    Compilation compilation = compile(APP, asset, assetSink());
    assertOnlyWarning(compilation, "DOVETAIL-ATTRIBUTE_NOT_ENTITY", asset, lineOf(asset, "@Attribute(unique = true)"));
    assertThat(compilation).hadWarningContaining("@Attribute on 'name' has no effect: Asset is not an entity of any"
        + " @Synapse; it is used by destination asset_sink; remove @Attribute, or name Asset in a synapse operation");
    assertThat(GeneratedFiles.of(compilation)).containsKey("destinations/schema/asset.yml");
  }

  @Test
  void attributeInASchemaNothingUsesIsAWarningSayingSo() {
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(updateable = false) long changed");
    Compilation compilation = compile(note);
    assertOnlyWarning(compilation, "DOVETAIL-ATTRIBUTE_NOT_ENTITY", note, lineOf(note, "@Attribute(updateable = false)"));
    assertThat(compilation).hadWarningContaining("Note is not an entity of any @Synapse; no destination or synapse uses it");
  }

  @Test
  void attributeInASchemaUsedAsACustomTypeIsAWarningSayingSo() {
    JavaFileObject tag = entity("Tag", "@Schema", "@SchemaField(primary = true) String id",
        "@Attribute(unique = true) String label");
    JavaFileObject note = entity("Note", "@Schema", "@SchemaField(primary = true) String id", "Tag tag",
        "@Attribute(watermark = true) Instant changed");
    Compilation compilation = compile(tag, note,
        crm("@Synapse", "  @Read(Note.class) public ReadPage<Note> read(ReadRequest r) { return null; }"));
    assertOnlyWarning(compilation, "DOVETAIL-ATTRIBUTE_NOT_ENTITY", tag, lineOf(tag, "@Attribute(unique = true)"));
    assertThat(compilation).hadWarningContaining("it is used by schema note (as a custom type)");
  }

  @Test
  void entityUseFromALaterRoundCountsForAttributes() {
    String generated = String.join("\n",
        "package com.acme;",
        "import dev.dovetail.annotations.*;",
        "import dev.dovetail.runtime.synapse.*;",
        "/** Generated synapse. */",
        "@Synapse",
        "public class Crm {",
        "  @Read(Deal.class) public ReadPage<Deal> read(ReadRequest r) { return null; }",
        "}");
    for (boolean dovetailFirst : new boolean[] {true, false}) {
      Processor generator = new RobustnessTest.LaterRoundGenerator(Map.of("com.acme.Crm", generated));
      Processor dovetail = new DovetailProcessor();
      Compilation compilation = Compiler.javac()
          .withProcessors(dovetailFirst ? List.of(dovetail, generator) : List.of(generator, dovetail))
          .withOptions("--release", "17").compile(DEAL);
      assertValid(compilation);
    }
  }

  @Test
  void attributeOfAnEntityOfASynapseWithErrorsIsNoWarning() {
    String method = "  @Read(Deal.class) private ReadPage<Deal> readDeals(ReadRequest r) { return null; }";
    JavaFileObject crm = crm("@Synapse", method);
    Compilation compilation = compile(DEAL, crm);
    assertOnlyError(compilation, "DOVETAIL-OPERATION_MODIFIERS", crm, lineOf(crm, method));
    assertThat(compilation.warnings()).isEmpty();
  }
}
