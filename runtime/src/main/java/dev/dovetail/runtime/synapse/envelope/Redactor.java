package dev.dovetail.runtime.synapse.envelope;

import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks the secret values of one connection in any text that leaves the handler (error bodies, per-record errors,
 * logs): every occurrence of a secret becomes {@code ***}. Secrets are the standard secret auth fields, every
 * additional header, and the synapse's own secret fields.
 */
final class Redactor {
  static final String MASK = "***";
  static final Redactor NONE = new Redactor(List.of());
  private static final Comparator<String> LONGEST_FIRST = new LongestFirst();

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  static Redactor of(Connection connection, Collection<String> secretFields) {
    if (connection == null) {
      return NONE;
    }
    Set<String> values = new LinkedHashSet<>();
    AuthConfig auth = connection.authConfig();
    for (String field : AuthConfig.SECRET_FIELDS) {
      values.add(auth.field(field));
    }
    values.addAll(auth.additionalHeaders().values());
    if (secretFields != null) {
      for (String field : secretFields) {
        values.add(connection.field(field));
      }
    }
    List<String> sorted = new ArrayList<>();
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        sorted.add(value);
      }
    }
    // Longest first, so a secret that contains another is masked whole.
    sorted.sort(LONGEST_FIRST);
    return new Redactor(List.copyOf(sorted));
  }

  /** Longer strings first. A class, not a method reference: every request builds a Redactor, the first one too. */
  private static final class LongestFirst implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(b.length(), a.length());
    }
  }

  /** {@code text} with every secret masked; {@code null} stays null. */
  String redact(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }

  /**
   * A loggable copy of {@code e}: same class name, stack and causes, with every message redacted. Logging the original
   * would print the secrets its message may hold.
   */
  Throwable redact(Throwable e) {
    return redact(e, 0);
  }

  private Throwable redact(Throwable e, int depth) {
    if (e == null || depth > 8) {
      return null;
    }
    Redacted copy = new Redacted(e.getClass().getName() + ": " + redact(e.getMessage()), redact(e.getCause(), depth + 1));
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** A stand-in for a logged exception; its message names the original class. */
  static final class Redacted extends Exception {
    private static final long serialVersionUID = 1L;

    Redacted(String message, Throwable cause) {
      super(message, cause, false, true);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
