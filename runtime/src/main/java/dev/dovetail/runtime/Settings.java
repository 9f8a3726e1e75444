package dev.dovetail.runtime;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Connector settings, read at call time (OCP injects no configuration into destinations). Lookup order for key
 * {@code sqlite.path}: a value installed by the runner ({@code --set sqlite.path=...}), then the environment
 * variable {@code DOVETAIL_SQLITE_PATH}, then the system property {@code dovetail.sqlite.path}.
 */
public final class Settings {
  private static volatile Map<String, String> installed = Map.of();

  private Settings() {}

  /** Replaces the runner-provided values (the local stand-in for OCP's settings store). */
  public static void install(Map<String, String> values) {
    installed = Map.copyOf(new TreeMap<>(values));
  }

  public static Optional<String> get(String key) {
    String value = installed.get(key);
    if (value == null) {
      value = System.getenv(envName(key));
    }
    if (value == null) {
      value = System.getProperty("dovetail." + key);
    }
    return Optional.ofNullable(value);
  }

  public static String get(String key, String fallback) {
    return get(key).orElse(fallback);
  }

  /** {@code sqlite.path} → {@code DOVETAIL_SQLITE_PATH}. */
  public static String envName(String key) {
    return "DOVETAIL_" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
