package dev.dovetail.runtime.ocp;

import java.util.List;

/** A schema that breaks OCP schema rules; carries every problem, not just the first. */
public final class InvalidSchemaException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String schemaName;
  private final List<String> problems;

  public InvalidSchemaException(String schemaName, List<String> problems) {
    super(message(schemaName, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid schema needs at least one problem");
    }
    this.schemaName = schemaName;
    this.problems = List.copyOf(problems);
  }

  /** The schema's {@code name} as given (may be null or malformed: that is one of the problems then). */
  public String schemaName() {
    return schemaName;
  }

  /** Each problem with its indexed path, e.g. {@code fields[1].description must be specified}. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String schemaName, List<String> problems) {
    StringBuilder out = new StringBuilder("schema ")
        .append(schemaName == null ? "(unnamed)" : "'" + schemaName + "'")
        .append(" has ").append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
    for (String problem : problems) {
      out.append("\n  ").append(problem);
    }
    return out.toString();
  }
}
