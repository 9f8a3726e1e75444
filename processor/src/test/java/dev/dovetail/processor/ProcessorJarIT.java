package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** What build tools find in the packaged processor jar: the javac service entry and Gradle's registration. */
class ProcessorJarIT {
  @Test
  void jarRegistersTheProcessorWithJavacAndWithGradleAsDynamic() throws IOException {
    Path jar = Path.of(System.getProperty("processor.jar", "target/dovetail-processor-0.1.0-SNAPSHOT.jar"));
    assertWithMessage("the processor jar; mvn verify builds it before this test").that(Files.isRegularFile(jar)).isTrue();
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(entry(file, "META-INF/services/javax.annotation.processing.Processor"))
          .contains(DovetailProcessor.class.getName());
      assertThat(entry(file, "META-INF/gradle/incremental.annotation.processors"))
          .isEqualTo(DovetailProcessor.class.getName() + ",dynamic\n");
      assertThat(file.getEntry(DovetailProcessor.class.getName().replace('.', '/') + ".class")).isNotNull();
    }
  }

  private static String entry(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertWithMessage(name + " in the jar").that(entry).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
