package dev.dovetail.runtime.sync.config;

import java.util.List;

/** A sync configuration that cannot run, with every problem found (not only the first). */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigException(String summary, List<String> problems) {
    super(summary + (problems.isEmpty() ? "" : ":\n  - " + String.join("\n  - ", problems)), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
