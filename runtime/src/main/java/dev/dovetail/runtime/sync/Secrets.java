package dev.dovetail.runtime.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The secret values of one sync (secret connection fields, passwords in settings and JDBC URLs), masked in every
 * message the sync prints or stores: each occurrence becomes {@value #MASK}.
 */
public final class Secrets {
  public static final String MASK = "****";
  public static final Secrets NONE = new Secrets(List.of());
  /** Shorter values are not masked: masking "1" or "ab" everywhere would garble output without hiding anything. */
  static final int MIN_LENGTH = 4;

  private final List<String> values;

  private Secrets(List<String> values) {
    this.values = values;
  }

  public static Secrets of(Collection<String> values) {
    Set<String> kept = new LinkedHashSet<>();
    for (String value : values) {
      if (value != null && value.length() >= MIN_LENGTH) {
        kept.add(value);
      }
    }
    List<String> sorted = new ArrayList<>(kept);
    // Longest first, so a secret that contains another is masked whole.
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new Secrets(List.copyOf(sorted));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** {@code text} with every secret masked; {@code null} stays {@code null}. */
  public String redact(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String out = text;
    for (String value : values) {
      if (out.contains(value)) {
        out = out.replace(value, MASK);
      }
    }
    return out;
  }

  /** The secrets themselves, longest first (for output filters). */
  List<String> values() {
    return values;
  }
}
