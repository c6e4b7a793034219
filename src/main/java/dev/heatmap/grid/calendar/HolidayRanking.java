package dev.heatmap.grid.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks countries by how well their public holidays explain the quiet days.
 *
 * <p><b>The score.</b> Over the range's working days (see {@link DayModel}) in the years a
 * country's table covers, a day counting as quiet when it is quiet itself or lies in a quiet
 * stretch, compare how often the country's holidays were quiet ({@code k₁} of {@code n₁}) with how
 * often its other working days were ({@code k₂} of {@code n₂} days). The holidays are weighed by
 * occurrence: off days at most {@value #OCCURRENCE_GAP} days apart are one occurrence (1-8 January
 * is one), and an occurrence of {@code L} working days counts as {@code √L} days, its quiet share
 * of them quiet. Quiet days come in runs (a vacation week): counted as {@code L} independent days,
 * one chance week off in early January outscored the threshold for Russia in an office that keeps
 * no holidays; counted as one, a country with a long holiday week loses the evidence of its length.
 * √L lies between the two (the effective size of {@code L} days as tied as a vacation week's is 1,
 * of independent ones {@code L}). The score is the likelihood-ratio statistic {@code G = 2 ln(L(p₁,
 * p₂) / L(p))} of two quiet rates against one (binomial likelihoods), signed: negative when the
 * holidays were quieter less often than other days. A country with official make-up working days
 * (China) adds the same statistic for its make-up days that fell on the actor's rest days, with
 * "worked" (more than a quarter of the surrounding working days' expected count) in place of
 * "quiet", against the actor's other rest days. {@code G} is χ² with one degree of freedom under
 * the hypothesis that the holidays do not matter; a candidate is reported when its score reaches
 * {@value #THRESHOLD} (p ≈ 10⁻⁴ for one country, so that among the ~70 countries compared a chance
 * winner is rare) and at least {@value #MIN_MATCHED} of its holiday occurrences were quiet.
 */
public final class HolidayRanking {
  /** The score a country needs to be reported. */
  public static final double THRESHOLD = 15;

  /** The fewest quiet holiday occurrences a reported country needs. */
  public static final int MIN_MATCHED = 3;

  /**
   * Off days at most this many days apart are one occurrence of a holiday (1-8 January; a holiday
   * moved from Saturday to Monday; China's week with its weekend).
   */
  public static final int OCCURRENCE_GAP = 3;

  /** The most candidates reported. */
  public static final int TOP = 5;

  private HolidayRanking() {}

  /** Every calendar's candidate, best first (unfiltered). */
  public static List<HolidayCandidate> score(DayModel model, List<HolidayCalendar> calendars) {
    List<HolidayCandidate> out = new ArrayList<>();
    int n = model.size();
    // Per rest day: whether it falls in a working week, and whether it was worked.
    boolean[] restJudged = new boolean[n];
    boolean[] worked = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!model.rest(i)) {
        continue;
      }
      double sum = 0;
      int k = 0;
      for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
        if (model.working(j)) {
          sum += model.expected[j];
          k++;
        }
      }
      if (k > 0 && sum / k >= DayModel.MIN_EXPECTED) {
        restJudged[i] = true;
        worked[i] = model.counts[i] > DayModel.QUIET_FRACTION * (sum / k);
      }
    }
    // Prefix sums over the days, so that each country costs its own holidays, not the range:
    // working days, quiet working days, judged rest days and worked rest days before day i.
    int[] working = new int[n + 1];
    int[] quiet = new int[n + 1];
    int[] rest = new int[n + 1];
    int[] restWorked = new int[n + 1];
    boolean[] isQuiet = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean w = model.working(i);
      isQuiet[i] = w && (model.quiet(i) || model.inStretch(i));
      working[i + 1] = working[i] + (w ? 1 : 0);
      quiet[i + 1] = quiet[i] + (isQuiet[i] ? 1 : 0);
      rest[i + 1] = rest[i] + (restJudged[i] ? 1 : 0);
      restWorked[i + 1] = restWorked[i] + (restJudged[i] && worked[i] ? 1 : 0);
    }
    for (HolidayCalendar c : calendars) {
      int from = (int) Math.max(0, c.firstDay() - model.start);
      int to = (int) Math.min(n, c.lastDay() - model.start + 1); // exclusive
      if (from >= to) {
        out.add(new HolidayCandidate(c.code(), c.name(), 0, 0, 0, List.of(), 0, 0, 0, 0));
        continue;
      }
      int n1 = 0; // the holidays' working days, and how many were quiet (what the report shows)
      int k1 = 0;
      // The holidays' occurrences on working days, weighed (see the score), and how many were
      // quiet.
      double o1 = 0;
      double q1 = 0;
      int occurrences = 0;
      int quietOccurrences = 0;
      int blockWorking = 0;
      int blockQuiet = 0;
      long blockEnd = Long.MIN_VALUE;
      int offRest = 0; // judged rest days that are holidays: not make-up evidence either way
      int offRestWorked = 0;
      List<HolidayCandidate.Match> matched = new ArrayList<>();
      long[] off = c.offDays();
      for (int j = c.firstOffAtOrAfter(model.start + from); j < off.length; j++) {
        int i = (int) (off[j] - model.start);
        if (i >= to) {
          break;
        }
        if (off[j] - blockEnd > OCCURRENCE_GAP) {
          // A new occurrence: the last one counts once, quiet when most of its working days were.
          if (blockWorking > 0) {
            double weight = Math.sqrt(blockWorking);
            o1 += weight;
            q1 += blockQuiet == blockWorking ? weight : weight * blockQuiet / blockWorking;
            occurrences++;
            quietOccurrences += 2 * blockQuiet > blockWorking ? 1 : 0;
          }
          blockWorking = 0;
          blockQuiet = 0;
        }
        blockEnd = off[j];
        if (model.working(i)) {
          n1++;
          blockWorking++;
          if (isQuiet[i]) {
            k1++;
            blockQuiet++;
            matched.add(new HolidayCandidate.Match(LocalDate.ofEpochDay(off[j]), c.offName(j)));
          }
        } else if (restJudged[i]) {
          offRest++;
          offRestWorked += worked[i] ? 1 : 0;
        }
      }
      if (blockWorking > 0) {
        double weight = Math.sqrt(blockWorking);
        o1 += weight;
        q1 += blockQuiet == blockWorking ? weight : weight * blockQuiet / blockWorking;
        occurrences++;
        quietOccurrences += 2 * blockQuiet > blockWorking ? 1 : 0;
      }
      int n2 = working[to] - working[from] - n1;
      int k2 = quiet[to] - quiet[from] - k1;
      int m1 = 0;
      int w1 = 0;
      long[] work = c.workDays();
      for (long day : work) {
        int i = (int) (day - model.start);
        if (i >= from && i < to && restJudged[i] && c.holiday(day) == null) {
          m1++;
          w1 += worked[i] ? 1 : 0;
        }
      }
      int m2 = rest[to] - rest[from] - offRest - m1;
      int w2 = restWorked[to] - restWorked[from] - offRestWorked - w1;
      double score = signedG(q1, o1, k2, n2) + (m1 > 0 ? signedG(w1, m1, w2, m2) : 0);
      out.add(
          new HolidayCandidate(
              c.code(), c.name(), score, k1, n1, matched, w1, m1, quietOccurrences, occurrences));
    }
    out.sort(
        (a, b) -> {
          int byScore = Double.compare(b.score(), a.score());
          return byScore != 0 ? byScore : a.code().compareTo(b.code());
        });
    return out;
  }

  /** The reported candidates: at most {@link #TOP} of those that pass the threshold. */
  public static List<HolidayCandidate> reported(List<HolidayCandidate> scored) {
    List<HolidayCandidate> out = new ArrayList<>();
    for (HolidayCandidate c : scored) {
      if (out.size() < TOP && c.score() >= THRESHOLD && c.quietOccurrences() >= MIN_MATCHED) {
        out.add(c);
      }
    }
    return out;
  }

  /** The likelihood-ratio statistic of two rates against one, negative when k1/n1 < k2/n2. */
  static double signedG(double k1, double n1, double k2, double n2) {
    if (n1 == 0 || n2 == 0) {
      return 0;
    }
    double p1 = Math.min(1, k1 / n1);
    double p2 = Math.min(1, k2 / n2);
    double p = (k1 + k2) / (n1 + n2);
    double g = 2 * (ll(k1, n1, p1) + ll(k2, n2, p2) - ll(k1 + k2, n1 + n2, p));
    g = Math.max(0, g);
    return p1 >= p2 ? g : -g;
  }

  private static double ll(double k, double n, double p) {
    // Weighed counts are sums of square roots: within rounding of 0 or n is 0 or n.
    double a = k < 1e-9 ? 0 : k * Math.log(p);
    double b = n - k < 1e-9 ? 0 : (n - k) * Math.log(1 - p);
    return a + b;
  }
}
