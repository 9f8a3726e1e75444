package dev.dovetail.processor.write;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown building blocks for the generated connector reference: escaped text, code spans and pipe tables. Text
 * comes from annotations and Javadoc, so anything Markdown would read as markup is escaped, pipes above all (an
 * unescaped {@code |} splits a table cell).
 */
final class MarkdownText {
  /** Characters CommonMark lets a backslash escape that would otherwise start emphasis, links, HTML or code. */
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|#~])");
  /** A start that would make a paragraph a list item or a setext underline ({@code >} and {@code #} are escaped anyway). */
  private static final Pattern BULLET_START = Pattern.compile("^([-+=])");
  private static final Pattern NUMBER_START = Pattern.compile("^(\\d+)([.)])");

  private MarkdownText() {}

  /** {@code text} as literal inline Markdown on one line: special characters escaped, line breaks folded. */
  static String text(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String oneLine = text.strip().replaceAll("\\s*\\R\\s*", " ");
    String escaped = SPECIAL.matcher(oneLine).replaceAll("\\\\$1");
    escaped = BULLET_START.matcher(escaped).replaceFirst("\\\\$1");
    return NUMBER_START.matcher(escaped).replaceFirst("$1\\\\$2");
  }

  /**
   * {@code text} as a code span. Names are checked identifiers and types, but a backtick inside would end the span:
   * the span is then fenced with two backticks, as CommonMark allows.
   */
  static String code(String text) {
    return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
  }

  /** A pipe table; cells are Markdown already (escape them with {@link #text}), empty cells stay empty. */
  static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
    row(out, header);
    out.append('|');
    header.forEach(h -> out.append("---|"));
    out.append('\n');
    rows.forEach(r -> row(out, r));
    out.append('\n');
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
    }
    out.append('\n');
  }
}
