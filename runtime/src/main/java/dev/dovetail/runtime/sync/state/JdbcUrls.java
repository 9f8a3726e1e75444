package dev.dovetail.runtime.sync.state;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** What Dovetail needs to know about a JDBC URL without connecting: a printable form, an SQLite file. */
public final class JdbcUrls {
  private static final Pattern USER_INFO = Pattern.compile("//[^/@?]*@");
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i)([?&;](?:password|pass|pwd|secret|token|sslpassword)=)[^&;]*");

  private JdbcUrls() {}

  /** The URL with user info and password parameters masked: {@code jdbc:postgresql://***@host/db?password=***}. */
  public static String redact(String url) {
    String out = USER_INFO.matcher(url).replaceAll("//***@");
    return SECRET_PARAMETER.matcher(out).replaceAll("$1***");
  }

  /** The file of a {@code jdbc:sqlite:} URL, or {@code null} for in-memory and other forms. */
  static Path sqliteFile(String url) {
    String rest = url.substring("jdbc:sqlite:".length());
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("file::memory:")) {
      return null;
    }
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    return Path.of(rest);
  }
}
