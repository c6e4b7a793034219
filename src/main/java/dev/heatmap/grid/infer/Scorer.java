package dev.heatmap.grid.infer;

/**
 * Scores one model's local week against every family of life ({@link Life}) and every shape of week
 * ({@link RestDays}).
 *
 * <p>A family cuts the local day at a few quarter-hours (work starts, lunch, work ends, bed, wake)
 * and gives each piece the rate that fits it best, separately for working days and rest days: a
 * step function, scored by the multinomial log-likelihood of the active quarter-hours of the week.
 * Every cut may fall on any local quarter-hour, with a prior that prefers :00 over :30 over :15 and
 * :45 ({@link #MINUTE}) and a prior over the hour (work starts near 09:00, the night's middle near
 * 03:30, evening activity starts near 18:30). Each family and week shape takes its best habits (the
 * maximum over cuts, found by a max-plus chain over bed, wake, start and end for the office day, so
 * the search stays small), less half the log of the active days for each rate it fits.
 *
 * <p>Calibration. Quarter-hours within one day are not independent (a person at work at 10:00 is at
 * work at 10:15), so the log-likelihood is tempered: multiplied by {@code TEMPER × days / active
 * quarter-hours}, which makes the evidence count per active day rather than per quarter-hour. The
 * tempered posterior still says too much about the offset's minutes and about lives other than an
 * office day; {@link Calibration} maps it to the measured chance of being right.
 */
final class Scorer {
  static final int Q = 96;
  static final int WEEK = 7 * Q;

  /**
   * The two numbers set with the harness: {@code temper}, how many independent observations one
   * active day is worth, and {@code ratePenalty}, the cost of each fitted rate in units of the log
   * of the active days (0.5 is the Bayesian information criterion's).
   */
  record Tuning(double temper, double ratePenalty, double quarterCut, boolean calibrate) {
    static final Tuning STANDARD = new Tuning(1.0, 0.5, 0.15, true);

    /** A calibrated tuning. */
    Tuning(double temper, double ratePenalty, double quarterCut) {
      this(temper, ratePenalty, quarterCut, true);
    }

    /**
     * This tuning giving the raw posterior: no {@link Calibration}, no caps (what the calibration
     * is fitted on).
     */
    Tuning raw() {
      return new Tuning(temper, ratePenalty, quarterCut, false);
    }
  }

  /** The log prior of a cut at a quarter-hour's minutes: :00, :15, :30, :45 (:15 and :45 tuned). */
  private final double[] minute;

  private final double lambda;
  private final double[] logLen = new double[Q + 1];
  private final double[] logDays = new double[8];
  private final double[] clogc;
  // The search grid: every quarter-hour and half hour when fine; a coarse pass over every offset
  // takes half-hour starts and hour-long steps elsewhere, and only the best offsets are searched
  // finely.
  private final int nightStep;
  private final int startStep;
  private final int lenStep;
  private final int lunchStep;
  private final int durFirst;
  private final int durStep;
  private final double ratePenalty;

  /** The fit of one model. */
  record Fit(double log, Habit best, double[] lifeLog, Habit[] lifeBest) {}

  /**
   * A scorer for evidence of {@code active} quarter-hours over {@code days} active days.
   *
   * @param tuning the tempering factor and the penalty per rate (normally {@link Tuning#STANDARD};
   *     the harness varies them)
   * @param fine whether to search the habits on the full grid or on the coarse one
   */
  Scorer(long active, long days, Tuning tuning, boolean fine) {
    double q = Math.log(tuning.quarterCut());
    minute = new double[] {0, q, Math.log(0.35), q};
    nightStep = fine ? 2 : 4;
    startStep = fine ? 1 : 2;
    lenStep = fine ? 2 : 4;
    lunchStep = fine ? 2 : 4;
    durFirst = fine ? 2 : 4;
    durStep = fine ? 2 : 8;
    double d = Math.max(1, days);
    lambda = tuning.temper() * d / Math.max(1, active);
    ratePenalty = tuning.ratePenalty() * Math.log(d + 1);
    clogc = new double[(int) Math.min(active, 1 << 20) + 1];
    for (int c = 2; c < clogc.length; c++) {
      clogc[c] = c * Math.log(c);
    }
    for (int i = 1; i <= Q; i++) {
      logLen[i] = Math.log(i);
    }
    for (int i = 1; i < 8; i++) {
      logDays[i] = Math.log(i);
    }
  }

  /** {@code c log c}, from the table while {@code c} is in it. */
  private double clogc(long c) {
    if (c < clogc.length) {
      return clogc[(int) c];
    }
    return c * Math.log(c);
  }

  /** Days of one type (working or rest) of a local week: prefix sums over the day's quarters. */
  private record DayType(long[] prefix, int days) {}

  /** The tempered best log-likelihood of the circular piece [a, b) of a day type. */
  private double t(DayType d, int a, int b) {
    if (d.days() == 0) {
      return 0;
    }
    long c = count(d.prefix(), a, b);
    if (c == 0) {
      return 0;
    }
    return lambda * (clogc(c) - c * (logDays[d.days()] + logLen[size(a, b)]));
  }

  static long count(long[] prefix, int a, int b) {
    a = Math.floorMod(a, Q);
    b = Math.floorMod(b, Q);
    return a <= b ? prefix[b] - prefix[a] : prefix[Q] - prefix[a] + prefix[b];
  }

  static int size(int a, int b) {
    a = Math.floorMod(a, Q);
    b = Math.floorMod(b, Q);
    return a <= b ? b - a : Q - a + b;
  }

  private static double rate(long[] prefix, int a, int b, int days) {
    int len = size(a, b);
    return len == 0 || days == 0 ? 0 : (double) count(prefix, a, b) / (len * (double) days);
  }

  /** The log of a normal density's shape at {@code x} (hours), mean and sd in hours. */
  static double gauss(double x, double mean, double sd) {
    double z = (x - mean) / sd;
    return -0.5 * z * z;
  }

  /** The minute prior of a cut people set by the clock: work starts, a shift starts. */
  private double minute(int quarter) {
    return minute[Math.floorMod(quarter, 4)];
  }

  /**
   * The minute prior of a cut the clock sets only loosely (work ends, lunch, activity after a day
   * job starts): half the log weight of {@link #minute}. The minutes of one person's cuts go
   * together (who starts at :30 tends to leave at :30), so counting each cut's minutes in full
   * would count one habit several times and make a half-hour shift of the offset look far less
   * likely than it is.
   */
  private double looseMinute(int quarter) {
    return 0.5 * minute[Math.floorMod(quarter, 4)];
  }

  /**
   * Scores the local week {@code local} (672 quarter-hours, Monday 00:00 first) of a model that
   * shows {@code offset} (seconds) most of the time: the week's rest days are weighed by how common
   * they are at that offset ({@link RestDays#prior(int)}).
   */
  Fit score(long[] local, int offset) {
    long[] all = new long[Q + 1];
    long[][] dayPrefix = new long[7][Q + 1];
    for (int d = 0; d < 7; d++) {
      for (int q = 0; q < Q; q++) {
        dayPrefix[d][q + 1] = dayPrefix[d][q] + local[d * Q + q];
      }
    }
    for (int q = 0; q <= Q; q++) {
      for (int d = 0; d < 7; d++) {
        all[q] += dayPrefix[d][q];
      }
    }
    DayType allDays = new DayType(all, 7);
    Totals totals = new Totals();
    for (RestDays rest : RestDays.ALL) {
      long[] work = new long[Q + 1];
      long[] restP = new long[Q + 1];
      for (int d = 0; d < 7; d++) {
        long[] target = rest.rest(d) ? restP : work;
        for (int q = 0; q <= Q; q++) {
          target[q] += dayPrefix[d][q];
        }
      }
      int wd = 7 - rest.count();
      int rd = rest.count();
      DayType tw = new DayType(work, wd);
      DayType tr = new DayType(restP, rd);
      double restPrior = Math.log(rest.prior(offset));
      int restRates = rd == 0 ? 0 : 2;
      Best office = new Best();
      office(tw, tr, work, wd, rest, office);
      add(totals, office, restPrior - (6 + restRates) * ratePenalty);
      Best evening = new Best();
      evening(tw, tr, work, wd, rest, evening);
      add(totals, evening, restPrior - (3 + restRates) * ratePenalty);
    }
    // The families without a working week.
    Best late = new Best();
    twoPiece(allDays, all, Life.LATE_RISER, late);
    add(totals, late, -2 * ratePenalty);
    Best sleep = new Best();
    twoPiece(allDays, all, Life.SLEEP_ONLY, sleep);
    add(totals, sleep, -2 * ratePenalty);
    Best shift = new Best();
    shift(allDays, all, shift);
    add(totals, shift, -4 * ratePenalty);
    double[] lifeLog = totals.lifeLog;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < lifeLog.length; i++) {
      lifeLog[i] += Math.log(Life.values()[i].prior);
      max = Math.max(max, lifeLog[i]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return new Fit(max, null, lifeLog, totals.lifeBest);
    }
    double sum = 0;
    for (double l : lifeLog) {
      sum += Math.exp(l - max);
    }
    return new Fit(max + Math.log(sum), totals.best, lifeLog, totals.lifeBest);
  }

  /** Adds a family's best over one week shape, offset by {@code extra}, to the totals. */
  private static void add(Totals totals, Best found, double extra) {
    if (found.habit == null) {
      return;
    }
    int i = found.habit.life().ordinal();
    double v = found.value + extra;
    // The family's score sums over week shapes (they are alternatives within one family).
    double l = totals.lifeLog[i];
    if (l == Double.NEGATIVE_INFINITY) {
      totals.lifeLog[i] = v;
    } else {
      double m = Math.max(l, v);
      totals.lifeLog[i] = m + Math.log(Math.exp(l - m) + Math.exp(v - m));
    }
    if (v > totals.lifeBestValue[i]) {
      totals.lifeBestValue[i] = v;
      totals.lifeBest[i] = found.habit;
    }
    double withLife = v + Math.log(found.habit.life().prior);
    if (withLife > totals.bestValue) {
      totals.bestValue = withLife;
      totals.best = found.habit;
    }
  }

  /** The running totals of one model's fit. */
  private static final class Totals {
    final double[] lifeLog = new double[Life.values().length];
    final double[] lifeBestValue = new double[Life.values().length];
    final Habit[] lifeBest = new Habit[Life.values().length];
    double bestValue = Double.NEGATIVE_INFINITY;
    Habit best;

    Totals() {
      java.util.Arrays.fill(lifeLog, Double.NEGATIVE_INFINITY);
      java.util.Arrays.fill(lifeBestValue, Double.NEGATIVE_INFINITY);
    }
  }

  /** The best value found and its habit. */
  private static final class Best {
    double value = Double.NEGATIVE_INFINITY;
    Habit habit;

    void offer(double v, Habit h) {
      if (v > value) {
        value = v;
        habit = h;
      }
    }
  }

  // ---- office day -----------------------------------------------------------------------------

  // Cuts, in local quarter-hours: start 06:00–12:00 on any quarter; a working day of 6 to 12 hours
  // in half hours; lunch none or 11:00–14:00 on the half hour for 30, 60 or 90 minutes; bed
  // 20:00–03:00 and wake 04:00–10:00 on the half hour.
  private static final int START_MIN = 24;
  private static final int START_MAX = 48;
  private static final int LEN_MIN = 24;
  private static final int LEN_MAX = 48;
  private static final int BED_MIN = 80;
  private static final int BED_MAX = 108;
  private static final int WAKE_MIN = 16;
  private static final int WAKE_MAX = 40;
  private static final int LUNCH_MIN = 44;
  private static final int LUNCH_MAX = 56;
  private static final double NO_LUNCH = Math.log(0.3);

  private static final double LUNCH_DIP = 0.6;

  private static boolean edges(double work, double before, double after, double arrival) {
    return before <= 0.6 * work && after <= 0.75 * work && arrival >= 0.25 * work;
  }

  private double startPrior(int s) {
    return gauss(s / 4.0, 9, 1.25) + minute(s);
  }

  private double lengthPrior(int len, int e) {
    return gauss(len / 4.0, 9, 1.3) + looseMinute(e);
  }

  private double lunchPrior(int l1, int dur) {
    double hourPrior = gauss(l1 / 4.0, 12.5, 0.8) + looseMinute(l1);
    double durPrior = dur == 4 ? Math.log(0.5) : Math.log(0.25);
    return Math.log(0.7) + hourPrior + durPrior;
  }

  private double nightPrior(int b, int w) {
    double lenH = (w + Q - b) / 4.0;
    double mid = (b + lenH * 2) / 4.0; // hours after the bed day's midnight
    // Bed and waking are not set by the clock, and quiet edges are seen only through stray events:
    // no minute prior.
    return gauss(mid, 27.5, 1.2) + gauss(lenH, 7.5, 1.5);
  }

  private void office(DayType tw, DayType tr, long[] work, int wd, RestDays rest, Best out) {
    int nb = (BED_MAX - BED_MIN) / nightStep + 1;
    int nw = (WAKE_MAX - WAKE_MIN) / nightStep + 1;
    int ns = (START_MAX - START_MIN) / startStep + 1;
    // X[b][s] = max over wake of night(b, w) + morning(w, s).
    double[] x = new double[nb * ns];
    int[] xw = new int[nb * ns];
    double[] night = new double[nb * nw];
    for (int bi = 0; bi < nb; bi++) {
      int b = BED_MIN + nightStep * bi;
      for (int wi = 0; wi < nw; wi++) {
        int w = WAKE_MIN + nightStep * wi;
        night[bi * nw + wi] = t(tw, b, w) + t(tr, b, w) + t(tr, w, b) + nightPrior(b, w);
      }
    }
    for (int bi = 0; bi < nb; bi++) {
      for (int si = 0; si < ns; si++) {
        int s = START_MIN + startStep * si;
        double bestV = Double.NEGATIVE_INFINITY;
        int bestW = -1;
        for (int wi = 0; wi < nw; wi++) {
          int w = WAKE_MIN + nightStep * wi;
          if (w >= s) {
            break;
          }
          double v = night[bi * nw + wi] + t(tw, w, s);
          if (v > bestV) {
            bestV = v;
            bestW = w;
          }
        }
        x[bi * ns + si] = bestV;
        xw[bi * ns + si] = bestW;
      }
    }
    long total = work[Q];
    for (int si = 0; si < ns; si++) {
      int s = START_MIN + startStep * si;
      double ps = startPrior(s);
      for (int len = LEN_MIN; len <= LEN_MAX; len += lenStep) {
        int e = s + len;
        // M = max over bed of evening(e, b) + X[b][s].
        double m = Double.NEGATIVE_INFINITY;
        int mb = -1;
        for (int bi = 0; bi < nb; bi++) {
          int b = BED_MIN + nightStep * bi;
          if (b < e + 2) {
            continue;
          }
          double v = x[bi * ns + si];
          if (v == Double.NEGATIVE_INFINITY) {
            continue;
          }
          v += t(tw, e, b);
          if (v > m) {
            m = v;
            mb = bi;
          }
        }
        if (mb < 0) {
          continue;
        }
        int bed = BED_MIN + nightStep * mb;
        int wake = xw[mb * ns + si];
        double base = m + ps + lengthPrior(len, e) + t(tw, s, s + 2);
        long inside = count(work, s, e);
        double offRate = (double) (total - inside) / ((Q - len) * (double) wd);
        // The edges must be edges: the hour before the start and the hour after the end are
        // quieter than work, and the arrival quarter-hours are not empty.
        double before = rate(work, s - 4, s, wd);
        double after = rate(work, e, e + 4, wd);
        double arrival = rate(work, s, s + 2, wd);
        // No lunch.
        {
          long n = count(work, s + 2, e);
          int size = len - 2;
          double r = (double) n / (size * (double) wd);
          if (r >= 2 * offRate && n > 0 && edges(r, before, after, arrival)) {
            double v = base + lambda * (clogc(n) - n * (logDays[wd] + logLen[size])) + NO_LUNCH;
            out.offer(v, new Habit(Life.OFFICE, rest, s, e, -1, -1, bed, wake));
          }
        }
        for (int l1 = LUNCH_MIN; l1 <= LUNCH_MAX; l1 += lunchStep) {
          if (l1 < s + 4) {
            continue;
          }
          for (int dur = durFirst; dur <= 6; dur += durStep) {
            int l2 = l1 + dur;
            if (l2 > e - 4) {
              break;
            }
            long n = count(work, s + 2, l1) + count(work, l2, e);
            int size = len - 2 - dur;
            double r = (double) n / (size * (double) wd);
            if (n == 0
                || r < 2 * offRate
                || r * LUNCH_DIP < rate(work, l1, l2, wd)
                || !edges(r, before, after, arrival)) {
              continue;
            }
            double v =
                base
                    + lambda * (clogc(n) - n * (logDays[wd] + logLen[size]))
                    + t(tw, l1, l2)
                    + lunchPrior(l1, dur);
            if (v > out.value) {
              out.offer(v, new Habit(Life.OFFICE, rest, s, e, l1, l2, bed, wake));
            }
          }
        }
      }
    }
  }

  // ---- evening after a day job ------------------------------------------------------------------

  private void evening(DayType tw, DayType tr, long[] work, int wd, RestDays rest, Best out) {
    for (int b = 92; b <= 108; b += nightStep) {
      // Evening use peaks 20:00-22:00 in the surveys of online time; bed about 00:45.
      double pb = gauss(b / 4.0, 24.75, 1);
      for (int w = 20; w <= 40; w += nightStep) {
        double pw = gauss(w / 4.0, 7, 1);
        double night = t(tw, b, w) + t(tr, b, w) + t(tr, w, b) + pb + pw;
        for (int h = 68; h <= 86; h += startStep) {
          if (h > b - 4 || b - h > 32) {
            break;
          }
          double rEvening = rate(work, h, b, wd);
          if (rEvening < 2 * rate(work, w, h, wd) || rEvening < 2 * rate(work, b, w, wd)) {
            continue;
          }
          double v = night + t(tw, w, h) + t(tw, h, b) + gauss(h / 4.0, 19, 1) + looseMinute(h);
          if (v > out.value) {
            out.offer(v, new Habit(Life.EVENING, rest, h, -1, -1, -1, b, w));
          }
        }
      }
    }
  }

  // ---- a day and a night: the late riser and the sleep-only life
  // ----------------------------------

  private void twoPiece(DayType ta, long[] all, Life life, Best out) {
    boolean late = life == Life.LATE_RISER;
    int bMin = late ? 92 : 80;
    int bMax = late ? 116 : 104;
    int wMin = late ? 36 : 16;
    int wMax = late ? 56 : 40;
    for (int b = bMin; b <= bMax; b += nightStep) {
      for (int w = wMin; w <= wMax; w += startStep) {
        int nightLen = w + Q - b;
        if (nightLen < 12 || nightLen > 56) {
          continue;
        }
        if (rate(all, w, b, 7) < (late ? 3 : 1) * rate(all, b, w, 7)) {
          continue;
        }
        double prior = late ? gauss(w / 4.0, 11.75, 1) + gauss(b / 4.0, 26.5, 1) : nightPrior(b, w);
        double v = t(ta, b, w) + t(ta, w, b) + prior;
        out.offer(v, new Habit(life, RestDays.NONE, w, -1, -1, -1, b, w));
      }
    }
  }

  // ---- shift work -----------------------------------------------------------------------------

  private void shift(DayType ta, long[] all, Best out) {
    for (int band = 0; band < 3; band++) {
      for (int s = 20 + 32 * band; s <= 28 + 32 * band; s += startStep) {
        double ps = minute(s);
        for (int e = s + 30; e <= s + 34; e += 2) {
          double rShift = rate(all, s, e, 7);
          for (int b = e + 2; b <= e + 12; b += nightStep) {
            for (int w = b + 24; w <= b + 32 && w <= s + Q; w += nightStep) {
              double rSleep = rate(all, b, w, 7);
              if (rShift < 2 * rate(all, e, b, 7)
                  || rShift < 2 * rate(all, w, s, 7)
                  || rSleep > rate(all, e, b, 7)
                  || rSleep > rate(all, w, s, 7)) {
                continue;
              }
              double v =
                  t(ta, s, e)
                      + t(ta, e, b)
                      + t(ta, b, w)
                      + t(ta, w, s)
                      + ps
                      + looseMinute(e)
                      + gauss((w - b) / 4.0, 7, 1);
              if (v > out.value) {
                out.offer(v, new Habit(Life.SHIFT, RestDays.NONE, s, e, -1, -1, b, w));
              }
            }
          }
        }
      }
    }
  }
}
