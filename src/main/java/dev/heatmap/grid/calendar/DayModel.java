package dev.heatmap.grid.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What each local day of the range was expected to hold, and which days and stretches were quiet.
 *
 * <p><b>The rule.</b> A day's expected count is the mean of the same weekday's counts in the four
 * weeks before and the four weeks after it (at least {@value #MIN_NEIGHBOURS} of those eight inside
 * the range, else the day is not judged). A day is a <i>working day</i> of the actor when it
 * expects at least {@value #MIN_EXPECTED} events, a <i>rest day</i> otherwise: which weekdays rest
 * comes from the data, not from a calendar, so a Friday weekend or a seven-day week is learned. A
 * working day is <i>quiet</i> when it holds at most a quarter of its expected count.
 *
 * <p>A <b>quiet stretch</b> is found in three steps. (1) Runs: consecutive days that start and end
 * on a <i>low</i> working day (at most half its expected count), with only low working days and
 * quiet rest days between (at most half the neighbouring working days' expected count), at most
 * {@value #MAX_REST} rest days in a row. Rest days join a run but never start or end one, so a
 * weekend alone is never a stretch. (2) A run is a stretch when its working days together hold at
 * most a quarter of their expected count and a total that low has a chance under {@value
 * #STRETCH_P}; a run that fails the quarter is cut at its working days that are not quiet, and each
 * piece is judged the same way. (3) A stretch takes in up to {@value #MAX_REST} quiet rest days on
 * either side (the weekends of a holiday week). Activity is burstier than a Poisson process (a chat
 * crew writes 200 lines one day and none the next), so the chance is a negative binomial's: each
 * day's count has the expected mean and the variance {@code λ + φλ²}, the over-dispersion {@code φ}
 * estimated once over all working days by the method of moments ({@code φ = Σ((x − λ)² − x) / Σλ²},
 * 0 for Poisson data), and the run's total is compared with a negative binomial of the summed mean
 * and variance.
 */
public final class DayModel {
  /** The fewest events a day must expect to be an actor's working day. */
  public static final double MIN_EXPECTED = 2.0;

  /** A working day is quiet at or below this fraction of its expected count. */
  public static final double QUIET_FRACTION = 0.25;

  /** A run is a quiet stretch when a total that low has a smaller chance than this. */
  public static final double STRETCH_P = 0.01;

  /** The most consecutive rest days a stretch bridges, or takes in at either end. */
  public static final int MAX_REST = 4;

  /** How many of the eight same-weekday neighbours must lie in the range. */
  public static final int MIN_NEIGHBOURS = 4;

  private static final int WEEKS = 4;

  final long start;
  final long[] counts;

  /** Expected count per day, NaN where the day is not judged. */
  final double[] expected;

  final double dispersion;

  DayModel(long start, long[] counts) {
    this.start = start;
    this.counts = counts;
    int n = counts.length;
    expected = new double[n];
    for (int i = 0; i < n; i++) {
      long sum = 0;
      int k = 0;
      for (int w = -WEEKS; w <= WEEKS; w++) {
        int j = i + 7 * w;
        if (w != 0 && j >= 0 && j < n) {
          sum += counts[j];
          k++;
        }
      }
      expected[i] = k >= MIN_NEIGHBOURS ? (double) sum / k : Double.NaN;
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      if (working(i)) {
        double d = counts[i] - expected[i];
        num += d * d - counts[i];
        den += expected[i] * expected[i];
      }
    }
    dispersion = den > 0 ? Math.max(0, num / den) : 0;
  }

  /** A model over {@code counts}, one per day from local day {@code start}. */
  public static DayModel of(LocalDate start, long[] counts) {
    return new DayModel(start.toEpochDay(), counts);
  }

  int size() {
    return counts.length;
  }

  boolean judged(int i) {
    return !Double.isNaN(expected[i]);
  }

  boolean working(int i) {
    return judged(i) && expected[i] >= MIN_EXPECTED;
  }

  boolean rest(int i) {
    return judged(i) && expected[i] < MIN_EXPECTED;
  }

  /**
   * Whether rest day {@code i} may join a stretch: it holds at most half the mean expected count of
   * the working days within three days of it (a rest day with a burst of work is not a break).
   */
  boolean quietRest(int i) {
    if (!rest(i)) {
      return false;
    }
    double sum = 0;
    int k = 0;
    for (int j = Math.max(0, i - 3); j <= Math.min(counts.length - 1, i + 3); j++) {
      if (working(j)) {
        sum += expected[j];
        k++;
      }
    }
    return counts[i]
        <= 2 * QUIET_FRACTION * (k == 0 ? MIN_EXPECTED : Math.max(MIN_EXPECTED, sum / k));
  }

  boolean quiet(int i) {
    return working(i) && counts[i] <= QUIET_FRACTION * expected[i];
  }

  /** Whether working day {@code i} holds at most half its expected count. */
  boolean low(int i) {
    return working(i) && counts[i] <= 2 * QUIET_FRACTION * expected[i];
  }

  /** The quiet stretches, in date order. */
  public List<QuietStretch> stretches() {
    if (stretches == null) {
      List<QuietStretch> out = new ArrayList<>();
      int n = counts.length;
      int i = 0;
      while (i < n) {
        if (!low(i)) {
          i++;
          continue;
        }
        int end = i; // the last low working day of the run so far
        int j = i + 1;
        while (j < n && (low(j) || (quietRest(j) && j - end <= MAX_REST))) {
          if (low(j)) {
            end = j;
          }
          j++;
        }
        judge(i, end, out);
        i = end + 1;
      }
      stretches = List.copyOf(out);
      inStretch = new boolean[n];
      for (QuietStretch q : stretches) {
        for (long d = q.from().toEpochDay(); d <= q.to().toEpochDay(); d++) {
          inStretch[(int) (d - start)] = true;
        }
      }
    }
    return stretches;
  }

  private List<QuietStretch> stretches;
  private boolean[] inStretch;

  /** Whether day {@code i} lies in a quiet stretch. */
  boolean inStretch(int i) {
    stretches();
    return inStretch[i];
  }

  /**
   * Judges the run of low working days and rest days from {@code from} to {@code to} (both low
   * working days): a stretch when its working days hold at most a quarter of their expected count
   * and so few by chance is unlikely; else each piece between its days that are not quiet is judged
   * on its own.
   */
  private void judge(int from, int to, List<QuietStretch> out) {
    double mean = 0;
    double variance = 0;
    long seen = 0;
    for (int k = from; k <= to; k++) {
      if (working(k)) {
        mean += expected[k];
        variance += expected[k] + dispersion * expected[k] * expected[k];
        seen += counts[k];
      }
    }
    if (seen <= QUIET_FRACTION * mean) {
      double p = lowerTail(seen, mean, (variance - mean) / (mean * mean));
      if (p < STRETCH_P) {
        // Rest days on either side belong to the break (a holiday week's weekends).
        int floor = 0;
        if (!out.isEmpty()) {
          floor = (int) (out.get(out.size() - 1).to().toEpochDay() - start) + 1;
        }
        int a = from;
        while (a > floor && quietRest(a - 1) && from - a < MAX_REST) {
          a--;
        }
        int b = to;
        while (b + 1 < counts.length && quietRest(b + 1) && b - to < MAX_REST) {
          b++;
        }
        long events = 0;
        double expectedAll = 0;
        for (int k = a; k <= b; k++) {
          events += counts[k];
          expectedAll += expected[k];
        }
        out.add(
            new QuietStretch(
                LocalDate.ofEpochDay(start + a),
                LocalDate.ofEpochDay(start + b),
                events,
                expectedAll,
                p));
      }
      return;
    }
    int k = from;
    while (k <= to) {
      while (k <= to && !quiet(k)) {
        k++;
      }
      if (k > to) {
        return;
      }
      int last = k;
      int j = k + 1;
      while (j <= to && (quiet(j) || (quietRest(j) && j - last <= MAX_REST))) {
        if (quiet(j)) {
          last = j;
        }
        j++;
      }
      judge(k, last, out);
      k = last + 1;
    }
  }

  /**
   * P(X ≤ s) for X negative binomial with mean {@code m} and variance {@code m + phi·m²} (Poisson
   * when {@code phi} is 0), summed in logs so that long quiet runs do not underflow to a wrong
   * answer.
   */
  static double lowerTail(long s, double m, double phi) {
    if (m <= 0) {
      return 1;
    }
    double logTerm;
    double logSum;
    if (phi < 1e-9) {
      logTerm = -m;
      logSum = logTerm;
      for (long k = 0; k < s; k++) {
        logTerm += Math.log(m / (k + 1));
        logSum = logAdd(logSum, logTerm);
      }
    } else {
      double r = 1 / phi;
      double p = r / (r + m);
      logTerm = r * Math.log(p);
      logSum = logTerm;
      for (long k = 0; k < s; k++) {
        logTerm += Math.log((k + r) / (k + 1) * (1 - p));
        logSum = logAdd(logSum, logTerm);
      }
    }
    return Math.min(1, Math.exp(logSum));
  }

  private static double logAdd(double a, double b) {
    double hi = Math.max(a, b);
    return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
  }
}
