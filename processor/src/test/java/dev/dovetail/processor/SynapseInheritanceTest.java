package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.Failures.assertOnlyError;
import static dev.dovetail.processor.Failures.assertValid;
import static dev.dovetail.processor.Failures.lineOf;
import static dev.dovetail.processor.Sources.compile;
import static dev.dovetail.processor.SynapseRulesTest.CREATE_DEALS;
import static dev.dovetail.processor.SynapseRulesTest.DEAL;
import static dev.dovetail.processor.SynapseRulesTest.PERSON;
import static dev.dovetail.processor.SynapseRulesTest.READ_DEALS;
import static dev.dovetail.processor.SynapseRulesTest.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operation methods a {@code @Synapse} class inherits from superclasses and interfaces (default methods included)
 * are its operations: checked as its members, called by the dispatcher through a new instance of the class. An
 * override without operation annotations implements the operation of the method it overrides.
 */
class SynapseInheritanceTest {
  /** A source {@code com.acme.base.<name>} with the annotation and synapse imports; body from line 13. */
  static JavaFileObject baseSource(String name, String... lines) {
    List<String> all = new ArrayList<>(List.of(
        "package com.acme.base;",
        "import com.acme.*;",
        "import dev.dovetail.annotations.*;",
        "import dev.dovetail.runtime.synapse.*;",
        "import java.util.List;",
        "", "", "", "", "", "", ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.acme.base." + name, all);
  }

  private static String dispatcher(Compilation compilation) {
    return GeneratedFiles.of(compilation).get("java/com/acme/CrmDispatcher.java");
  }

  private static JavaFileObject crmExtending(String supertypes, String... members) {
    List<String> lines = new ArrayList<>(List.of(
        "/** Syncs deals with Acme CRM. */",
        "@Synapse",
        "public class Crm " + supertypes + " {"));
    lines.addAll(List.of(members));
    lines.add("}");
    return source("Crm", lines.toArray(new String[0]));
  }

  // --- Supported ----------------------------------------------------------------------------------------------------

  @Test
  void operationsOfASuperclassInAnotherPackageAreCalledThroughTheSynapse() {
    JavaFileObject base = baseSource("CrmBase",
        "public abstract class CrmBase {",
        "  @TestConnection public void check(Connection connection) {}",
        "  @Create(Deal.class) public List<WriteResult> createDeals(WriteRequest<Deal> r) { return List.of(); }",
        "}");
    Compilation compilation = compile(DEAL, base, crmExtending("extends com.acme.base.CrmBase", READ_DEALS));
    assertValid(compilation);
    assertThat(dispatcher(compilation)).contains("new Crm().check(connection);");
    assertThat(dispatcher(compilation)).contains("return new Crm().createDeals(request);");
    assertThat(dispatcher(compilation)).contains("return new Crm().readDeals(request);");
    assertThat(GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json"))
        .contains("\"operations\" : [ \"READ\", \"CREATE\" ]");
  }

  @Test
  void protectedAndPackagePrivateOperationsOfASuperclassInTheSamePackageCompile() {
    JavaFileObject base = source("CrmBase",
        "abstract class CrmBase {",
        "  @Create(Deal.class) protected List<WriteResult> createDeals(WriteRequest<Deal> r) { return List.of(); }",
        "  @Delete(Deal.class) List<WriteResult> deleteDeals(IdRequest r) { return List.of(); }",
        "}");
    Compilation compilation = compile(DEAL, base, crmExtending("extends CrmBase", READ_DEALS));
    assertValid(compilation);
    assertThat(dispatcher(compilation)).contains("return new Crm().deleteDeals(request);");
  }

  @Test
  void defaultMethodsOfAnInterfaceAreOperations() {
    JavaFileObject api = baseSource("DealReader",
        "public interface DealReader {",
        "  @Read(Deal.class) default ReadPage<Deal> readDeals(ReadRequest r) { return ReadPage.last(List.of()); }",
        "}");
    JavaFileObject more = baseSource("Describer",
        "public interface Describer extends DealReader {",
        "  @Describe default List<EntitySchema> describe() { return List.of(); }",
        "}");
    Compilation compilation = compile(DEAL, api, more, crmExtending("implements com.acme.base.Describer"));
    assertValid(compilation);
    assertThat(dispatcher(compilation)).contains("return new Crm().readDeals(request);");
    assertThat(dispatcher(compilation)).contains("return new Crm().describe();");
  }

  @ParameterizedTest
  @ValueSource(strings = {"public interface DealApi {", "public abstract class DealApi {"})
  void overrideWithoutAnnotationImplementsTheInheritedOperation(String declaration) {
    String modifier = declaration.contains("interface") ? "" : "public abstract ";
    JavaFileObject api = baseSource("DealApi",
        declaration,
        "  @Read(Deal.class) " + modifier + "ReadPage<Deal> readDeals(ReadRequest r);",
        "  @Create(Deal.class) " + modifier + "List<WriteResult> createDeals(WriteRequest<Deal> r);",
        "}");
    Compilation compilation = compile(DEAL, api, crmExtending(
        (declaration.contains("interface") ? "implements" : "extends") + " com.acme.base.DealApi",
        "  @Override public ReadPage<Deal> readDeals(ReadRequest r) { return ReadPage.last(List.of()); }",
        "  @Override public List<WriteResult> createDeals(WriteRequest<Deal> r) { return List.of(); }"));
    assertValid(compilation);
    assertThat(dispatcher(compilation)).contains("return new Crm().readDeals(request);");
    assertThat(dispatcher(compilation)).contains("return new Crm().createDeals(request);");
  }

  @Test
  void annotatedOverrideOfAnAnnotatedMethodIsOneOperation() {
    JavaFileObject base = baseSource("CrmBase",
        "public class CrmBase {",
        "  @Read(Deal.class) public ReadPage<Deal> readDeals(ReadRequest r) { return ReadPage.last(List.of()); }",
        "}");
    assertValid(compile(DEAL, base, crmExtending("extends com.acme.base.CrmBase",
        "  @Override", READ_DEALS)));
  }

  @Test
  void genericSuperclassMethodsAreCheckedWithTheSynapsesTypeArguments() {
    JavaFileObject base = baseSource("Store",
        "public abstract class Store<E> {",
        "  @Create(Deal.class) public List<WriteResult> createAll(WriteRequest<E> r) { return List.of(); }",
        "  @GetById(Deal.class) public List<E> byId(IdRequest r) { return List.of(); }",
        "}");
    Compilation compilation = compile(DEAL, base, crmExtending("extends com.acme.base.Store<Deal>", READ_DEALS));
    assertValid(compilation);
    assertThat(dispatcher(compilation)).contains("return new Crm().createAll(request);");
  }

  @Test
  void twoSynapsesMayShareABaseClass() {
    JavaFileObject base = baseSource("CrmBase",
        "public abstract class CrmBase {",
        "  @Read(Deal.class) public ReadPage<Deal> readDeals(ReadRequest r) { return ReadPage.last(List.of()); }",
        "}");
    JavaFileObject other = source("Other",
        "/** Reads deals elsewhere. */",
        "@Synapse",
        "public class Other extends com.acme.base.CrmBase {}");
    Compilation compilation = compile(DEAL, base, other, crmExtending("extends com.acme.base.CrmBase"));
    assertValid(compilation);
    assertThat(compilation).generatedSourceFile("com.acme.OtherDispatcher");
  }

  @Test
  void entityOfAnInheritedOperationGeneratedInALaterRoundCompiles() {
    String generated = String.join("\n",
        "package com.acme;",
        "import dev.dovetail.annotations.*;",
        "/**",
        " * A generated entity.",
        " *",
        " * @param id key",
        " * @param changed last change",
        " */",
        "@Schema",
        "public record Ticket(@SchemaField(primary = true) String id,",
        "    @Attribute(watermark = true) java.time.Instant changed) {}");
    JavaFileObject base = baseSource("TicketBase",
        "public abstract class TicketBase {",
        "  @Read(Ticket.class) public ReadPage<Ticket> read(ReadRequest r) { return null; }",
        "}");
    Processor generator = new RobustnessTest.LaterRoundGenerator(Map.of("com.acme.Ticket", generated));
    Compilation compilation = Compiler.javac().withProcessors(new DovetailProcessor(), generator)
        .withOptions("--release", "17").compile(base, crmExtending("extends com.acme.base.TicketBase"));
    assertValid(compilation);
    assertThat(GeneratedFiles.of(compilation).get("META-INF/dovetail/synapses/crm.json")).contains("\"apiName\" : \"ticket\"");
  }

  // --- Errors on inherited methods ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"protected", ""})
  void inheritedOperationTheDispatcherCannotCallIsAnErrorOnTheMethod(String access) {
    String method = "  @Create(Deal.class) " + access + " List<WriteResult> createDeals(WriteRequest<Deal> r) { return null; }";
    JavaFileObject base = baseSource("CrmBase", "public abstract class CrmBase {", method, "}");
    Compilation compilation = compile(DEAL, base, crmExtending("extends com.acme.base.CrmBase", READ_DEALS));
    assertOnlyError(compilation, "DOVETAIL-OPERATION_NOT_ACCESSIBLE", base, lineOf(base, method));
    assertThat(compilation).hadErrorContaining("@Create method createDeals() is "
        + (access.isEmpty() ? "package-private" : access) + " in com.acme.base.CrmBase, another package than synapse Crm's:"
        + " the generated dispatcher in package com.acme cannot call it; make it public, or override it in Crm");
  }

  @Test
  void overridingAnInaccessibleOperationMakesItCallable() {
    JavaFileObject base = baseSource("CrmBase",
        "public abstract class CrmBase {",
        "  @Create(Deal.class) protected List<WriteResult> createDeals(WriteRequest<Deal> r) { return null; }",
        "}");
    assertValid(compile(DEAL, base, crmExtending("extends com.acme.base.CrmBase", READ_DEALS,
        "  @Override public List<WriteResult> createDeals(WriteRequest<Deal> r) { return List.of(); }")));
  }

  @Test
  void privateInheritedOperationIsAnErrorOnTheMethod() {
    String method = "  @Create(Deal.class) private List<WriteResult> createDeals(WriteRequest<Deal> r) { return null; }";
    JavaFileObject base = source("CrmBase", "public abstract class CrmBase {", method, "}");
    Compilation compilation = compile(DEAL, base, crmExtending("extends CrmBase", READ_DEALS));
    assertOnlyError(compilation, "DOVETAIL-OPERATION_MODIFIERS", base, lineOf(base, method));
  }

  @Test
  void inheritedMethodWithTheWrongTypeArgumentIsASignatureErrorOnTheMethod() {
    String method = "  @Create(Deal.class) public List<WriteResult> createAll(WriteRequest<E> r) { return null; }";
    JavaFileObject base = baseSource("Store", "public abstract class Store<E> {", method, "}");
    Compilation compilation = compile(DEAL, PERSON, base, crmExtending("extends com.acme.base.Store<Person>", READ_DEALS));
    assertOnlyError(compilation, "DOVETAIL-OPERATION_SIGNATURE", base, lineOf(base, method));
    assertThat(compilation).hadErrorContaining("expected List<WriteResult> name(WriteRequest<Deal> request)");
  }

  @Test
  void inheritedDuplicateIsAnErrorOnTheInheritedAnnotation() {
    String inherited = "  @Create(Deal.class) public List<WriteResult> createAll(WriteRequest<Deal> r) { return null; }";
    JavaFileObject base = baseSource("CrmBase", "public abstract class CrmBase {", inherited, "}");
    Compilation compilation = compile(DEAL, base, crmExtending("extends com.acme.base.CrmBase", READ_DEALS, CREATE_DEALS));
    assertOnlyError(compilation, "DOVETAIL-OPERATION_DUPLICATE", base, lineOf(base, inherited));
    assertThat(compilation).hadErrorContaining("@Create for entity Deal is already implemented by createDeals()");
  }
}
