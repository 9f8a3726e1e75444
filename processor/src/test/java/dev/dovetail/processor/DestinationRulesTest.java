package dev.dovetail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.Failures.ASSET;
import static dev.dovetail.processor.Failures.LEAD_SCHEMA;
import static dev.dovetail.processor.Failures.assertError;
import static dev.dovetail.processor.Failures.assertOnlyError;
import static dev.dovetail.processor.Failures.assertValid;
import static dev.dovetail.processor.Failures.handlerMethods;
import static dev.dovetail.processor.Failures.lineOf;
import static dev.dovetail.processor.Sources.APP;
import static dev.dovetail.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules on {@code @Destination} classes (spec §2.2, §3.8, J14, J15, D12–D13): each broken rule is one error on the
 * class, or on the {@code @Destination} annotation when a value of it is at fault.
 */
class DestinationRulesTest {

  /** {@code lines}, then the handler methods for {@code recordType}, then the closing brace. */
  private static JavaFileObject destination(String name, String recordType, String... lines) {
    List<String> all = new ArrayList<>(List.of(lines));
    all.addAll(List.of(handlerMethods(recordType)));
    all.add("}");
    return Sources.source(name, all.toArray(new String[0]));
  }

  private static JavaFileObject assetSync(String annotation) {
    return destination("AssetSync", "Asset",
        "/** Sends assets to the DAM. */",
        annotation,
        "public class AssetSync implements DestinationHandler<Asset> {");
  }

  @Test
  void validDestinationCompiles() {
    assertValid(compile(APP, ASSET, assetSync("@Destination(supportsDelete = true)")));
  }

  // --- J14: the class itself -------------------------------------------------------------------------------------

  @Test
  void onInterfaceIsAnErrorOnTheAnnotation() {
    JavaFileObject sink = Sources.source("AssetSync",
        "/** Sends assets. */",
        "@Destination",
        "public interface AssetSync extends DestinationHandler<Asset> {}");
    Compilation compilation = compile(APP, ASSET, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_NOT_A_CLASS", sink, lineOf(sink, "@Destination"));
    assertThat(compilation).hadErrorContaining("not on interface AssetSync");
  }

  @Test
  void onRecordIsAnError() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "/** Sends assets. */",
        "@Destination",
        "public record AssetSync() implements DestinationHandler<Asset> {");
    assertOnlyError(compile(APP, ASSET, sink), "DOVETAIL-DESTINATION_NOT_A_CLASS", sink, lineOf(sink, "@Destination"));
  }

  @Test
  void abstractClassIsAnErrorOnTheClass() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "/** Sends assets. */",
        "@Destination",
        "public abstract class AssetSync implements DestinationHandler<Asset> {");
    Compilation compilation = compile(APP, ASSET, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_ABSTRACT", sink, lineOf(sink, "public abstract class"));
    assertThat(compilation).hadErrorContaining("AssetSync must not be abstract");
  }

  @Test
  void nonPublicClassIsAnErrorOnTheClass() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "/** Sends assets. */",
        "@Destination",
        "class AssetSync implements DestinationHandler<Asset> {",
        "  public AssetSync() {}");
    assertOnlyError(compile(APP, ASSET, sink), "DOVETAIL-DESTINATION_NOT_PUBLIC", sink, lineOf(sink, "class AssetSync"));
  }

  @Test
  void classWithoutPublicNoArgConstructorIsAnErrorOnTheClass() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "/** Sends assets. */",
        "@Destination",
        "public class AssetSync implements DestinationHandler<Asset> {",
        "  private final String key;",
        "  public AssetSync(String key) { this.key = key; }");
    Compilation compilation = compile(APP, ASSET, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_NO_CONSTRUCTOR", sink, lineOf(sink, "public class AssetSync"));
    assertThat(compilation).hadErrorContaining("add 'public AssetSync() {}'");
  }

  @Test
  void privateNoArgConstructorIsAnError() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "/** Sends assets. */",
        "@Destination",
        "public class AssetSync implements DestinationHandler<Asset> {",
        "  private AssetSync() {}");
    assertOnlyError(compile(APP, ASSET, sink), "DOVETAIL-DESTINATION_NO_CONSTRUCTOR", sink,
        lineOf(sink, "public class AssetSync"));
  }

  @Test
  void innerNonStaticClassIsAnErrorOnTheClass() {
    List<String> lines = new ArrayList<>(List.of(
        "public class Outer {",
        "  /** Sends assets. */",
        "  @Destination",
        "  public class AssetSync implements DestinationHandler<Asset> {"));
    lines.addAll(List.of(handlerMethods("Asset")));
    lines.add("  }");
    lines.add("}");
    JavaFileObject outer = Sources.source("Outer", lines.toArray(new String[0]));
    assertOnlyError(compile(APP, ASSET, outer), "DOVETAIL-DESTINATION_INNER", outer,
        lineOf(outer, "public class AssetSync"));
  }

  @Test
  void staticNestedClassIsFine() {
    List<String> lines = new ArrayList<>(List.of(
        "public class Outer {",
        "  /** Sends assets. */",
        "  @Destination",
        "  public static class AssetSync implements DestinationHandler<Asset> {"));
    lines.addAll(List.of(handlerMethods("Asset")));
    lines.add("  }");
    lines.add("}");
    assertValid(compile(APP, ASSET, Sources.source("Outer", lines.toArray(new String[0]))));
  }

  @Test
  void classNotImplementingDestinationHandlerIsAnErrorOnTheClass() {
    JavaFileObject sink = Sources.source("AssetSync",
        "/** Sends assets. */",
        "@Destination",
        "public class AssetSync {",
        "  public DeliverResult deliver(Batch<Asset> batch) { return DeliverResult.ok(); }",
        "}");
    Compilation compilation = compile(APP, ASSET, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_NOT_A_HANDLER", sink, lineOf(sink, "public class AssetSync"));
    assertThat(compilation).hadErrorContaining("DestinationHandler<T>");
  }

  @Test
  void rawDestinationHandlerIsAnErrorOnTheClass() {
    JavaFileObject sink = Sources.source("AssetSync",
        "/** Sends assets. */",
        "@Destination",
        "@SuppressWarnings({\"rawtypes\", \"unchecked\"})",
        "public class AssetSync implements DestinationHandler {",
        "  @Override public ReadyResult ready() { return ReadyResult.ok(); }",
        "  @Override public DeliverResult deliver(Batch batch) { return DeliverResult.ok(); }",
        "}");
    assertOnlyError(compile(APP, ASSET, sink), "DOVETAIL-DESTINATION_RAW_HANDLER", sink,
        lineOf(sink, "public class AssetSync"));
  }

  @Test
  void rawHandlerThroughABaseClassIsAnError() {
    JavaFileObject base = Sources.source("BaseSync",
        "public abstract class BaseSync<T> implements DestinationHandler<T> {",
        "  @Override public ReadyResult ready() { return ReadyResult.ok(); }",
        "}");
    JavaFileObject sink = Sources.source("AssetSync",
        "/** Sends assets. */",
        "@Destination",
        "@SuppressWarnings({\"rawtypes\", \"unchecked\"})",
        "public class AssetSync extends BaseSync {",
        "  @Override public DeliverResult deliver(Batch batch) { return DeliverResult.ok(); }",
        "}");
    assertOnlyError(compile(APP, ASSET, base, sink), "DOVETAIL-DESTINATION_RAW_HANDLER", sink,
        lineOf(sink, "public class AssetSync"));
  }

  // --- J15: the record type -----------------------------------------------------------------------------------------

  @Test
  void recordTypeWithoutSchemaIsAnErrorOnTheClassNamingIt() {
    JavaFileObject plain = Sources.source("Plain", "public record Plain(String id) {}");
    JavaFileObject sink = destination("PlainSync", "Plain",
        "/** Sends plain records. */",
        "@Destination",
        "public class PlainSync implements DestinationHandler<Plain> {");
    Compilation compilation = compile(APP, plain, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_RECORD_NOT_SCHEMA", sink, lineOf(sink, "public class PlainSync"));
    assertThat(compilation).hadErrorContaining("receives Plain, which has no @Schema; annotate Plain with @Schema");
  }

  @Test
  void recordTypeWithoutSchemaThroughABaseClassIsAnError() {
    JavaFileObject plain = Sources.source("Plain", "public record Plain(String id) {}");
    JavaFileObject base = Sources.source("BaseSync",
        "public abstract class BaseSync<T> implements DestinationHandler<T> {",
        "  @Override public ReadyResult ready() { return ReadyResult.ok(); }",
        "}");
    JavaFileObject sink = Sources.source("PlainSync",
        "/** Sends plain records. */",
        "@Destination",
        "public class PlainSync extends BaseSync<Plain> {",
        "  @Override public DeliverResult deliver(Batch<Plain> batch) { return DeliverResult.ok(); }",
        "}");
    Compilation compilation = compile(APP, plain, base, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_RECORD_NOT_SCHEMA", sink, lineOf(sink, "public class PlainSync"));
    assertThat(compilation).hadErrorContaining("receives Plain");
  }

  @Test
  void typeVariableAsRecordTypeIsAnError() {
    JavaFileObject sink = destination("AnySync", "T",
        "/** Sends anything. */",
        "@Destination",
        "public class AnySync<T> implements DestinationHandler<T> {");
    Compilation compilation = compile(APP, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_RECORD_NOT_SCHEMA", sink, lineOf(sink, "public class AnySync"));
    assertThat(compilation).hadErrorContaining("receives T");
  }

  @Test
  void dynamicRecordWithoutSchemaFunctionIsAnErrorOnTheAnnotation() {
    JavaFileObject sink = destination("LeadPush", "DynamicRecord",
        "/** Sends leads. */",
        "@Destination",
        "public class LeadPush implements DestinationHandler<DynamicRecord> {");
    Compilation compilation = compile(APP, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_DYNAMIC_NEEDS_FUNCTION", sink, lineOf(sink, "@Destination"));
    assertThat(compilation).hadErrorContaining("schemaFunction = MySchemaFunction.class");
  }

  @Test
  void schemaFunctionWithSchemaRecordTypeIsAnErrorOnTheAnnotation() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "/** Sends assets. */",
        "@Destination(schemaFunction = LeadSchema.class)",
        "public class AssetSync implements DestinationHandler<Asset> {");
    Compilation compilation = compile(APP, ASSET, LEAD_SCHEMA, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_DYNAMIC_RECORD_TYPE", sink, lineOf(sink, "@Destination("));
    assertThat(compilation).hadErrorContaining("must implement DestinationHandler<DynamicRecord>, not DestinationHandler<Asset>");
  }

  @Test
  void dynamicDestinationCompiles() {
    JavaFileObject sink = destination("LeadPush", "DynamicRecord",
        "/** Sends leads. */",
        "@Destination(schemaFunction = LeadSchema.class)",
        "public class LeadPush implements DestinationHandler<DynamicRecord> {");
    assertValid(compile(APP, LEAD_SCHEMA, sink));
  }

  /** {@code void.class} is the documented default: writing it out means a static schema, as if it were absent. */
  @Test
  void explicitVoidSchemaFunctionMeansStaticSchema() {
    assertValid(compile(APP, ASSET, assetSync("@Destination(schemaFunction = void.class)")));
  }

  @Test
  void explicitVoidSchemaFunctionWithDynamicRecordIsAnError() {
    JavaFileObject sink = destination("LeadPush", "DynamicRecord",
        "/** Sends leads. */",
        "@Destination(schemaFunction = void.class)",
        "public class LeadPush implements DestinationHandler<DynamicRecord> {");
    assertOnlyError(compile(APP, sink), "DOVETAIL-DESTINATION_DYNAMIC_NEEDS_FUNCTION", sink, lineOf(sink, "@Destination("));
  }

  // --- Schema functions (D12, D13) ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"String.class", "Asset.class", "int.class"})
  void schemaFunctionNotImplementingTheInterfaceIsAnErrorOnTheAnnotation(String function) {
    JavaFileObject sink = destination("LeadPush", "DynamicRecord",
        "/** Sends leads. */",
        "@Destination(schemaFunction = " + function + ")",
        "public class LeadPush implements DestinationHandler<DynamicRecord> {");
    Compilation compilation = compile(APP, ASSET, sink);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_FUNCTION_WRONG_TYPE", sink, lineOf(sink, "@Destination("));
    assertThat(compilation).hadErrorContaining("does not implement dev.dovetail.runtime.DestinationSchemaFunction");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "public abstract class Fn implements DestinationSchemaFunction { } // it is abstract or not a class",
      "public interface Fn extends DestinationSchemaFunction { } // it is abstract or not a class",
      "class Fn implements DestinationSchemaFunction { public Fn() {} ~ } // it is not public",
      "public class Fn implements DestinationSchemaFunction { public Fn(String key) {} ~ } "
          + "// it has no public no-argument constructor",
      "public class Fn implements DestinationSchemaFunction { private Fn() {} ~ } "
          + "// it has no public no-argument constructor",
  })
  void schemaFunctionThatCannotBeConstructedIsAnErrorOnTheAnnotation(String declaration) {
    String code = declaration.substring(0, declaration.indexOf("//")).replace("~",
        "@Override public SchemaDefinition getDestinationsSchema(SchemaFunctionConfig c) { return null; }");
    String problem = declaration.substring(declaration.indexOf("//") + 3);
    JavaFileObject fn = Sources.source("Fn", code);
    JavaFileObject sink = destination("LeadPush", "DynamicRecord",
        "/** Sends leads. */",
        "@Destination(schemaFunction = Fn.class)",
        "public class LeadPush implements DestinationHandler<DynamicRecord> {");
    Compilation compilation = compile(APP, fn, sink);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_FUNCTION_NOT_INSTANTIABLE", sink, lineOf(sink, "@Destination("));
    assertThat(compilation).hadErrorContaining("schema function Fn must be a public, concrete");
    assertThat(compilation).hadErrorContaining(problem);
  }

  @Test
  void innerSchemaFunctionIsAnErrorOnTheAnnotation() {
    JavaFileObject outer = Sources.source("Outer",
        "public class Outer {",
        "  public class Fn implements DestinationSchemaFunction {",
        "    @Override public SchemaDefinition getDestinationsSchema(SchemaFunctionConfig c) { return null; }",
        "  }",
        "}");
    JavaFileObject sink = destination("LeadPush", "DynamicRecord",
        "/** Sends leads. */",
        "@Destination(schemaFunction = Outer.Fn.class)",
        "public class LeadPush implements DestinationHandler<DynamicRecord> {");
    Compilation compilation = compile(APP, outer, sink);
    assertOnlyError(compilation, "DOVETAIL-SCHEMA_FUNCTION_NOT_INSTANTIABLE", sink, lineOf(sink, "@Destination("));
    assertThat(compilation).hadErrorContaining("it is an inner (non-static) class");
  }

  // --- Names and descriptions (§2.2, §3.8, D1) -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"My Dest!", "Products", "a", "1st", "_products", "product-push",
      "d23456789012345678901234567890123456789012345678901234567890123"})
  void badDestinationNameIsAnErrorOnTheAnnotation(String name) {
    JavaFileObject sink = assetSync("@Destination(name = \"" + name + "\")");
    Compilation compilation = compile(APP, ASSET, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_NAME_FORMAT", sink, lineOf(sink, "@Destination("));
    assertThat(compilation).hadErrorContaining("destination name '" + name + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "products", "asset_push_2", "d2345678901234567890123456789012345678901234567890123456789012"})
  void goodDestinationNamesCompile(String name) {
    assertValid(compile(APP, ASSET, assetSync("@Destination(name = \"" + name + "\")")));
  }

  @Test
  void derivedDestinationNameIsCheckedToo() {
    JavaFileObject sink = destination("X", "Asset",
        "/** Sends assets. */",
        "@Destination",
        "public class X implements DestinationHandler<Asset> {");
    Compilation compilation = compile(APP, ASSET, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_NAME_FORMAT", sink, lineOf(sink, "@Destination"));
    assertThat(compilation).hadErrorContaining("destination name 'x'");
  }

  @Test
  void duplicateDestinationNameIsAnErrorOnTheSecondAnnotation() {
    JavaFileObject mirror = destination("AssetMirror", "Asset",
        "/** Mirrors assets. */",
        "@Destination(name = \"assets\")",
        "public class AssetMirror implements DestinationHandler<Asset> {");
    JavaFileObject sync = assetSync("@Destination(name = \"assets\")");
    Compilation compilation = compile(APP, ASSET, mirror, sync);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_NAME_DUPLICATE", sync, lineOf(sync, "@Destination("));
    assertThat(compilation).hadErrorContaining("'assets' is already used by com.acme.AssetMirror");
  }

  @Test
  void duplicateEntryPointIsAnErrorOnTheSecondClass() {
    JavaFileObject first = destination("Sync", "Asset",
        "/** Sends assets. */",
        "@Destination(name = \"sync_a\")",
        "public class Sync implements DestinationHandler<Asset> {");
    List<String> lines = new ArrayList<>(List.of(
        "import com.acme.Asset;",
        "/** Also sends assets. */",
        "@Destination(name = \"sync_b\")",
        "public class Sync implements DestinationHandler<Asset> {"));
    lines.addAll(List.of(handlerMethods("Asset")));
    lines.add("}");
    JavaFileObject second = Failures.sourceIn("com.acme.other", "Sync", lines.toArray(new String[0]));
    Compilation compilation = compile(APP, ASSET, first, second);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_ENTRY_POINT_DUPLICATE", second, lineOf(second, "public class Sync"));
    assertThat(compilation).hadErrorContaining("entry point 'Sync' is already used by com.acme.Sync");
  }

  @Test
  void schemaFunctionWithADestinationsClassNameIsAnEntryPointClash() {
    JavaFileObject first = destination("Sync", "Asset",
        "/** Sends assets. */",
        "@Destination(name = \"sync_a\")",
        "public class Sync implements DestinationHandler<Asset> {");
    JavaFileObject function = Failures.sourceIn("com.acme.other", "Sync",
        "public class Sync implements DestinationSchemaFunction {",
        "  @Override public SchemaDefinition getDestinationsSchema(SchemaFunctionConfig config) {",
        "    return new SchemaDefinition(\"lead\", \"Lead\", \"A lead\", List.of(",
        "        SchemaDefinition.Field.primary(\"email\", \"Email\", \"Lead e-mail\", \"string\")), List.of());",
        "  }",
        "}");
    JavaFileObject leads = destination("LeadPush", "DynamicRecord",
        "/** Sends leads. */",
        "@Destination(schemaFunction = com.acme.other.Sync.class)",
        "public class LeadPush implements DestinationHandler<DynamicRecord> {");
    Compilation compilation = compile(APP, ASSET, first, function, leads);
    // Destinations are checked in qualified-name order: LeadPush's schema function claims 'Sync' first.
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_ENTRY_POINT_DUPLICATE", first, lineOf(first, "public class Sync"));
    assertThat(compilation).hadErrorContaining("entry point 'Sync' is already used by com.acme.other.Sync");
  }

  @Test
  void generatedDispatcherNameTakenByASourceClassIsAnError() {
    JavaFileObject sync = assetSync("@Destination");
    JavaFileObject taken = Sources.source("AssetSyncDispatcher", "public class AssetSyncDispatcher {}");
    Compilation compilation = compile(APP, ASSET, sync, taken);
    assertOnlyError(compilation, "DOVETAIL-GENERATED_NAME_CLASH", sync, lineOf(sync, "public class AssetSync"));
    assertThat(compilation).hadErrorContaining("Dovetail generates com.acme.AssetSyncDispatcher for AssetSync");
  }

  @Test
  void twoDestinationsMayShareASchema() {
    JavaFileObject mirror = destination("AssetMirror", "Asset",
        "/** Mirrors assets. */",
        "@Destination",
        "public class AssetMirror implements DestinationHandler<Asset> {");
    assertValid(compile(APP, ASSET, mirror, assetSync("@Destination")));
  }

  @Test
  void missingDescriptionIsAnErrorOnTheAnnotationNamingBothFixes() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "// no Javadoc",
        "@Destination",
        "public class AssetSync implements DestinationHandler<Asset> {");
    Compilation compilation = compile(APP, ASSET, sink);
    assertOnlyError(compilation, "DOVETAIL-DESTINATION_DESCRIPTION_MISSING", sink, lineOf(sink, "@Destination"));
    assertThat(compilation).hadErrorContaining("set @Destination(description = \"...\") or add a Javadoc comment");
  }

  @Test
  void blankDescriptionIsAnErrorOnTheAnnotation() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "@Destination(description = \"  \")",
        "public class AssetSync implements DestinationHandler<Asset> {");
    assertOnlyError(compile(APP, ASSET, sink), "DOVETAIL-DESTINATION_DESCRIPTION_MISSING", sink,
        lineOf(sink, "@Destination("));
  }

  @Test
  void descriptionFromTheAnnotationIsEnough() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "@Destination(description = \"Sends assets\")",
        "public class AssetSync implements DestinationHandler<Asset> {");
    assertValid(compile(APP, ASSET, sink));
  }

  @Test
  void everyClassRuleIsReportedTogether() {
    JavaFileObject sink = destination("AssetSync", "Asset",
        "@Destination(name = \"My Dest!\")",
        "abstract class AssetSync implements DestinationHandler<Asset> {",
        "  AssetSync(String key) {}");
    Compilation compilation = compile(APP, ASSET, sink);
    long classLine = lineOf(sink, "abstract class AssetSync");
    long annotationLine = lineOf(sink, "@Destination(");
    assertError(compilation, "DOVETAIL-DESTINATION_NOT_PUBLIC", sink, classLine);
    assertError(compilation, "DOVETAIL-DESTINATION_ABSTRACT", sink, classLine);
    assertError(compilation, "DOVETAIL-DESTINATION_NO_CONSTRUCTOR", sink, classLine);
    assertError(compilation, "DOVETAIL-DESTINATION_NAME_FORMAT", sink, annotationLine);
    assertError(compilation, "DOVETAIL-DESTINATION_DESCRIPTION_MISSING", sink, annotationLine);
    assertThat(compilation).hadErrorCount(5);
  }
}
