package dev.dovetail.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values the kit sends for each OCP scalar type: a typical value per record and the edge values a destination
 * meets sooner or later in production.
 */
final class SampleValues {
  private SampleValues() {}

  /** One edge value and how the report names it. */
  record Edge(Object value, String label) {}

  /** A long string: longer than common VARCHAR limits (255, 4000). */
  static final String LONG_STRING = "kit ".repeat(2_500);

  static List<Edge> strings() {
    return List.of(
        new Edge("", "empty string"),
        new Edge("   ", "blank string"),
        new Edge("Grüße, naïve café, 日本語, Ελληνικά, עברית", "unicode text"),
        new Edge("emoji 😀 and 𝄞 𠜎 (astral, outside the BMP)", "astral unicode characters (4-byte UTF-8)"),
        new Edge("quote \" backslash \\ newline \n tab \t nul-less control \u0001", "JSON escapes and control characters"),
        new Edge("'; DROP TABLE x; --", "SQL metacharacters"),
        new Edge(LONG_STRING, "long string (" + LONG_STRING.length() + " characters)"));
  }

  /** Unique keys that are still edge values: any number of these can sit in one batch. */
  static List<Edge> stringKeys(int index) {
    return List.of(
        new Edge("kit-ü-日本-" + index, "unicode key"),
        new Edge("kit-😀-𝄞-" + index, "astral unicode key"),
        new Edge("kit-" + index + "-" + "k".repeat(250), "long key (255+ characters)"));
  }

  static List<Edge> urls() {
    return List.of(
        new Edge("https://example.com/kit/a%20b?q=1&r=%F0%9F%98%80#frag", "URL with query, escapes and fragment"),
        new Edge("https://例え.jp/パス/😀", "URL with unicode host and path"));
  }

  static List<Edge> ints() {
    return List.of(
        new Edge(big(0), "zero"), new Edge(big(-1), "negative"),
        new Edge(big(Integer.MIN_VALUE), "int minimum"), new Edge(big(Integer.MAX_VALUE), "int maximum"));
  }

  static List<Edge> longs() {
    return List.of(
        new Edge(big(0), "zero"), new Edge(big(-1), "negative"),
        new Edge(big(Long.MIN_VALUE), "long minimum"), new Edge(big(Long.MAX_VALUE), "long maximum"),
        new Edge(big(9_007_199_254_740_993L), "2^53 + 1 (not exact as a double)"));
  }

  static List<Edge> floats() {
    return List.of(
        new Edge(big(0), "zero"), new Edge(new BigDecimal("-273.15"), "negative"),
        new Edge(new BigDecimal("0.1"), "0.1 (not exact in binary)"),
        new Edge(new BigDecimal(Double.toString(Double.MAX_VALUE)), "double maximum"),
        new Edge(new BigDecimal(Double.toString(Double.MIN_VALUE)), "smallest positive double"),
        new Edge(new BigDecimal("123456789.123456789"), "many significant digits"));
  }

  static List<Edge> booleans() {
    return List.of(new Edge(Boolean.TRUE, "true"), new Edge(Boolean.FALSE, "false"));
  }

  /** Edge keys for a numeric primary field: extremes are unique, typical keys are 1..n. */
  static List<Edge> numberKeys(boolean isLong) {
    List<Edge> edges = new ArrayList<>();
    edges.add(new Edge(big(0), "zero key"));
    edges.add(new Edge(big(isLong ? Long.MAX_VALUE : Integer.MAX_VALUE), (isLong ? "long" : "int") + " maximum key"));
    edges.add(new Edge(big(isLong ? Long.MIN_VALUE : Integer.MIN_VALUE), (isLong ? "long" : "int") + " minimum key"));
    return edges;
  }

  static BigDecimal big(long value) {
    return BigDecimal.valueOf(value);
  }

  /** Author-declared values as JSON values: numbers become {@link BigDecimal}s; lists are converted element-wise. */
  static Object normalize(Object value) {
    if (value instanceof BigDecimal || value instanceof String || value instanceof Boolean || value == null) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object element : list) {
        out.add(normalize(element));
      }
      return out;
    }
    throw new IllegalArgumentException("a sample value must be a number, string, boolean or list, got "
        + value.getClass().getName());
  }
}
