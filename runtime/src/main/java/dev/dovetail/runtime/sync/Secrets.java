package dev.dovetail.runtime.sync;

import dev.dovetail.runtime.synapse.AuthConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret values of one sync (secret connection fields, passwords in settings and JDBC URLs), masked in every
 * message the sync prints or stores: each occurrence becomes {@value #MASK}.
 */
public final class Secrets {
  public static final String MASK = "****";
  public static final Secrets NONE = new Secrets(List.of());
  /** Shorter values are not masked: masking "1" or "ab" everywhere would garble output without hiding anything. */
  static final int MIN_LENGTH = 4;

  /** Setting keys whose values are treated as secrets, besides a synapse's declared secret fields. */
  private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|token|credential|api[._-]?key).*");
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)[?&;](?:password|pwd)=([^&;]+)|//[^/:@]*:([^/@]+)@");

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

  /** The secrets among connector settings: password-like keys' values and passwords inside JDBC URLs. */
  public static Secrets ofSettings(Map<String, String> settings) {
    List<String> values = new ArrayList<>();
    collectSettings(settings, values);
    return of(values);
  }

  /**
   * The secrets among a synapse's connection field values: the standard secret fields, the synapse's declared
   * {@code secretFields} and password-like names.
   */
  public static Secrets ofConnection(Map<String, String> connection, Collection<String> secretFields) {
    List<String> values = new ArrayList<>();
    collectConnection(connection, secretFields, values);
    return of(values);
  }

  /** Whether connection field {@code name} holds a secret, {@code secretFields} being the synapse's declared ones. */
  public static boolean isSecretField(String name, Collection<String> secretFields) {
    return AuthConfig.SECRET_FIELDS.contains(name) || secretFields.contains(name) || isSecretKey(name);
  }

  static void collectConnection(Map<String, String> connection, Collection<String> secretFields, List<String> into) {
    for (Map.Entry<String, String> field : connection.entrySet()) {
      if (isSecretField(field.getKey(), secretFields)) {
        into.add(field.getValue());
      }
    }
  }

  /** Whether a setting or connection field named {@code key} holds a secret (password, token, API key...). */
  public static boolean isSecretKey(String key) {
    return SECRET_KEY.matcher(key).matches();
  }

  /** Adds the secrets among {@code settings} to {@code into}. */
  static void collectSettings(Map<String, String> settings, List<String> into) {
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      if (isSecretKey(setting.getKey())) {
        into.add(setting.getValue());
      }
      urlPasswords(setting.getValue(), into);
    }
  }

  /** Adds the passwords of a JDBC URL ({@code ?password=x}, {@code //user:x@host}) to {@code into}. */
  static void urlPasswords(String value, List<String> into) {
    if (value == null || !value.startsWith("jdbc:")) {
      return;
    }
    Matcher m = URL_PASSWORD.matcher(value);
    while (m.find()) {
      into.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
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
