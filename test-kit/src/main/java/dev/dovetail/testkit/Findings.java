package dev.dovetail.testkit;

import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/** The findings of one check on one connector; the check fails with all of them at once. */
final class Findings {
  /** Beyond this many, findings are counted but not printed: the first ones show the pattern. */
  static final int MAX_PRINTED = 25;

  private final String connector;
  private final String check;
  private final List<Finding> findings = new ArrayList<>();

  Findings(String connector, String check) {
    this.connector = connector;
    this.check = check;
  }

  void add(Finding finding) {
    findings.add(finding);
  }

  void add(String subject, String rule, String fix) {
    add(Finding.of(subject, rule, fix));
  }

  boolean isEmpty() {
    return findings.isEmpty();
  }

  int count() {
    return findings.size();
  }

  /** Fails the check with every finding, or does nothing when there are none. */
  void assertNone() {
    if (findings.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder()
        .append(connector).append(" › ").append(check).append(": ")
        .append(findings.size()).append(findings.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < findings.size() && i < MAX_PRINTED; i++) {
      message.append('\n').append(findings.get(i).render(i + 1));
    }
    if (findings.size() > MAX_PRINTED) {
      message.append("\n  ... and ").append(findings.size() - MAX_PRINTED).append(" more");
    }
    throw new AssertionFailedError(message.toString());
  }
}
