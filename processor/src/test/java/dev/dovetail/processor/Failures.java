package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Helpers for the failure tests: sources in any package, the line of a snippet in a source, and assertions that
 * an error with a catalogue id sits on a given line and that the processor did not crash.
 */
final class Failures {
  private Failures() {}

  /** The two methods every {@code DestinationHandler<T>} needs, for {@code T = recordType}. */
  static String[] handlerMethods(String recordType) {
    return new String[] {
      "  @Override public ReadyResult ready() { return ReadyResult.ok(); }",
      "  @Override public DeliverResult deliver(Batch<" + recordType + "> batch) { return DeliverResult.ok(); }"
    };
  }

  /** A valid schema {@code com.acme.Asset} (primary key {@code id}) for destinations to receive. */
  static final JavaFileObject ASSET = Sources.source("Asset",
      "/**",
      " * An asset in the DAM.",
      " *",
      " * @param id identifier in the DAM",
      " * @param name file name",
      " */",
      "@Schema",
      "public record Asset(@SchemaField(primary = true) String id, String name) {}");

  /** A valid schema function {@code com.acme.LeadSchema}. */
  static final JavaFileObject LEAD_SCHEMA = Sources.source("LeadSchema",
      "public class LeadSchema implements DestinationSchemaFunction {",
      "  @Override public SchemaDefinition getDestinationsSchema(SchemaFunctionConfig config) {",
      "    return new SchemaDefinition(\"lead\", \"Lead\", \"A lead\", List.of(",
      "        SchemaDefinition.Field.primary(\"email\", \"Email\", \"Lead e-mail\", \"string\")), List.of());",
      "  }",
      "}");

  /** Like {@link Sources#source} (same imports, body from line 13), in package {@code pkg}. */
  static JavaFileObject sourceIn(String pkg, String name, String... lines) {
    List<String> all = new ArrayList<>(List.of(
        "package " + pkg + ";",
        "import dev.dovetail.annotations.*;",
        "import dev.dovetail.runtime.*;",
        "import java.math.BigDecimal;",
        "import java.time.Instant;",
        "import java.util.List;",
        "import java.util.Map;",
        "import java.util.Set;",
        "",
        "",
        "",
        ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines(pkg + "." + name, all);
  }

  /**
   * The 1-based line of {@code file} that is {@code snippet} (ignoring indentation) or, when no line is, the one line
   * that contains it; fails when that is ambiguous or there is none.
   */
  static long lineOf(JavaFileObject file, String snippet) {
    String[] lines = content(file).split("\n", -1);
    for (boolean exact : new boolean[] {true, false}) {
      long found = -1;
      for (int i = 0; i < lines.length; i++) {
        if (exact ? lines[i].trim().equals(snippet.trim()) : lines[i].contains(snippet)) {
          if (found != -1) {
            throw new AssertionError("'" + snippet + "' is on lines " + found + " and " + (i + 1) + " of " + file.getName());
          }
          found = i + 1;
        }
      }
      if (found != -1) {
        return found;
      }
    }
    throw new AssertionError("'" + snippet + "' does not occur in " + file.getName());
  }

  /**
   * The compilation failed with an error carrying {@code id} in {@code file} on {@code line}, and the processor did
   * not crash.
   */
  static void assertError(Compilation compilation, String id, JavaFileObject file, long line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(id).inFile(file).onLine(line);
    assertNoCrash(compilation);
  }

  /** {@link #assertError} and no other error at all. */
  static void assertOnlyError(Compilation compilation, String id, JavaFileObject file, long line) {
    assertError(compilation, id, file, line);
    assertWithMessage("errors: %s", describe(compilation)).that(compilation.errors()).hasSize(1);
  }

  /**
   * The compilation succeeded with exactly one warning, carrying {@code id}, in {@code file} on {@code line}, and the
   * processor did not crash.
   */
  static void assertOnlyWarning(Compilation compilation, String id, JavaFileObject file, long line) {
    assertWithMessage("diagnostics: %s", describe(compilation)).that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation).hadWarningContaining(id).inFile(file).onLine(line);
    assertWithMessage("warnings: %s", describe(compilation)).that(compilation.warnings()).hasSize(1);
    assertNoCrash(compilation);
  }

  /** Compiled without errors or warnings, and without crashing. */
  static void assertValid(Compilation compilation) {
    assertWithMessage("diagnostics: %s", describe(compilation)).that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** No {@code DOVETAIL-INTERNAL_ERROR} and no exception or stack trace in any diagnostic. */
  static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertWithMessage("diagnostic").that(message).doesNotContain("DOVETAIL-INTERNAL_ERROR");
      assertWithMessage("diagnostic").that(message).doesNotContainMatch("Exception|Error:|\\n\\s*at [\\w$.]+\\(");
    }
  }

  /** How many errors carry {@code id}. */
  static long errorsWith(Compilation compilation, String id) {
    return compilation.errors().stream().filter(d -> d.getMessage(Locale.ROOT).contains(id)).count();
  }

  /** All diagnostics, one per line, for failure messages. */
  static String describe(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> "\n  " + d.getKind() + " " + (d.getSource() == null ? "-" : d.getSource().getName()) + ":"
            + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining());
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
