package dev.dovetail.runtime;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Connector settings, read at call time (OCP injects no configuration into destinations). Lookup order for key
 * {@code sqlite.path}: a value scoped to the calling thread ({@link #scope}, e.g. one Kafka Connect task's config),
 * then a value installed by the runner ({@code --set sqlite.path=...}), then the environment variable
 * {@code DOVETAIL_SQLITE_PATH}, then the system property {@code dovetail.sqlite.path}.
 */
public final class Settings {
  private static volatile Map<String, String> installed = Map.of();
  private static final ThreadLocal<Map<String, String>> SCOPED = new ThreadLocal<>();

  private Settings() {}

  /** Replaces the runner-provided values (the local stand-in for OCP's settings store). */
  public static void install(Map<String, String> values) {
    installed = Map.copyOf(new TreeMap<>(values));
  }

  /**
   * Makes {@code values} the first place {@link #get} looks, on this thread only, until the returned scope is
   * closed: several connectors in one process (Kafka Connect tasks, each on its own thread) each see their own
   * settings. Scopes nest; closing one restores what the thread saw before.
   */
  public static Scope scope(Map<String, String> values) {
    Map<String, String> previous = SCOPED.get();
    SCOPED.set(Map.copyOf(values));
    return new Scope(previous);
  }

  public static Optional<String> get(String key) {
    Map<String, String> scoped = SCOPED.get();
    String value = scoped == null ? null : scoped.get(key);
    if (value == null) {
      value = installed.get(key);
    }
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

  /** The thread's settings scope; {@link #close} restores the one before it. */
  public static final class Scope implements AutoCloseable {
    private final Map<String, String> previous;

    private Scope(Map<String, String> previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (previous == null) {
        SCOPED.remove();
      } else {
        SCOPED.set(previous);
      }
    }
  }
}
