package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.Failures.ASSET;
import static dev.dovetail.processor.Failures.assertError;
import static dev.dovetail.processor.Failures.assertNoCrash;
import static dev.dovetail.processor.Failures.assertOnlyError;
import static dev.dovetail.processor.Failures.assertValid;
import static dev.dovetail.processor.Failures.handlerMethods;
import static dev.dovetail.processor.Failures.lineOf;
import static dev.dovetail.processor.Sources.APP;
import static dev.dovetail.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The app meta (spec §2.1, §7 cases 10–16): {@code @OcpApp} values, each broken rule one error on the line of that
 * value; {@code @OcpApp} declared twice or not at all; and the base manifest given with
 * {@code -Adovetail.baseManifest=<path>}, whose problems have no source position.
 */
class MetaRulesTest {
  private static final String APP_ID_32 = "a2345678901234567890123456789012";
  private static final String APP_ID_33 = "a23456789012345678901234567890123";

  /** The members of a valid {@code @OcpApp}, as Java source expressions. */
  private static Map<String, String> validMembers() {
    Map<String, String> members = new LinkedHashMap<>();
    members.put("appId", "\"acme_dam\"");
    members.put("displayName", "\"Acme DAM\"");
    members.put("version", "\"1.0.0\"");
    members.put("vendor", "\"acme\"");
    members.put("summary", "\"Syncs assets\"");
    members.put("supportUrl", "\"https://acme.io/help\"");
    members.put("contactEmail", "\"help@acme.io\"");
    members.put("categories", "OcpCategory.CONTENT_MANAGEMENT");
    return members;
  }

  /** {@code package-info.java} of {@code com.acme} with {@code @OcpApp}, one member a line, {@code member} set to {@code value}. */
  private static JavaFileObject app(String member, String value) {
    Map<String, String> members = validMembers();
    members.put(member, value);
    List<String> lines = new ArrayList<>();
    lines.add("@OcpApp(");
    List<String> entries = new ArrayList<>(members.keySet());
    for (int i = 0; i < entries.size(); i++) {
      String name = entries.get(i);
      lines.add("    " + name + " = " + members.get(name) + (i < entries.size() - 1 ? "," : ")"));
    }
    lines.add("package com.acme;");
    lines.add("");
    lines.add("import dev.dovetail.annotations.OcpApp;");
    lines.add("import dev.dovetail.annotations.OcpCategory;");
    return JavaFileObjects.forSourceLines("com.acme.package-info", lines);
  }

  private static String string(String value) {
    return "\"" + value + "\"";
  }

  private static JavaFileObject assetSync() {
    List<String> lines = new ArrayList<>(List.of(
        "/** Sends assets to the DAM. */",
        "@Destination",
        "public class AssetSync implements DestinationHandler<Asset> {"));
    lines.addAll(List.of(handlerMethods("Asset")));
    lines.add("}");
    return Sources.source("AssetSync", lines.toArray(new String[0]));
  }

  // --- @OcpApp values (M3, M5) -----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "appId        | abc",
      "appId        | " + APP_ID_32,
      "appId        | acme_dam_2",
      "version      | 1.0.0",
      "version      | 1.0.0-dev",
      "version      | 1.0.0-dev.3",
      "version      | 1.0.0-beta",
      "version      | 1.0.0-beta.2",
      "version      | 1.0.0-private",
      "version      | 10.20.30",
      "vendor       | acme_inc",
      "vendor       | acme2",
      "supportUrl   | https://acme.io/help",
      "supportUrl   | https://acme.io",
      "contactEmail | support@acme.io",
      "runtime      | node12",
      "runtime      | node18",
      "runtime      | node18_rt",
      "runtime      | node22",
  })
  void goodStringValuesCompile(String member, String value) {
    assertValid(compile(app(member, string(value))));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "categories   | OcpCategory.CRM",
      "categories   | {OcpCategory.CRM, OcpCategory.OPAL}",
      "availability | \"all\"",
      "availability | {\"us\", \"eu\"}",
  })
  void goodArrayValuesCompile(String member, String value) {
    assertValid(compile(app(member, value)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "appId        | ab                | meta.app_id 'ab' must start with a letter",
      "appId        | " + APP_ID_33 + " | be between 3 and 32 characters long",
      "appId        | 1app              | meta.app_id '1app'",
      "appId        | Acme_dam          | meta.app_id 'Acme_dam'",
      "appId        | acme-dam          | meta.app_id 'acme-dam'",
      "displayName  | ''                | meta.display_name must not be blank",
      "displayName  | '  '              | meta.display_name must not be blank",
      "version      | 1.0               | meta.version '1.0' must be a semantic version number",
      "version      | 1.0.0-rc1         | meta.version '1.0.0-rc1'",
      "version      | 1.0.0-private.1   | meta.version '1.0.0-private.1'",
      "version      | v1.0.0            | meta.version 'v1.0.0'",
      "version      | 1.0.0-beta2       | meta.version '1.0.0-beta2'",
      "vendor       | Acme              | meta.vendor 'Acme' must be lower snake case",
      "vendor       | acme__inc         | meta.vendor 'acme__inc'",
      "vendor       | acme_             | meta.vendor 'acme_'",
      "vendor       | _acme             | meta.vendor '_acme'",
      "supportUrl   | http://acme.io    | meta.support_url 'http://acme.io' must be a valid https:// web address",
      "supportUrl   | acme.io           | meta.support_url 'acme.io'",
      "supportUrl   | https://          | meta.support_url 'https://'",
      "summary      | ''                | meta.summary must not be blank",
      "contactEmail | help              | meta.contact_email 'help' must be a valid email address",
      "contactEmail | help@acme         | meta.contact_email 'help@acme'",
      "contactEmail | help @acme.io     | meta.contact_email 'help @acme.io'",
      "runtime      | node20            | runtime 'node20' must be one of [node12, node18, node18_rt, node22]",
      "runtime      | ''                | runtime '' must be one of",
  })
  void badStringValueIsAnErrorOnItsLine(String member, String value, String message) {
    JavaFileObject app = app(member, string(value));
    Compilation compilation = compile(app);
    assertOnlyError(compilation, "DOVETAIL-META_INVALID", app, lineOf(app, member + " = "));
    assertThat(compilation).hadErrorContaining(message);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "categories   | {}                                                                 | must contain 1 or 2 categories, found 0",
      "categories   | {OcpCategory.CRM, OcpCategory.OPAL, OcpCategory.OFFERS}             | must contain 1 or 2 categories, found 3",
      "categories   | {OcpCategory.CRM, OcpCategory.CRM}                                 | meta.categories contains two identical categories",
      "availability | {}                                                                 | must contain at least one availability zone",
      "availability | {\"all\", \"us\"}                                                  | should not contain any other availability zones if it contains \"all\"",
      "availability | {\"all\", \"all\"}                                                 | should not contain any other availability zones",
      "availability | {\"us\", \" \"}                                                    | meta.availability contains a blank zone",
  })
  void badArrayValueIsAnErrorOnItsLine(String member, String value, String message) {
    JavaFileObject app = app(member, value);
    Compilation compilation = compile(app);
    assertOnlyError(compilation, "DOVETAIL-META_INVALID", app, lineOf(app, member + " = "));
    assertThat(compilation).hadErrorContaining(message);
  }

  @Test
  void everyBrokenValueIsReportedOnItsOwnLine() {
    JavaFileObject app = JavaFileObjects.forSourceLines("com.acme.package-info",
        "@OcpApp(",
        "    appId = \"ab\",",
        "    displayName = \"Acme DAM\",",
        "    version = \"1.0\",",
        "    vendor = \"Acme\",",
        "    summary = \"Syncs assets\",",
        "    supportUrl = \"http://acme.io\",",
        "    contactEmail = \"help@acme.io\",",
        "    categories = {},",
        "    runtime = \"node20\")",
        "package com.acme;",
        "",
        "import dev.dovetail.annotations.OcpApp;");
    Compilation compilation = compile(app);
    for (String member : List.of("appId", "version", "vendor", "supportUrl", "categories", "runtime")) {
      assertError(compilation, "DOVETAIL-META_INVALID", app, lineOf(app, member + " = "));
    }
    assertThat(compilation).hadErrorCount(6);
  }

  @Test
  void ocpAppOnAClassWorksLikeOnAPackage() {
    JavaFileObject connector = Sources.source("Connector",
        "@OcpApp(appId = \"acme_dam\", displayName = \"Acme DAM\", version = \"1.0.0\", vendor = \"acme\",",
        "    summary = \"Syncs assets\", supportUrl = \"https://acme.io/help\", contactEmail = \"help@acme.io\",",
        "    categories = OcpCategory.CRM,",
        "    runtime = \"node20\")",
        "public final class Connector {}");
    assertOnlyError(compile(connector), "DOVETAIL-META_INVALID", connector, lineOf(connector, "runtime = "));
  }

  // --- Where the meta comes from ----------------------------------------------------------------------------------

  @Test
  void ocpAppDeclaredTwiceIsAnErrorOnTheSecondAnnotation() {
    JavaFileObject connector = Sources.source("Connector",
        "/** Declares the app a second time. */",
        "@OcpApp(appId = \"acme_other\", displayName = \"Acme\", version = \"1.0.0\", vendor = \"acme\",",
        "    summary = \"Syncs\", supportUrl = \"https://acme.io\", contactEmail = \"help@acme.io\",",
        "    categories = OcpCategory.CRM)",
        "public final class Connector {}");
    Compilation compilation = compile(APP, connector);
    assertOnlyError(compilation, "DOVETAIL-META_DUPLICATE", connector, lineOf(connector, "@OcpApp("));
    assertThat(compilation).hadErrorContaining("@OcpApp is already declared on package com.acme");
  }

  @Test
  void destinationWithoutAnyMetaIsAnErrorOnTheDestination() {
    JavaFileObject sync = assetSync();
    Compilation compilation = compile(ASSET, sync);
    assertOnlyError(compilation, "DOVETAIL-META_MISSING", sync, lineOf(sync, "public class AssetSync"));
    assertThat(compilation).hadErrorContaining("add @OcpApp(...)");
    assertThat(compilation).hadErrorContaining("-Adovetail.baseManifest=");
  }

  @Test
  void schemasWithoutDestinationsNeedNoMeta() {
    assertValid(compile(ASSET));
  }

  // --- Base manifest (-Adovetail.baseManifest) ------------------------------------------------------------------

  private static final String VALID_META = String.join("\n",
      "meta:",
      "  app_id: acme_events",
      "  display_name: Acme Events",
      "  version: 0.3.0-dev.1",
      "  vendor: acme",
      "  support_url: https://acme.io/events",
      "  summary: Streams events to Acme",
      "  contact_email: events@acme.io",
      "  categories:",
      "    - Analytics & Reporting",
      "  availability:",
      "    - all",
      "runtime: node22",
      "");

  @TempDir Path dir;

  private Compilation compileWithBase(String yaml, JavaFileObject... files) throws IOException {
    Path base = dir.resolve("app.yml");
    Files.writeString(base, yaml, StandardCharsets.UTF_8);
    return compileWithBasePath(base.toString(), files);
  }

  private static Compilation compileWithBasePath(String path, JavaFileObject... files) {
    return Sources.compiler().withOptions("--release", "17", "-Adovetail.baseManifest=" + path).compile(files);
  }

  /** A base-manifest problem: one error with the id and the text, and no source position. */
  private static void assertBaseManifestError(Compilation compilation, String id, String text) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(id);
    assertThat(compilation).hadErrorContaining(text);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation.errors().get(0).getSource()).isNull();
    assertNoCrash(compilation);
  }

  @Test
  void baseManifestWithMetaAndNoOcpAppCompiles() throws IOException {
    Compilation compilation = compileWithBase(VALID_META + "environment:\n  - ACME_API_KEY\n", ASSET, assetSync());
    assertValid(compilation);
  }

  @Test
  void baseManifestWithoutMetaCompilesWithOcpApp() throws IOException {
    assertValid(compileWithBase("environment:\n  - ACME_API_KEY\n", APP, ASSET, assetSync()));
  }

  @Test
  void baseManifestThatCannotBeReadIsAnError() {
    String path = dir.resolve("missing.yml").toString();
    assertBaseManifestError(compileWithBasePath(path, APP, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_UNREADABLE", "base manifest " + path + " cannot be read");
  }

  @Test
  void baseManifestWithBrokenYamlIsAnError() throws IOException {
    assertBaseManifestError(compileWithBase("meta: [app_id: x\n", APP, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_UNREADABLE", "cannot be read");
  }

  @Test
  void baseManifestThatIsNotAMapIsAnError() throws IOException {
    assertBaseManifestError(compileWithBase("- meta\n- runtime\n", APP, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "the document must be a map of sections");
  }

  @Test
  void emptyBaseManifestIsAnError() throws IOException {
    assertBaseManifestError(compileWithBase("", APP, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "the document must be a map of sections");
  }

  @Test
  void unknownTopLevelSectionIsAnError() throws IOException {
    assertBaseManifestError(compileWithBase("environment: []\nfoo: 1\n", APP, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "unknown top-level section 'foo' (OCP M1)");
  }

  @Test
  void destinationsSectionIsAnError() throws IOException {
    assertBaseManifestError(compileWithBase("destinations: {}\n", APP, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "'destinations' is generated from @Destination classes");
  }

  @Test
  void metaMissingAKeyIsAnError() throws IOException {
    String yaml = VALID_META.replace("  summary: Streams events to Acme\n", "");
    assertBaseManifestError(compileWithBase(yaml, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "meta must have required property 'summary' (OCP M2)");
  }

  @Test
  void metaWithAnExtraKeyIsAnError() throws IOException {
    String yaml = VALID_META.replace("  vendor: acme\n", "  vendor: acme\n  icon: logo.svg\n");
    assertBaseManifestError(compileWithBase(yaml, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "meta must not have additional property 'icon' (OCP M1)");
  }

  @Test
  void metaWithoutRuntimeIsAnError() throws IOException {
    String yaml = VALID_META.replace("runtime: node22\n", "");
    assertBaseManifestError(compileWithBase(yaml, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "a base manifest with 'meta' must also set 'runtime' (OCP M2)");
  }

  @Test
  void metaThatIsNotAMapIsAnError() throws IOException {
    assertBaseManifestError(compileWithBase("meta: acme\nruntime: node22\n", ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "'meta' must be a map");
  }

  @Test
  void unknownCategoryIsAnError() throws IOException {
    String yaml = VALID_META.replace("    - Analytics & Reporting\n", "    - Crm\n");
    assertBaseManifestError(compileWithBase(yaml, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "meta.categories value 'Crm' is not an OCP category (OCP M4)");
  }

  @Test
  void brokenMetaRuleIsAnError() throws IOException {
    String yaml = VALID_META.replace("  vendor: acme\n", "  vendor: Acme\n");
    assertBaseManifestError(compileWithBase(yaml, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "meta.vendor 'Acme' must be lower snake case");
  }

  @Test
  void badRuntimeIsAnError() throws IOException {
    String yaml = VALID_META.replace("runtime: node22\n", "runtime: node20\n");
    assertBaseManifestError(compileWithBase(yaml, ASSET, assetSync()),
        "DOVETAIL-BASE_MANIFEST_INVALID", "runtime 'node20' must be one of");
  }

  @Test
  void metaInBothTheBaseManifestAndOcpAppIsAnErrorOnTheAnnotation() throws IOException {
    Compilation compilation = compileWithBase(VALID_META, APP, ASSET, assetSync());
    assertOnlyError(compilation, "DOVETAIL-META_TWICE", APP, lineOf(APP, "@OcpApp("));
    assertThat(compilation).hadErrorContaining("app meta comes from both @OcpApp and the base manifest");
  }
}
