package dev.dovetail.testkit;

/** Report text helpers. */
final class Text {
  private Text() {}

  /** {@code text} cut to about {@code max} characters, saying how much was left out. */
  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
  }
}
