package dev.heatmap.grid.infer;

import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.WeekHourGrid;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --infer-tz}: which UTC offset, and which IANA zones, does this actor's activity fit?
 *
 * <p>The method, in short (the README's "Time zones" section has the long form). The evidence is
 * {@link TzEvidence}: active quarter-hours by UTC time of the week and week of the year. A
 * <em>model</em> is a way to turn UTC into local time: a fixed offset, or a real zone whose offset
 * changes with daylight saving time during the data's busiest year. Zones that change at the same
 * weeks by the same amounts share a model. For each model the evidence is turned into a local
 * weekday profile and a local weekend profile (96 quarter-hours each), and scored against a working
 * life: a day is cut at the local quarter-hours where sleep ends, work starts, lunch starts and
 * ends, work ends and sleep starts, and each piece gets the rate that fits it best (a step
 * function; the first quarter-hour of work is its own piece, because arrivals straggle). The cuts
 * are habits with a prior: work starts 08:00–10:00 more often than at 07:00 or 11:00, lunch falls
 * 11:30–13:30, the middle of the quiet night is near 04:00, and cuts fall on the hour or half hour.
 * The score of a model is the log of the likelihood of the evidence summed over all habits weighted
 * by their prior: activity that switches on at :45 past the UTC hour can only be a habit on the
 * hour in a quarter-hour zone, while a whole-hour shift of the offset trades off against a shift of
 * the habits, which the prior decides. Each model counts toward the offset it shows most of the
 * data's time; a candidate offset's score is its best model's, and the reported score is the
 * posterior probability over offsets (uniform prior). Within a candidate, the zones whose model
 * scores best are the ones that fit the daylight-saving evidence.
 *
 * <p>Limits: habits and offsets trade off, so an error of an hour (or half an hour between whole-
 * and half-hour zones) is possible when an actor keeps unusual hours; weekends are Saturday and
 * Sunday; shift work, bots and teams spread over zones do not fit a working life.
 */
public final class TzInference {
  private TzInference() {}

  /** Fewer active quarter-hours than this give no guess at all. */
  public static final int MIN_ACTIVE = 24;

  /** Fewer active quarter-hours than this give a guess with a warning. */
  public static final int FEW_ACTIVE = 200;

  /**
   * When the quietest six hours of the day hold at least this share of the activity, the activity
   * is too flat to show a working life (a uniform spread would put 25% there).
   */
  public static final double FLAT = 0.15;

  /** How many candidates a guess lists. */
  public static final int TOP = 5;

  /** How many zones a candidate lists. */
  public static final int ZONES = 12;

  /** A model within this many natural-log units of a candidate's best fits the DST evidence. */
  private static final double FIT = Math.log(10);

  /** Models whose every offset scores this much below the best fixed offset are not scored. */
  private static final double PRUNE = 100;

  /** Below this difference the dates say nothing about daylight saving time. */
  private static final double DST_UNDECIDED = Math.log(3);

  private static final int Q = 96;
  private static final int WEEK = TzEvidence.QUARTERS;

  /** The guess for {@code evidence}. */
  public static ZoneGuess infer(TzEvidence evidence) {
    TzEvidence.Summary summary = evidence.summary();
    long active = summary.count();
    if (active < MIN_ACTIVE) {
      return new ZoneGuess(
          null,
          List.of(),
          "only "
              + active
              + " active quarter-hours: at least "
              + MIN_ACTIVE
              + " are needed to guess a time zone, and "
              + FEW_ACTIVE
              + " to trust the guess",
          null);
    }
    int year = summary.busiestYear();
    List<Model> models = models(year);
    long[] weekTotals = weekTotals(summary);
    // Fixed offsets first; a model whose offsets all fit far worse than the best fixed offset
    // cannot win (it is a mix of those offsets over the weeks), so it is not scored.
    Map<Integer, Double> fixedScores = new java.util.HashMap<>();
    double bestFixed = Double.NEGATIVE_INFINITY;
    for (Model m : models) {
      m.major = majorOffset(m.offsets, weekTotals);
      if (m.fixed()) {
        m.score = score(summary, m.offsets);
        fixedScores.put(m.offsets[0], m.score);
        bestFixed = Math.max(bestFixed, m.score);
      }
    }
    for (Model m : models) {
      if (!m.fixed()) {
        boolean promising = false;
        for (int o : m.offsets) {
          promising |= fixedScores.getOrDefault(o, Double.NEGATIVE_INFINITY) > bestFixed - PRUNE;
        }
        m.score = promising ? score(summary, m.offsets) : Double.NEGATIVE_INFINITY;
      }
    }
    // One candidate per offset: its best model, and every model that shows it most of the time.
    Map<Integer, List<Model>> byOffset = new TreeMap<>();
    for (Model m : models) {
      byOffset.computeIfAbsent(m.major, k -> new ArrayList<>()).add(m);
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<Integer, List<Model>> e : byOffset.entrySet()) {
      List<Model> ms = e.getValue();
      ms.sort(Comparator.comparingDouble((Model m) -> -m.score).thenComparingInt(m -> m.order));
      groups.add(new Group(e.getKey(), ms));
    }
    groups.removeIf(g -> g.best() == Double.NEGATIVE_INFINITY);
    String warning = warning(summary, active);
    if (groups.isEmpty()) {
      return new ZoneGuess(
          null,
          List.of(),
          "the activity does not look like a working life in any offset"
              + (warning == null ? "" : "; " + warning),
          null);
    }
    groups.sort(Comparator.comparingDouble((Group g) -> -g.best()).thenComparingInt(g -> g.offset));
    double max = groups.get(0).best();
    double sum = 0;
    for (Group g : groups) {
      sum += Math.exp(g.best() - max);
    }
    List<ZoneGuess.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP, groups.size()); i++) {
      Group g = groups.get(i);
      double p = Math.exp(g.best() - max) / sum;
      candidates.add(
          new ZoneGuess.Candidate(
              offsetId(g.offset),
              Math.round(p * 10_000) / 10_000.0,
              g.zones(false),
              g.zones(true)));
    }
    return new ZoneGuess(
        candidates.get(0).offset(), candidates, warning, dstNote(groups.get(0), weekTotals));
  }

  /**
   * The grid redrawn in a fixed offset: the records of {@code evidence} shifted by {@code
   * offsetSeconds} (a multiple of 15 minutes, as every offset in use is), with the first and last
   * instant of {@code overall}.
   */
  public static WeekHourGrid redraw(TzEvidence evidence, int offsetSeconds, WeekHourGrid overall) {
    WeekHourGrid grid = new WeekHourGrid();
    int shift = Math.floorDiv(offsetSeconds, 900);
    boolean firstDone = false;
    for (int q = 0; q < WEEK; q++) {
      long n = evidence.records(q);
      if (n == 0) {
        continue;
      }
      int local = Math.floorMod(q + shift, WEEK);
      int cell = WeekHourGrid.cell(local / Q, local % Q / 4);
      for (long i = 0; i < n; i++) {
        // The grid keeps first and last; the per-cell instants are not needed for the counts.
        grid.add(cell, firstDone ? overall.first() : overall.last());
        firstDone = true;
      }
    }
    return grid;
  }

  /**
   * The offset {@code zone} shows for most of the evidence's active time, reading its rules in the
   * evidence's busiest year as the inference does: the offset a correct guess names.
   */
  static int majorOffset(ZoneId zone, TzEvidence evidence) {
    TzEvidence.Summary summary = evidence.summary();
    long[] weekTotals = weekTotals(summary);
    return majorOffset(weekOffsets(zone.getRules(), summary.busiestYear()), weekTotals);
  }

  private static long[] weekTotals(TzEvidence.Summary summary) {
    long[] totals = new long[TzEvidence.WEEKS];
    for (int w = 0; w < TzEvidence.WEEKS; w++) {
      for (int q = 0; q < WEEK; q++) {
        totals[w] += summary.active(w, q);
      }
    }
    return totals;
  }

  /** The offset of a zone in the middle of each week of {@code year}, rounded to 15 minutes. */
  private static int[] weekOffsets(ZoneRules rules, int year) {
    long jan1 = LocalDate.of(year, 1, 1).toEpochDay() * 86400L + 12 * 3600L;
    int[] offsets = new int[TzEvidence.WEEKS];
    for (int w = 0; w < TzEvidence.WEEKS; w++) {
      Instant mid = Instant.ofEpochSecond(jan1 + (7L * w + 3) * 86400L);
      offsets[w] = 900 * Math.round(rules.getOffset(mid).getTotalSeconds() / 900f);
    }
    return offsets;
  }

  /** {@code +08:00}, {@code -03:30}, {@code +00:00}. */
  static String offsetId(int seconds) {
    int abs = Math.abs(seconds);
    return String.format(
        Locale.ROOT, "%s%02d:%02d", seconds < 0 ? "-" : "+", abs / 3600, abs % 3600 / 60);
  }

  private static String warning(TzEvidence.Summary e, long active) {
    List<String> parts = new ArrayList<>();
    if (active < FEW_ACTIVE) {
      parts.add(
          "only "
              + active
              + " active quarter-hours: below "
              + FEW_ACTIVE
              + " the guess is unreliable");
    }
    long[] hours = new long[24];
    long total = 0;
    for (int w = 0; w < TzEvidence.WEEKS; w++) {
      for (int q = 0; q < WEEK; q++) {
        long n = e.active(w, q);
        hours[q % Q / 4] += n;
        total += n;
      }
    }
    long quietest = Long.MAX_VALUE;
    for (int h = 0; h < 24; h++) {
      long s = 0;
      for (int k = 0; k < 6; k++) {
        s += hours[(h + k) % 24];
      }
      quietest = Math.min(quietest, s);
    }
    double share = total == 0 ? 1 : (double) quietest / total;
    if (share >= FLAT) {
      parts.add(
          "the activity is spread around the clock: its quietest 6 hours hold "
              + Math.round(share * 100)
              + "% of it, and a working life leaves under "
              + Math.round(FLAT * 100)
              + "%, so the ranking says little");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static String dstNote(Group best, long[] weekTotals) {
    Model fixed = null;
    Model dst = null;
    for (Model m : best.models) {
      if (m.fixed()) {
        fixed = fixed == null ? m : fixed;
      } else if (dst == null && m.seen(weekTotals)) {
        dst = m;
      }
    }
    if (dst == null || fixed == null) {
      return null;
    }
    double d = dst.score - fixed.score;
    if (Math.abs(d) < DST_UNDECIDED) {
      return "the dates cannot tell whether daylight saving time is kept (they may cover one"
          + " season only)";
    }
    if (d > 0) {
      return "the activity moves with daylight saving time, as in "
          + String.join(", ", dst.zones.subList(0, Math.min(3, dst.zones.size())));
    }
    return "the activity keeps its UTC hours all year: no daylight saving time";
  }

  /** The offset a model shows for the most active weeks. */
  private static int majorOffset(int[] offsets, long[] weekTotals) {
    Map<Integer, Long> weight = new LinkedHashMap<>();
    for (int w = 0; w < offsets.length; w++) {
      weight.merge(offsets[w], weekTotals[w], Long::sum);
    }
    int best = offsets[0];
    long most = -1;
    for (Map.Entry<Integer, Long> e : weight.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  // ---- The working-life model -------------------------------------------------------------

  /** The habits: quarter-hour cuts of a local day and the log of their prior weight. */
  private static final class Habits {
    final int size;
    final int[] start;
    final int[] end;
    final int[] lunch;
    final int[] lunchEnd;
    final int[] bed;
    final int[] wake;
    final double[] logPrior;

    Habits(List<int[]> cuts, List<Double> priors) {
      size = cuts.size();
      start = new int[size];
      end = new int[size];
      lunch = new int[size];
      lunchEnd = new int[size];
      bed = new int[size];
      wake = new int[size];
      logPrior = new double[size];
      for (int i = 0; i < size; i++) {
        int[] c = cuts.get(i);
        start[i] = c[0];
        end[i] = c[1];
        lunch[i] = c[2];
        lunchEnd[i] = c[3];
        bed[i] = c[4];
        wake[i] = c[5];
        logPrior[i] = priors.get(i);
      }
    }
  }

  // Prior weights of the habits, in local hours. Starts on the hour are likelier than on the half.
  private static final double[][] START = {
    {6, .005},
    {6.5, .005},
    {7, .03},
    {7.5, .04},
    {8, .16},
    {8.5, .12},
    {9, .25},
    {9.5, .14},
    {10, .15},
    {10.5, .05},
    {11, .03},
    {11.5, .01}
  };
  private static final double[][] LUNCH = {
    {11, .03}, {11.5, .14}, {12, .32}, {12.5, .2}, {13, .19}, {13.5, .08}, {14, .04}
  };
  private static final double[][] LUNCH_LENGTH = {{1, .55}, {1.5, .45}};
  private static final double NO_LUNCH = .3;
  private static final double WORKDAY_MEAN = 9;
  private static final double WORKDAY_SD = 1.3;
  private static final double NIGHT_MIDDLE = 4;
  private static final double NIGHT_MIDDLE_SD = 1;
  private static final int[] NIGHT_HOURS = {4, 5, 6, 7, 8};

  private static Habits habits;

  private static synchronized Habits habits() {
    if (habits == null) {
      habits = buildHabits();
    }
    return habits;
  }

  private static int quarter(double hours) {
    return Math.floorMod((int) Math.round(hours * 4), Q);
  }

  private static Habits buildHabits() {
    List<int[]> cuts = new ArrayList<>();
    List<Double> priors = new ArrayList<>();
    for (double[] s : START) {
      for (double day = 6; day <= 12; day += 0.5) {
        double pd = Math.exp(-0.5 * Math.pow((day - WORKDAY_MEAN) / WORKDAY_SD, 2));
        double endHour = s[0] + day;
        List<double[]> lunches = new ArrayList<>();
        lunches.add(new double[] {-1, 0, NO_LUNCH});
        for (double[] l : LUNCH) {
          for (double[] len : LUNCH_LENGTH) {
            if (l[0] >= s[0] + 1 && l[0] + len[0] <= endHour - 1) {
              lunches.add(new double[] {l[0], len[0], (1 - NO_LUNCH) * l[1] * len[1]});
            }
          }
        }
        for (double[] l : lunches) {
          for (double c = 1; c <= 7; c += 0.5) {
            double pc = Math.exp(-0.5 * Math.pow((c - NIGHT_MIDDLE) / NIGHT_MIDDLE_SD, 2));
            for (int n : NIGHT_HOURS) {
              double bed = c - n / 2.0;
              double wake = c + n / 2.0;
              if (wake > s[0] || bed + 24 < endHour + 0.5) {
                continue;
              }
              cuts.add(
                  new int[] {
                    quarter(s[0]),
                    quarter(endHour),
                    l[0] < 0 ? -1 : quarter(l[0]),
                    l[0] < 0 ? -1 : quarter(l[0] + l[1]),
                    quarter(bed),
                    quarter(wake)
                  });
              priors.add(Math.log(s[1] * pd * l[2] * pc / NIGHT_HOURS.length));
            }
          }
        }
      }
    }
    return new Habits(cuts, priors);
  }

  /** The log of the evidence's likelihood under {@code offsets}, summed over the habits. */
  static double score(TzEvidence.Summary e, int[] offsets) {
    long[] local = new long[WEEK];
    for (int w = 0; w < TzEvidence.WEEKS; w++) {
      int shift = Math.floorDiv(offsets[w], 900);
      for (int q = 0; q < WEEK; q++) {
        long n = e.active(w, q);
        if (n != 0) {
          local[Math.floorMod(q + shift, WEEK)] += n;
        }
      }
    }
    long[] weekday = new long[Q + 1]; // prefix sums
    long[] weekend = new long[Q + 1];
    for (int q = 0; q < Q; q++) {
      long wd = 0;
      for (int d = 0; d < 5; d++) {
        wd += local[d * Q + q];
      }
      weekday[q + 1] = weekday[q] + wd;
      weekend[q + 1] = weekend[q] + local[5 * Q + q] + local[6 * Q + q];
    }
    double n = weekday[Q] + weekend[Q];
    // term[a][b]: the best log-likelihood of the pieces [a, b) of the five weekdays, less N log N.
    double[] dayTerm = terms(weekday, 5);
    double[] endTerm = terms(weekend, 2);
    Habits h = habits();
    // The log of the sum over habits of exp(ll), kept as max + log(sum) so nothing overflows.
    double max = Double.NEGATIVE_INFINITY;
    double sumExp = 0;
    for (int i = 0; i < h.size; i++) {
      int s = h.start[i];
      int s1 = (s + 1) % Q;
      int e1 = h.end[i];
      int b = h.bed[i];
      int w = h.wake[i];
      int l1 = h.lunch[i];
      int l2 = h.lunchEnd[i];
      long nWork;
      int sizeWork;
      double sum =
          dayTerm[b * Q + w] + dayTerm[w * Q + s] + dayTerm[e1 * Q + b] + dayTerm[s * Q + s1];
      double rLunch = 0;
      if (l1 >= 0) {
        nWork = count(weekday, s1, l1) + count(weekday, l2, e1);
        sizeWork = size(s1, l1) + size(l2, e1);
        sum += dayTerm[l1 * Q + l2];
        rLunch = (double) count(weekday, l1, l2) / size(l1, l2);
      } else {
        nWork = count(weekday, s1, e1);
        sizeWork = size(s1, e1);
      }
      double rWork = (double) nWork / sizeWork;
      if (rWork < rLunch
          || rWork < (double) count(weekday, e1, b) / size(e1, b)
          || rWork < (double) count(weekday, w, s) / size(w, s)
          || (double) count(weekday, b, w) / size(b, w) > 0.5 * rWork
          || (double) count(weekday, s, s1) < 0.1 * rWork) {
        continue;
      }
      if (nWork > 0) {
        sum += nWork * Math.log(nWork / (5.0 * sizeWork));
      }
      sum += endTerm[b * Q + w] + endTerm[w * Q + b];
      double ll = sum + h.logPrior[i];
      if (ll > max) {
        sumExp = sumExp * Math.exp(max - ll) + 1;
        max = ll;
      } else if (ll > max - 40) {
        sumExp += Math.exp(ll - max);
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    return max + Math.log(sumExp) - (n > 0 ? n * Math.log(n) : 0);
  }

  /** For every circular piece [a, b) of the day: n log(n / (days × length)). */
  private static double[] terms(long[] prefix, int days) {
    double[] t = new double[Q * Q];
    for (int a = 0; a < Q; a++) {
      for (int b = 0; b < Q; b++) {
        long c = count(prefix, a, b);
        int len = size(a, b);
        t[a * Q + b] = c > 0 && len > 0 ? c * Math.log((double) c / ((double) days * len)) : 0;
      }
    }
    return t;
  }

  private static long count(long[] prefix, int a, int b) {
    return a <= b ? prefix[b] - prefix[a] : prefix[Q] - prefix[a] + prefix[b];
  }

  private static int size(int a, int b) {
    return a <= b ? b - a : Q - a + b;
  }

  // ---- Zones -------------------------------------------------------------------------------

  /** A way to turn UTC into local time: its offset per week of the year and the zones using it. */
  private static final class Model {
    final int[] offsets;
    final List<String> zones = new ArrayList<>();
    final int order;
    double score;
    int major;

    Model(int[] offsets, int order) {
      this.offsets = offsets;
      this.order = order;
    }

    boolean fixed() {
      for (int o : offsets) {
        if (o != offsets[0]) {
          return false;
        }
      }
      return true;
    }

    /** Whether the data cover weeks with different offsets of this model. */
    boolean seen(long[] weekTotals) {
      int first = Integer.MIN_VALUE;
      for (int w = 0; w < offsets.length; w++) {
        if (weekTotals[w] > 0) {
          if (first == Integer.MIN_VALUE) {
            first = offsets[w];
          } else if (offsets[w] != first) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** The models that count toward one offset. */
  private record Group(int offset, List<Model> models) {
    double best() {
      return models.get(0).score;
    }

    /**
     * The zones of this offset, best-fitting model first; only the best-fitting when {@code fit}.
     */
    List<String> zones(boolean fit) {
      List<String> list = new ArrayList<>();
      for (Model m : models) {
        if (fit && m.score < best() - FIT) {
          break;
        }
        for (String z : m.zones) {
          if (list.size() < ZONES) {
            list.add(z);
          }
        }
      }
      return list;
    }
  }

  private static final Map<Integer, List<Model>> MODELS = new java.util.HashMap<>();

  /** The models for {@code year}: one per distinct weekly offset pattern, and each fixed offset. */
  private static synchronized List<Model> models(int year) {
    List<Model> cached = MODELS.get(year);
    if (cached == null) {
      cached = buildModels(year);
      MODELS.put(year, cached);
    }
    List<Model> copy = new ArrayList<>();
    for (Model m : cached) {
      Model c = new Model(m.offsets, m.order);
      c.zones.addAll(m.zones);
      copy.add(c);
    }
    return copy;
  }

  private static List<Model> buildModels(int year) {
    Map<String, Model> byKey = new LinkedHashMap<>();
    for (String zone : catalog()) {
      ZoneRules rules;
      try {
        rules = ZoneId.of(zone).getRules();
      } catch (DateTimeException e) {
        continue; // a zone this JDK's tz data does not have
      }
      int[] offsets = weekOffsets(rules, year);
      byKey
          .computeIfAbsent(Arrays.toString(offsets), k -> new Model(offsets, byKey.size()))
          .zones
          .add(zone);
    }
    List<Integer> inUse = new ArrayList<>();
    for (Model m : byKey.values()) {
      for (int o : m.offsets) {
        if (!inUse.contains(o)) {
          inUse.add(o);
        }
      }
    }
    for (int o : inUse) {
      int[] fixed = new int[TzEvidence.WEEKS];
      Arrays.fill(fixed, o);
      byKey.computeIfAbsent(Arrays.toString(fixed), k -> new Model(fixed, byKey.size()));
    }
    return new ArrayList<>(byKey.values());
  }

  /** Every offset some zone shows in {@code year}, in seconds. */
  static List<Integer> offsetsInUse(int year) {
    List<Integer> list = new ArrayList<>();
    for (Model m : models(year)) {
      if (m.fixed()) {
        list.add(m.offsets[0]);
      }
    }
    return list;
  }

  private static List<String> catalog;

  /** The zone ids of {@code zones.txt}, most populous first. */
  static synchronized List<String> catalog() {
    if (catalog == null) {
      List<String> list = new ArrayList<>();
      try (InputStream in = TzInference.class.getResourceAsStream("zones.txt");
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            int tab = line.indexOf('\t');
            list.add(tab < 0 ? line.strip() : line.substring(0, tab));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      catalog = List.copyOf(list);
    }
    return catalog;
  }
}
