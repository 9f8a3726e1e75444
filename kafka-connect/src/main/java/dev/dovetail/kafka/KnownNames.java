package dev.dovetail.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The config key that names a destination or synapse of the plugin: accepts only a name the plugin holds (and, for a
 * generated connector, only its own), and recommends the known names to UIs.
 */
final class KnownNames implements ConfigDef.Validator, ConfigDef.Recommender {
  private final String what;
  private final String verb;
  private final String fixed;
  private final List<String> known;
  private final List<Object> recommended;
  private final Class<?> generic;

  /**
   * @param what {@code destination} or {@code synapse}
   * @param verb what a connector does with it, for the message: {@code delivers to}, {@code reads from}
   * @param fixed the name a generated connector is fixed to, or {@code null}
   * @param generic the generic connector, named in the message for a generated one
   */
  KnownNames(String what, String verb, String fixed, List<String> known, Class<?> generic) {
    this.what = what;
    this.verb = verb;
    this.fixed = fixed;
    this.known = List.copyOf(known);
    this.recommended = List.copyOf(known);
    this.generic = generic;
  }

  @Override
  public void ensureValid(String name, Object value) {
    String given = value == null ? null : value.toString();
    if (fixed != null && !fixed.equals(given)) {
      throw new ConfigException(name, value, "this connector " + verb + " " + what + " '" + fixed + "' only; leave "
          + name + " out, or use the generic " + generic.getName());
    }
    if (given == null || !known.contains(given)) {
      throw new ConfigException(name, value, "unknown " + what + "; this plugin has: "
          + (known.isEmpty() ? "none (is the connector jar in the plugin directory?)" : String.join(", ", known)));
    }
  }

  @Override
  public List<Object> validValues(String name, Map<String, Object> parsedConfig) {
    return recommended;
  }

  @Override
  public boolean visible(String name, Map<String, Object> parsedConfig) {
    return true;
  }

  @Override
  public String toString() {
    return String.join(", ", known);
  }
}
