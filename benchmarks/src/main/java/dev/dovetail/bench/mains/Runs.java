package dev.dovetail.bench.mains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Side-by-side timing for the benchmark mains: the two sides run alternately (A, B, A, B, ...) in the same JVM or
 * the same invocation, after warm-up rounds, so drift on a noisy machine hits both; the result is the median of each
 * side and of the per-pair ratios, with the ratios' spread.
 */
public final class Runs {
  private Runs() {}

  /** One timed run: answers seconds (or any cost) and may check its own result. */
  @FunctionalInterface
  public interface Run {
    double run() throws Exception;
  }

  /**
   * The outcome of alternating runs.
   *
   * @param a costs of side A, in run order
   * @param b costs of side B, in run order
   * @param ratios per pair, {@code b / a} (how many times cheaper A is)
   */
  public record Paired(double[] a, double[] b, double[] ratios) {
    public double medianA() {
      return median(a);
    }

    public double medianB() {
      return median(b);
    }

    public double ratio() {
      return median(ratios);
    }

    /** Half the range of the per-pair ratios: every pair lies within ratio ± error (one-sided when skewed). */
    public double ratioError() {
      double[] sorted = sorted(ratios);
      double median = median(ratios);
      return Math.max(median - sorted[0], sorted[sorted.length - 1] - median);
    }

    /** The median of the per-pair {@code a / b}: A's cost relative to B's (for "at most" goals). */
    public double costRatio() {
      return median(inverted());
    }

    /** Like {@link #ratioError()}, for {@link #costRatio()}. */
    public double costRatioError() {
      double[] sorted = sorted(inverted());
      double median = median(sorted);
      return Math.max(median - sorted[0], sorted[sorted.length - 1] - median);
    }

    private double[] inverted() {
      double[] out = new double[ratios.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = 1 / ratios[i];
      }
      return out;
    }

    /** {@code "1.23 s (1.20–1.31)"}-style text of side A or B. */
    public String spread(boolean sideA, java.util.function.DoubleFunction<String> format) {
      double[] values = sorted(sideA ? a : b);
      return format.apply(median(values)) + " (" + format.apply(values[0]) + "–" + format.apply(values[values.length - 1]) + ")";
    }
  }

  /** {@code warmups} unrecorded pairs, then {@code pairs} recorded ones, alternating which side goes first. */
  public static Paired alternate(int warmups, int pairs, Run a, Run b, String label) throws Exception {
    for (int i = 0; i < warmups; i++) {
      double ta = a.run();
      double tb = b.run();
      System.err.printf("%s warm-up %d: %.4f / %.4f%n", label, i + 1, ta, tb);
    }
    double[] as = new double[pairs];
    double[] bs = new double[pairs];
    double[] ratios = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      if (i % 2 == 0) {
        as[i] = a.run();
        bs[i] = b.run();
      } else {
        bs[i] = b.run();
        as[i] = a.run();
      }
      ratios[i] = bs[i] / as[i];
      System.err.printf("%s pair %d: %.4f / %.4f -> ratio %.3f%n", label, i + 1, as[i], bs[i], ratios[i]);
    }
    return new Paired(as, bs, ratios);
  }

  public static double median(double[] values) {
    double[] sorted = sorted(values);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** Parses {@code --name=value} arguments. */
  public static String option(String[] args, String name, String fallback) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=")) {
        return arg.substring(name.length() + 3);
      }
    }
    return fallback;
  }

  public static int intOption(String[] args, String name, int fallback) {
    return Integer.parseInt(option(args, name, String.valueOf(fallback)).replace("_", ""));
  }

  /** The non-option arguments. */
  public static List<String> positional(String[] args) {
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        out.add(arg);
      }
    }
    return out;
  }
}
