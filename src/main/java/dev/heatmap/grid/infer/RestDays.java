package dev.heatmap.grid.infer;

import java.util.List;

/**
 * The week's rest days, a habit of the model like the hour work starts: the shapes of working week
 * found in the world, with a prior. Saturday and Sunday are by far the commonest; Friday and
 * Saturday is the week of the Gulf states, Egypt, Israel, Bangladesh and (until 2022) the UAE;
 * Friday alone is Iran's and Afghanistan's; Sunday alone is the six-day week common in crews based
 * in China, Russia and North Korea; none is a seven-day week (or a life with no office in it).
 *
 * <p>The shape of the week depends on the country, so its prior depends on the offset ({@link
 * #prior(int)}): Friday alone is the week of Iran (+03:30) and Afghanistan (+04:30), and rare
 * elsewhere; Friday and Saturday that of the Arab states, Egypt, Israel and Bangladesh, all between
 * +01:00 (Algeria) and +06:00 (Bangladesh). Elsewhere both fall to a small share that stands for
 * expatriate crews and for Muslim-majority regions of other countries. The weights are judgments
 * from the countries' official working weeks, not fitted.
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

  /**
   * The prior weight of this week at {@code offset} seconds east of UTC (sums to 1 over values).
   */
  double prior(int offset) {
    int minutes = offset / 60;
    boolean iranAfghan = minutes == 210 || minutes == 270;
    boolean arab = minutes >= 60 && minutes <= 360 && minutes % 60 == 0;
    double fri = iranAfghan ? 0.5 : arab ? 0.03 : 0.01;
    double friSat = arab ? 0.25 : iranAfghan ? 0.05 : 0.01;
    double rest = 1 - FRI.prior - FRI_SAT.prior; // the other shapes keep their ratios
    return switch (this) {
      case FRI -> fri;
      case FRI_SAT -> friSat;
      default -> prior / rest * (1 - fri - friSat);
    };
  }

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
