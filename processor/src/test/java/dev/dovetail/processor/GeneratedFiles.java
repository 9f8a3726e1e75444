package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The non-class files a compilation generated, keyed by a stable path: {@code java/<pkg>/<Type>.java} for sources,
 * the resource path ({@code app.yml}, {@code destinations/schema/x.yml}) for class-output resources.
 */
final class GeneratedFiles {
  private GeneratedFiles() {}

  static TreeMap<String, String> of(Compilation compilation) {
    TreeMap<String, String> out = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      if (uri.endsWith(".class")) {
        continue;
      }
      String key;
      if (uri.startsWith("/SOURCE_OUTPUT/")) {
        key = "java/" + uri.substring("/SOURCE_OUTPUT/".length());
      } else if (uri.startsWith("/CLASS_OUTPUT/")) {
        key = uri.substring("/CLASS_OUTPUT/".length());
      } else {
        throw new IllegalStateException("unexpected output location " + uri);
      }
      try {
        out.put(key, file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static TreeMap<String, String> read(Path dir) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static void write(TreeMap<String, String> files, Path dir) throws IOException {
    for (var entry : files.entrySet()) {
      Path target = dir.resolve(entry.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, entry.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** Writes the class-output resources to {@code dir} so external checkers (ocp-check) can read them. */
  static void writeResources(TreeMap<String, String> files, Path dir) throws IOException {
    TreeMap<String, String> resources = new TreeMap<>(files);
    resources.keySet().removeIf(k -> k.startsWith("java/"));
    write(resources, dir);
  }
}
