package dev.dovetail.bench.report;

/**
 * One line of the results table.
 *
 * @param order where the row goes (the comparison number, then a letter)
 * @param benchmark what is compared
 * @param dovetail Dovetail's measurement, with its unit
 * @param alternative the alternative's name and measurement
 * @param ratio how many times better Dovetail is, in the goal's terms (see {@link Goal}); {@code null} for none
 * @param error the ratio's uncertainty (same unit as the ratio); {@code null} for none
 * @param goal the goal
 * @param met "yes", "no", or "—" for a placeholder
 */
public record Row(String order, String benchmark, String dovetail, String alternative, Double ratio, Double error,
    Goal goal, String met) {

  /** A goal on the ratio: at least ({@code atLeast}) or at most a bound; or a plain condition. */
  public record Goal(String text, Double bound, boolean atLeast) {
    public static Goal atLeast(double bound, String what) {
      return new Goal("≥ " + bound + "× " + what, bound, true);
    }

    public static Goal atMost(double bound, String what) {
      return new Goal("≤ " + bound + "× " + what, bound, false);
    }

    public static Goal condition(String text) {
      return new Goal(text, null, true);
    }

    boolean met(double ratio) {
      return atLeast ? ratio >= bound : ratio <= bound;
    }
  }

  /** A measured comparison; met from the ratio's point estimate. */
  public static Row measured(String order, String benchmark, String dovetail, String alternative, double ratio,
      double error, Goal goal) {
    return new Row(order, benchmark, dovetail, alternative, ratio, error, goal, goal.met(ratio) ? "yes" : "no");
  }

  /** A row for a part that does not exist yet. */
  public static Row placeholder(String order, String benchmark, String goal) {
    return new Row(order, benchmark, "not yet built (issue 4/5)", "—", null, null, Goal.condition(goal), "—");
  }
}
