package dev.dovetail.kafka;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.runtime.isolation.PluginClassLoader;
import org.apache.kafka.connect.runtime.isolation.PluginDesc;
import org.apache.kafka.connect.runtime.isolation.PluginScanResult;
import org.apache.kafka.connect.runtime.isolation.PluginSource;
import org.apache.kafka.connect.runtime.isolation.PluginUtils;
import org.apache.kafka.connect.runtime.isolation.ServiceLoaderScanner;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin directory of the README (the example's jar and this module's jar, nothing else) scanned by Connect's
 * own {@code plugin.discovery=service_load} scanner in an isolated plugin class loader whose parent sees no Dovetail
 * class: the connector is found, and it finds the example's destinations. Runs on the packaged jars ({@code mvn
 * verify}).
 */
class PluginDirectoryIT {
  @TempDir Path plugins;

  @Test
  void connectFindsTheSinkConnectorAndItsDestinationsInThePluginDirectory() throws Exception {
    Path plugin = Files.createDirectories(plugins.resolve("dovetail-example"));
    for (String property : List.of("example.jar", "adapter.jar")) {
      Path jar = Path.of(System.getProperty(property));
      Files.copy(jar, plugin.resolve(jar.getFileName()));
    }
    ClassLoader parent = new WithoutDovetail(getClass().getClassLoader());
    PluginSource source = PluginUtils.isolatedPluginSource(plugin, parent, PluginClassLoader::new);
    PluginScanResult scan = new ServiceLoaderScanner().discoverPlugins(Set.of(source));

    assertThat(scan.sourceConnectors()).hasSize(1);
    assertThat(scan.sourceConnectors().first().className()).isEqualTo(DovetailSourceConnector.class.getName());
    assertThat(scan.sinkConnectors()).hasSize(1);
    PluginDesc<SinkConnector> found = scan.sinkConnectors().first();
    assertThat(found.className()).isEqualTo(DovetailSinkConnector.class.getName());
    assertThat(found.location()).contains("dovetail-example");
    assertThat(found.pluginClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);

    SinkConnector connector = found.pluginClass().getDeclaredConstructor().newInstance();
    Config config = connector.validate(Map.of(SinkConfig.DESTINATION, "nope", "topics", "t"));
    ConfigValue destination = config.configValues().stream()
        .filter(v -> v.name().equals(SinkConfig.DESTINATION)).findFirst().orElseThrow();
    assertThat(destination.recommendedValues()).containsExactly("asset_sqlite", "deal_sql", "lead_sqlite").inOrder();
    assertThat(destination.errorMessages()).containsExactly("Invalid value nope for configuration "
        + SinkConfig.DESTINATION + ": unknown destination; this plugin has: asset_sqlite, deal_sql, lead_sqlite");
  }

  /** The worker's class path as a plugin's parent sees it: Kafka and the JDK, no Dovetail and no other plugin. */
  private static final class WithoutDovetail extends ClassLoader {
    WithoutDovetail(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("dev.dovetail.")) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
      return hidden(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private static boolean hidden(String name) {
      return name.startsWith("dev/dovetail/") || name.startsWith("META-INF/dovetail/")
          || name.startsWith("META-INF/services/dev.dovetail.") || name.startsWith("META-INF/services/org.apache.kafka.");
    }
  }
}
