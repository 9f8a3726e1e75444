package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor's registration for Gradle's incremental annotation processing, and the reason it is opt-in.
 *
 * <p>On an incremental build Gradle compiles the changed sources and hands an aggregating processor the unchanged
 * annotated types by name, to be read from the previous build's class files ({@code JavaCompiler.getTask}'s
 * {@code classes} argument); the files the processor generated before are deleted first. The tests here do the
 * same with the JDK's compiler.
 */
class GradleIncrementalTest {
  private static final String REGISTRATION = "META-INF/gradle/incremental.annotation.processors";

  @TempDir Path dir;

  @Test
  void processorIsRegisteredAsDynamic() throws IOException {
    URL resource = DovetailProcessor.class.getClassLoader().getResource(REGISTRATION);
    assertWithMessage(REGISTRATION + " in the processor's class output").that(resource).isNotNull();
    // The processor's own file, not one of a dependency: beside DovetailProcessor.class.
    String classFile = DovetailProcessor.class.getResource("DovetailProcessor.class").toString();
    assertThat(resource.toString()).isEqualTo(classFile.substring(0, classFile.indexOf("dev/dovetail/processor/"))
        + REGISTRATION);
    try (InputStream in = resource.openStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(DovetailProcessor.class.getName() + ",dynamic\n");
    }
  }

  @Test
  void aggregatingOnlyWhenTheBuildOptsIn() throws IOException {
    assertThat(supportedOptionsAfterInit(List.of())).doesNotContain(DovetailProcessor.GRADLE_AGGREGATING);
    assertThat(supportedOptionsAfterInit(List.of("-Adovetail.gradle.incremental=false")))
        .doesNotContain(DovetailProcessor.GRADLE_AGGREGATING);
    assertThat(supportedOptionsAfterInit(List.of("-Adovetail.gradle.incremental=true")))
        .containsExactly(DovetailProcessor.BASE_MANIFEST_OPTION, DovetailProcessor.GRADLE_INCREMENTAL_OPTION,
            DovetailProcessor.GRADLE_AGGREGATING);
    // Never isolating: app.yml, the service indexes and the reference each depend on many annotated types.
    assertThat(supportedOptionsAfterInit(List.of("-Adovetail.gradle.incremental=true")))
        .doesNotContain("org.gradle.annotation.processing.isolating");
  }

  @Test
  void unchangedTypesReadFromClassFilesGiveTheSameOutputWhenDescriptionsAreInAnnotations() throws IOException {
    Map<String, String> sources = connector(false);
    Path full = dir.resolve("full");
    assertThat(compile(full, List.of(), sources, List.of()).errors()).isEmpty();

    Path incremental = dir.resolve("incremental");
    Compiled again = compile(incremental, List.of(previousOutput(full)), changedOnly(sources), List.of("com.acme.inc.Product"));

    assertThat(again.errors()).isEmpty();
    TreeMap<String, String> before = generated(full);
    assertThat(before.keySet()).containsAtLeast("app.yml", "destinations/schema/product.yml",
        "META-INF/dovetail/connector.md", "java/com/acme/inc/ProductCodec.java");
    assertThat(generated(incremental)).isEqualTo(before);
  }

  @Test
  void javadocIsNotInClassFilesSoJavadocDescriptionsWouldBreakAnIncrementalBuild() throws IOException {
    Map<String, String> sources = connector(true);
    Path full = dir.resolve("full");
    assertThat(compile(full, List.of(), sources, List.of()).errors()).isEmpty();

    Compiled again = compile(dir.resolve("incremental"), List.of(previousOutput(full)), changedOnly(sources),
        List.of("com.acme.inc.Product"));

    // Why the aggregating category is opt-in: from a class file the schema has no description left.
    assertThat(again.errors()).isNotEmpty();
    assertThat(again.errors().get(0)).contains("has no description");
  }

  /**
   * Gradle maps each generated file to the sources it came from through the originating elements given to the
   * {@code Filer}: every source and resource of every golden case names at least one.
   */
  @Test
  void everyGeneratedFileHasOriginatingElements() throws IOException {
    for (String name : GoldenFilesTest.cases().toList()) {
      Map<String, List<javax.lang.model.element.Element>> origins = new TreeMap<>();
      DovetailProcessor processor = new DovetailProcessor();
      javax.annotation.processing.Processor recording = recordingOrigins(processor, origins);
      Path caseDir = Path.of("src/test/resources/golden").resolve(name).toAbsolutePath();
      List<String> options = new ArrayList<>();
      Path optionsFile = caseDir.resolve("options.txt");
      if (Files.exists(optionsFile)) {
        Files.readAllLines(optionsFile).stream().filter(l -> !l.isBlank())
            .forEach(l -> options.add(l.trim().replace("$CASE", caseDir.toString())));
      }
      Map<String, String> sources = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(caseDir.resolve("src"))) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
          sources.put(caseDir.resolve("src").relativize(file).toString(), Files.readString(file));
        }
      }
      Compiled compiled = compile(dir.resolve(name), List.of(), sources, List.of(), options, recording);
      assertWithMessage(name).that(compiled.errors()).isEmpty();
      assertWithMessage(name).that(origins.keySet()).containsAtLeastElementsIn(
          GeneratedFiles.read(caseDir.resolve("expected")).keySet().stream()
              .map(k -> k.startsWith("java/") ? k.substring("java/".length(), k.length() - ".java".length())
                  .replace('/', '.') : k)
              .toList());
      origins.forEach((file, elements) ->
          assertWithMessage(name + ": " + file + " originating elements").that(elements).isNotEmpty());
    }
  }

  /** {@code processor}, its Filer recording what each created file originates from. */
  private static javax.annotation.processing.Processor recordingOrigins(DovetailProcessor processor,
      Map<String, List<javax.lang.model.element.Element>> origins) {
    return new javax.annotation.processing.AbstractProcessor() {
      @Override
      public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
        super.init(env);
        javax.annotation.processing.Filer filer = env.getFiler();
        javax.annotation.processing.Filer recordingFiler = (javax.annotation.processing.Filer) java.lang.reflect.Proxy
            .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {javax.annotation.processing.Filer.class},
                (proxy, method, args) -> {
                  String file = switch (method.getName()) {
                    case "createSourceFile", "createClassFile" -> args[0].toString();
                    case "createResource" -> args[2].toString();
                    default -> null;
                  };
                  if (file != null) {
                    origins.put(file, List.of((javax.lang.model.element.Element[]) args[args.length - 1]));
                  }
                  try {
                    return method.invoke(filer, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
        processor.init((javax.annotation.processing.ProcessingEnvironment) java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {javax.annotation.processing.ProcessingEnvironment.class},
            (proxy, method, args) -> method.getName().equals("getFiler") ? recordingFiler : method.invoke(env, args)));
      }

      @Override
      public java.util.Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
      }

      @Override
      public java.util.Set<String> getSupportedOptions() {
        return processor.getSupportedOptions();
      }

      @Override
      public javax.lang.model.SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
      }

      @Override
      public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
          javax.annotation.processing.RoundEnvironment round) {
        return processor.process(annotations, round);
      }
    };
  }

  /** A connector of one destination; descriptions in Javadoc or in the annotations. */
  private static Map<String, String> connector(boolean javadoc) {
    Map<String, String> sources = new TreeMap<>();
    sources.put("com/acme/inc/package-info.java", String.join("\n",
        "@OcpApp(appId = \"acme_inc\", displayName = \"Acme\", version = \"1.0.0\", vendor = \"acme\",",
        "    summary = \"Syncs products\", supportUrl = \"https://acme.io/help\", contactEmail = \"help@acme.io\",",
        "    categories = OcpCategory.COMMERCE_PLATFORM)",
        "package com.acme.inc;",
        "import dev.dovetail.annotations.OcpApp;",
        "import dev.dovetail.annotations.OcpCategory;"));
    sources.put("com/acme/inc/Product.java", String.join("\n",
        "package com.acme.inc;",
        "import dev.dovetail.annotations.*;",
        javadoc ? "/**\n * A product.\n *\n * @param sku the SKU\n * @param name the name\n */" : "",
        javadoc ? "@Schema" : "@Schema(description = \"A product.\")",
        "public record Product(",
        javadoc ? "    @SchemaField(primary = true) String sku," : "    @SchemaField(primary = true, description = \"the SKU\") String sku,",
        javadoc ? "    String name) {}" : "    @SchemaField(description = \"the name\") String name) {}"));
    sources.put("com/acme/inc/ProductSync.java", String.join("\n",
        "package com.acme.inc;",
        "import dev.dovetail.annotations.Destination;",
        "import dev.dovetail.runtime.*;",
        "@Destination(description = \"Sends products.\", supportsDelete = true)",
        "public class ProductSync implements DestinationHandler<Product> {",
        "  @Override public ReadyResult ready() { return ReadyResult.ok(); }",
        "  @Override public DeliverResult deliver(Batch<Product> batch) { return DeliverResult.ok(); }",
        "}"));
    return sources;
  }

  /** The sources Gradle recompiles when ProductSync changed (package-info: javac takes no package by class name). */
  private static Map<String, String> changedOnly(Map<String, String> sources) {
    Map<String, String> changed = new TreeMap<>(sources);
    changed.remove("com/acme/inc/Product.java");
    return changed;
  }

  /** The previous build's classes as Gradle leaves them: without the recompiled ones and the generated ones. */
  private Path previousOutput(Path full) throws IOException {
    Path previous = dir.resolve("previous");
    Path product = Path.of("com/acme/inc/Product.class");
    Files.createDirectories(previous.resolve(product).getParent());
    Files.copy(full.resolve("classes").resolve(product), previous.resolve(product));
    return previous;
  }

  private record Compiled(List<String> errors, List<String> warnings) {}

  private Compiled compile(Path out, List<Path> classPath, Map<String, String> sources, List<String> classNames)
      throws IOException {
    return compile(out, classPath, sources, classNames, List.of(), new DovetailProcessor());
  }

  private Compiled compile(Path out, List<Path> classPath, Map<String, String> sources, List<String> classNames,
      List<String> options, javax.annotation.processing.Processor processor) throws IOException {
    Path src = out.resolve("src");
    List<Path> sourceFiles = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      sourceFiles.add(Files.writeString(file, source.getValue(), StandardCharsets.UTF_8));
    }
    Files.createDirectories(out.resolve("classes"));
    Files.createDirectories(out.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out.resolve("classes")));
      fileManager.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out.resolve("generated")));
      List<Path> path = new ArrayList<>(classPath);
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        path.add(Path.of(entry));
      }
      fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, path);
      List<String> javacOptions = new ArrayList<>(List.of("--release", "17"));
      javacOptions.addAll(options);
      JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, javacOptions,
          classNames.isEmpty() ? null : classNames, fileManager.getJavaFileObjectsFromPaths(sourceFiles));
      task.setProcessors(List.of(processor));
      task.call();
    }
    return new Compiled(messages(diagnostics, Diagnostic.Kind.ERROR), messages(diagnostics, Diagnostic.Kind.WARNING));
  }

  private static List<String> messages(DiagnosticCollector<JavaFileObject> diagnostics, Diagnostic.Kind kind) {
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == kind).map(d -> d.getMessage(null)).toList();
  }

  /** Generated sources under {@code java/}, resources by their path, as in the golden files. */
  private static TreeMap<String, String> generated(Path out) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    collect(out.resolve("generated"), "java/", files);
    collect(out.resolve("classes"), "", files);
    return files;
  }

  private static void collect(Path root, String prefix, TreeMap<String, String> files) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".class")).toList()) {
        files.put(prefix + root.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
  }

  /** What the processor tells Gradle after javac initialised it with {@code options}, as Gradle asks. */
  private java.util.Set<String> supportedOptionsAfterInit(List<String> options) throws IOException {
    DovetailProcessor processor = new DovetailProcessor();
    Compiled compiled = compile(dir.resolve("options" + options.hashCode()), List.of(), Map.of("Note.java", String.join("\n",
        "@dev.dovetail.annotations.Schema(description = \"A note.\")",
        "record Note(@dev.dovetail.annotations.SchemaField(primary = true, description = \"Its id.\") String id) {}")),
        List.of(), options, processor);
    assertThat(compiled.errors()).isEmpty();
    assertThat(compiled.warnings()).isEmpty();
    return processor.getSupportedOptions();
  }

}
