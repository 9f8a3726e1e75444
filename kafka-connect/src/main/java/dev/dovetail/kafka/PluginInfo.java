package dev.dovetail.kafka;

import dev.dovetail.runtime.Settings;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.SynapseCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the plugin's jars hold: the destinations and synapses of the generated indexes, and the runtime version. */
final class PluginInfo {
  private static final String VERSION_RESOURCE = "/META-INF/dovetail/runtime.properties";

  private PluginInfo() {}

  /**
   * The destinations listed by the generated index that {@code type}'s class loader sees: in a Connect worker,
   * the plugin's own loader (its directory under {@code plugin.path}), so each plugin sees only its connector jar.
   */
  static DestinationCatalog destinations(Class<?> type) {
    return DestinationCatalog.load(type.getClassLoader());
  }

  /** The synapses listed by the generated index that {@code type}'s class loader sees (as for destinations). */
  static SynapseCatalog synapses(Class<?> type) {
    return SynapseCatalog.load(type.getClassLoader());
  }

  /** The Dovetail runtime version, as stamped into its jar. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Settings.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
