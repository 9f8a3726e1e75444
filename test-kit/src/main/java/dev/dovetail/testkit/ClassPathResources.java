package dev.dovetail.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Text resources of the connector's class path, including the files of a resource folder (directory or jar). */
final class ClassPathResources {
  private final ClassLoader loader;

  ClassPathResources(ClassLoader loader) {
    this.loader = loader;
  }

  /** The text of {@code name}, or {@code null} when there is no such resource. */
  String read(String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** File name → text of every file directly in {@code folder} whose name ends with one of {@code suffixes}, sorted. */
  TreeMap<String, String> folder(String folder, String... suffixes) {
    TreeMap<String, String> files = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources(folder);
      while (roots.hasMoreElements()) {
        for (String name : list(roots.nextElement())) {
          if (matches(name, suffixes)) {
            files.putIfAbsent(name, read(folder + "/" + name));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return files;
  }

  private static List<String> list(URL root) throws IOException {
    List<String> names = new ArrayList<>();
    if (root.getProtocol().equals("file")) {
      try (Stream<Path> children = Files.list(Path.of(root.toURI()))) {
        children.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
      } catch (URISyntaxException e) {
        throw new IOException("not a file URL: " + root, e);
      }
    } else if (root.getProtocol().equals("jar")) {
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      connection.setUseCaches(false);
      String prefix = connection.getEntryName() + "/";
      try (JarFile jar = connection.getJarFile()) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          String entry = entries.nextElement().getName();
          if (entry.startsWith(prefix) && entry.length() > prefix.length() && entry.indexOf('/', prefix.length()) < 0) {
            names.add(entry.substring(prefix.length()));
          }
        }
      }
    }
    return names;
  }

  private static boolean matches(String name, String... suffixes) {
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
