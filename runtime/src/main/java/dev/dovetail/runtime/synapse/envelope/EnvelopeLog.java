package dev.dovetail.runtime.synapse.envelope;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging of the envelope code, kept off the path of a request that succeeds: SLF4J's first use (finding its
 * provider, configuring it: some 130 classes) would otherwise be paid by the first request a fresh synapse process
 * answers. A logger is looked up only when something is logged, and the per-request debug lines are written only
 * when {@link #DEBUG} is on.
 */
final class EnvelopeLog {
  /**
   * Whether the per-request debug lines are written, read once: {@code -Ddovetail.debug=true}, or SLF4J's simple
   * logger set to {@code debug} or {@code trace} by its system property (as {@code --verbose} sets it). Asking
   * SLF4J itself whether debug is enabled would start it.
   */
  static final boolean DEBUG = Boolean.getBoolean("dovetail.debug") || debugLevel(
      System.getProperty("org.slf4j.simpleLogger.defaultLogLevel"));

  private EnvelopeLog() {}

  /** The logger of {@code type}; SLF4J starts on the first call. */
  static Logger of(Class<?> type) {
    return LoggerFactory.getLogger(type);
  }

  private static boolean debugLevel(String level) {
    return level != null && (level.trim().equalsIgnoreCase("debug") || level.trim().equalsIgnoreCase("trace"));
  }
}
