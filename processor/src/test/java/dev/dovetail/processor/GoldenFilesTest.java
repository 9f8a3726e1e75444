package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles each case under {@code src/test/resources/golden/<case>/src} and compares every generated file (Java
 * sources and resources) with {@code golden/<case>/expected}. Optional {@code options.txt}: javac options, one per
 * line, {@code $CASE} standing for the case directory.
 *
 * <p>After a deliberate change of the output, regenerate with {@code -Ddovetail.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedFilesMatchGoldenFiles(String name) throws IOException {
    Path dir = GOLDEN.resolve(name).toAbsolutePath();
    Compilation compilation = compile(dir);
    assertThat(compilation).succeededWithoutWarnings();

    TreeMap<String, String> actual = GeneratedFiles.of(compilation);
    Path expectedDir = dir.resolve("expected");
    if (Boolean.getBoolean("dovetail.updateGolden")) {
      GeneratedFiles.write(actual, expectedDir);
    }
    TreeMap<String, String> expected = GeneratedFiles.read(expectedDir);
    assertThat(actual.keySet()).containsExactlyElementsIn(expected.keySet());
    for (String path : expected.keySet()) {
      assertWithMessage(path).that(actual.get(path)).isEqualTo(expected.get(path));
      if (path.endsWith(".java")) {
        String type = path.substring("java/".length(), path.length() - ".java".length()).replace('/', '.');
        assertThat(compilation).generatedSourceFile(type)
            .hasSourceEquivalentTo(JavaFileObjects.forSourceString(type, expected.get(path)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameSourcesGiveByteIdenticalOutput(String name) throws IOException {
    Path dir = GOLDEN.resolve(name).toAbsolutePath();
    assertThat(GeneratedFiles.of(compile(dir))).isEqualTo(GeneratedFiles.of(compile(dir)));
  }

  static Compilation compile(Path dir) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = dir.resolve("src").relativize(file).toString();
        sources.add(JavaFileObjects.forSourceString(
            relative.substring(0, relative.length() - ".java".length()).replace('/', '.'),
            Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    List<String> options = new ArrayList<>();
    Path optionsFile = dir.resolve("options.txt");
    if (Files.exists(optionsFile)) {
      for (String line : Files.readAllLines(optionsFile, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          options.add(line.trim().replace("$CASE", dir.toString()));
        }
      }
    }
    return Compiler.javac().withProcessors(new DovetailProcessor()).withOptions(withRelease(options)).compile(sources);
  }

  private static List<String> withRelease(List<String> options) {
    List<String> all = new ArrayList<>(List.of("--release", "17"));
    all.addAll(options);
    return all;
  }
}
