package dev.dovetail.runtime.sync.config;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves environment references in configuration values: {@code ${NAME}} (the variable must be set) and
 * {@code ${NAME:-fallback}}; {@code $${} is a literal {@code ${}. Applied to values after YAML parsing, so a
 * variable's content can never change the document's structure.
 */
final class EnvReferences {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

  private final Map<String, String> environment;

  EnvReferences(Map<String, String> environment) {
    this.environment = environment;
  }

  /** {@code value} with references replaced; a missing variable adds a problem naming {@code where}. */
  String resolve(String value, String where, List<String> problems) {
    if (value.indexOf('$') < 0) {
      return value;
    }
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group().equals("$${")) {
        replacement = "${";
      } else {
        String name = m.group(1);
        String set = environment.get(name);
        if (set != null) {
          replacement = set;
        } else if (m.group(2) != null) {
          replacement = m.group(2);
        } else {
          problems.add(where + ": environment variable " + name + " is not set (write ${" + name
              + ":-default} for an optional one)");
          replacement = "";
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
