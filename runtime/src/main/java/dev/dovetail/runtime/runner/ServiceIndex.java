package dev.dovetail.runtime.runner;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Loads the providers a connector jar lists in {@code META-INF/services/<service>}.
 *
 * <p>When the class path is one jar ({@code java -jar connector.jar}, the packaging the README describes) and that jar
 * adds nothing to it (no {@code Class-Path} in its manifest), the index is read from that jar directly. {@link
 * ServiceLoader} would find the same file, but first asks the boot and platform loaders for it, which look in every
 * system module: on a fresh JVM that first search is the largest single cost of {@code list} (notes/7.md in the
 * benchmarks). Any other class path, or any other class loader (Kafka Connect plugins, tests), goes through {@link
 * ServiceLoader} as before.
 */
final class ServiceIndex {
  private static final String PREFIX = "META-INF/services/";

  private ServiceIndex() {}

  static <T> List<T> load(Class<T> service, ClassLoader loader) {
    URL jar = soleJar(loader);
    List<T> found = new ArrayList<>();
    if (jar == null) {
      for (T provider : ServiceLoader.load(service, loader)) {
        found.add(provider);
      }
      return found;
    }
    for (String name : providerNames(service, jar)) {
      found.add(instantiate(service, name, loader));
    }
    return found;
  }

  /** The one jar the system class loader reads from, or null when that is not all {@code loader} sees. */
  private static URL soleJar(ClassLoader loader) {
    if (loader != ClassLoader.getSystemClassLoader() || System.getProperty("java.system.class.loader") != null
        || System.getProperty("jdk.boot.class.path.append") != null) {
      return null;
    }
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
      return null;
    }
    File file = new File(classPath);
    if (!file.isFile()) {
      return null;
    }
    try {
      // String.concat, not +: the first + of a JVM bootstraps StringConcatFactory (milliseconds at start-up).
      URL root = new URL("jar:".concat(file.toURI().toURL().toString()).concat("!/"));
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      connection.setUseCaches(true);
      Manifest manifest = connection.getManifest();
      if (manifest != null && manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH) != null) {
        return null;
      }
      return root;
    } catch (IOException e) {
      return null;
    }
  }

  private static List<String> providerNames(Class<?> service, URL jar) {
    List<String> names = new ArrayList<>();
    URL index;
    try {
      index = new URL(jar, PREFIX.concat(service.getName()));
    } catch (IOException e) {
      throw new ServiceConfigurationError(service.getName() + ": " + e.getMessage(), e);
    }
    try (InputStream in = index.openStream();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int comment = line.indexOf('#');
        String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
        if (!name.isEmpty() && !names.contains(name)) {
          names.add(name);
        }
      }
    } catch (java.io.FileNotFoundException e) {
      return names;
    } catch (IOException e) {
      throw new ServiceConfigurationError(service.getName() + ": cannot read " + index + ": " + e.getMessage(), e);
    }
    return names;
  }

  private static <T> T instantiate(Class<T> service, String name, ClassLoader loader) {
    try {
      Class<?> type = Class.forName(name, false, loader);
      if (!service.isAssignableFrom(type)) {
        throw new ServiceConfigurationError(service.getName() + ": Provider " + name + " not a subtype");
      }
      return service.cast(type.getConstructor().newInstance());
    } catch (ClassNotFoundException e) {
      throw new ServiceConfigurationError(service.getName() + ": Provider " + name + " not found", e);
    } catch (InvocationTargetException e) {
      throw new ServiceConfigurationError(
          service.getName() + ": Provider " + name + " could not be instantiated", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new ServiceConfigurationError(
          service.getName() + ": Provider " + name + " could not be instantiated", e);
    }
  }
}
