package dev.dovetail.runtime.ocp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The OCP app SDK's naming and value rules (spec {@code ocp-destinations.md} §2–§3), shared by the processor
 * (compile-time checks) and the runtime (dynamic schemas).
 */
public final class OcpRules {
  private OcpRules() {}

  /** Schema, field, custom-type and (Dovetail's stricter rule) destination names: 2–62 characters. */
  public static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{1,61}$");

  public static final Pattern APP_ID = Pattern.compile("^[a-z][a-z_0-9]{2,31}$");

  public static final Pattern VERSION = Pattern.compile("^\\d+\\.\\d+\\.\\d+(-(((dev|beta)(\\.\\d+)?)|private))?$");

  public static final Pattern VENDOR = Pattern.compile("^[a-z0-9]+(_[a-z0-9]+)*$");

  /** A pragmatic e-mail shape: one {@code @}, no spaces, a dot in the domain. */
  public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The scalar field types, in the order the spec lists them. */
  public static final List<String> SCALAR_TYPES = List.of("string", "boolean", "int", "long", "float");

  public static final List<String> RUNTIMES = List.of("node12", "node18", "node18_rt", "node22");

  /** The only allowed field {@code format}. */
  public static final String FORMAT_URL = "url";

  /** The message part that explains {@link #NAME}. */
  public static final String NAME_RULE =
      "must start with a lowercase letter, contain only lowercase letters, digits and '_', and be 2 to 62 characters long"
          + " (" + NAME.pattern() + ")";

  public static boolean isName(String s) {
    return s != null && NAME.matcher(s).matches();
  }

  public static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** An {@code https://} address that parses as a URI with a host. */
  public static boolean isSupportUrl(String s) {
    if (s == null || !s.startsWith("https://")) {
      return false;
    }
    try {
      java.net.URI uri = new java.net.URI(s);
      return uri.getHost() != null && !uri.getHost().isBlank();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
