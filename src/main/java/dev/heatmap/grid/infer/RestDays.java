package dev.heatmap.grid.infer;

import java.util.List;

/**
 * The week's rest days, a habit of the model like the hour work starts: the shapes of working week
 * found in the world, with a prior. Saturday and Sunday are by far the commonest; Friday and
 * Saturday is the week of the Gulf states, Egypt, Israel, Bangladesh and (until 2022) the UAE;
 * Friday alone is Iran's and Afghanistan's; Sunday alone is the six-day week common in crews based
 * in China, Russia and North Korea; none is a seven-day week (or a life with no office in it).
 */
public enum RestDays {
  SAT_SUN(new int[] {5, 6}, 0.72, "Saturday, Sunday"),
  FRI_SAT(new int[] {4, 5}, 0.08, "Friday, Saturday"),
  FRI(new int[] {4}, 0.05, "Friday"),
  SUN(new int[] {6}, 0.10, "Sunday"),
  NONE(new int[] {}, 0.05, "none");

  /** The rest days, 0 = Monday. */
  private final int[] days;

  /** The prior weight (sums to 1 over the values). */
  final double prior;

  /** The rest days in words: {@code Friday, Saturday}. */
  public final String words;

  RestDays(int[] days, double prior, String words) {
    this.days = days;
    this.prior = prior;
    this.words = words;
  }

  static final List<RestDays> ALL = List.of(values());

  /** Whether local day {@code d} (0 = Monday) is a rest day. */
  boolean rest(int d) {
    for (int x : days) {
      if (x == d) {
        return true;
      }
    }
    return false;
  }

  /** How many rest days a week. */
  int count() {
    return days.length;
  }
}
