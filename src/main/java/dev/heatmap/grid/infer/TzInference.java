package dev.heatmap.grid.infer;

import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.WeekHourGrid;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * {@code --infer-tz}: which UTC offset, and which IANA zones, does this actor's activity fit?
 *
 * <p>The method, in short (the README's "Time zones" section has the long form). The evidence is
 * {@link TzEvidence}: active quarter-hours by UTC time of the week and week of the year. A model
 * ({@link ZoneModels}) turns UTC into local time: a fixed offset, or a real zone whose offset
 * changes with daylight saving time during the data's busiest year. For each model the {@link
 * Scorer} fits the local week to every family of daily life ({@link Life}: an office day, evening
 * activity after a day job, a late riser, shift work, a plain day and night) and every shape of
 * week ({@link RestDays}), with habits cut on any local quarter-hour under a prior, and tempers the
 * likelihood so that it counts active days, not quarter-hours. Each model counts toward the offset
 * it shows most of the data's time; a candidate offset's score is its best model's plus the
 * offset's prior ({@link OffsetPrior}); the best's posterior share is mapped by {@link Calibration}
 * to the chance, measured on synthetic actors, that it is the right offset.
 *
 * <p>Beside the model's answer stands a second opinion that shares nothing with it but the data:
 * the middle of the quietest eight hours is taken as 03:30 local. When the two disagree by more
 * than an hour the report says so and the best score is held to {@link #DISAGREE_CAP}; when the
 * best reading is not an office day, or a reading at another offset is close, the answer says it is
 * ambiguous and the score is held to {@link #OTHER_LIFE_CAP}; no score is ever 1.
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

  /** The highest score when the second opinion disagrees by more than an hour. */
  public static final double DISAGREE_CAP = 0.8;

  /** The highest score when the best reading is not an office day. */
  public static final double OTHER_LIFE_CAP = 0.7;

  /** No score is higher: the data never make an offset certain. */
  public static final double MAX_SCORE = 0.995;

  /** Confidence bands: at least this score is "likely", at least {@link #PLAUSIBLE} "plausible". */
  public static final double LIKELY = 0.8;

  /** At least this score is "plausible"; below it "ambiguous". */
  public static final double PLAUSIBLE = 0.5;

  /** A reading at another offset this close to the best (in posterior share) makes it ambiguous. */
  static final double CLOSE = 0.2;

  /** A model within this many (tempered) log units of a candidate's best fits the DST evidence. */
  private static final double FIT = Math.log(10);

  /** How many offsets of the coarse pass are searched on the full grid. */
  private static final int FINALISTS = 5;

  /** How many of the finalists' daylight-saving models are searched. */
  private static final int DST_FINALISTS = 3;

  /** Below this difference the dates say nothing about daylight saving time. */
  private static final double DST_UNDECIDED = Math.log(3);

  private static final int Q = 96;
  private static final int WEEK = TzEvidence.QUARTERS;

  /**
   * The standard catalog's models by year, built once per year and process (they are immutable and
   * cost more to build than one inference).
   */
  private static final Map<Integer, ZoneModels> STANDARD =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final IntFunction<ZoneModels> STANDARD_MODELS =
      year -> STANDARD.computeIfAbsent(year, y -> ZoneModels.of(ZoneCatalog.standard(), y));

  /** The guess for {@code evidence}, with the standard zone catalog. */
  public static ZoneGuess infer(TzEvidence evidence) {
    return infer(evidence, STANDARD_MODELS);
  }

  /** The guesses for several actors (groups), with the standard zone catalog. */
  public static List<ZoneGuess> inferEach(List<TzEvidence> evidence) {
    List<ZoneGuess> list = new ArrayList<>();
    for (TzEvidence e : evidence) {
      list.add(infer(e, STANDARD_MODELS));
    }
    return list;
  }

  /** The guess for {@code evidence}, with the models of its busiest year from {@code models}. */
  public static ZoneGuess infer(TzEvidence evidence, IntFunction<ZoneModels> models) {
    return infer(evidence, models, Scorer.Tuning.STANDARD);
  }

  /** One model's fit and the offset it counts toward. */
  private record Scored(ZoneModels.Model model, int major, Scorer.Fit fit) {
    double log() {
      return fit.log();
    }
  }

  static ZoneGuess infer(
      TzEvidence evidence, IntFunction<ZoneModels> source, Scorer.Tuning tuning) {
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
    ZoneModels models = source.apply(summary.busiestYear());
    long[] weekTotals = weekTotals(summary);
    long[] utcWeek = new long[WEEK];
    for (int w = 0; w < TzEvidence.WEEKS; w++) {
      for (int q = 0; q < WEEK; q++) {
        utcWeek[q] += summary.active(w, q);
      }
    }
    // A coarse pass ranks every fixed offset; the best few, and the daylight-saving models that
    // show one of them, are searched on the full grid. The rest cannot come near the best.
    Scorer coarse = new Scorer(active, summary.days(), tuning, false);
    Scorer fine = new Scorer(active, summary.days(), tuning, true);
    List<double[]> ranked = new ArrayList<>();
    for (ZoneModels.Model m : models.models()) {
      if (m.fixed()) {
        int o = m.offsets()[0];
        double c = coarse.score(rotate(utcWeek, o), o).log() + OffsetPrior.log(o);
        ranked.add(new double[] {c, o});
      }
    }
    ranked.sort(Comparator.comparingDouble((double[] r) -> -r[0]));
    java.util.Set<Integer> finalists = new java.util.HashSet<>();
    java.util.Set<Integer> dstFinalists = new java.util.HashSet<>();
    for (int i = 0; i < Math.min(FINALISTS, ranked.size()); i++) {
      if (ranked.get(i)[0] > Double.NEGATIVE_INFINITY) {
        finalists.add((int) ranked.get(i)[1]);
        if (i < DST_FINALISTS) {
          dstFinalists.add((int) ranked.get(i)[1]);
        }
      }
    }
    List<Scored> scored = new ArrayList<>();
    Map<String, Scorer.Fit> sameWeeks = new HashMap<>();
    for (ZoneModels.Model m : models.models()) {
      if (m.fixed()) {
        int o = m.offsets()[0];
        Scorer.Fit fit = finalists.contains(o) ? fine.score(rotate(utcWeek, o), o) : null;
        if (fit != null) {
          sameWeeks.put(activeOffsets(m.offsets(), weekTotals), fit);
        }
      }
    }
    for (ZoneModels.Model m : models.models()) {
      if (m.fixed()) {
        int o = m.offsets()[0];
        Scorer.Fit fit =
            finalists.contains(o) ? sameWeeks.get(activeOffsets(m.offsets(), weekTotals)) : null;
        scored.add(new Scored(m, o, fit));
        continue;
      }
      int major = majorOffset(m.offsets(), weekTotals);
      boolean promising = dstFinalists.contains(major);
      if (promising) {
        // Models that agree on every active week see the same local week: score it once.
        String key = activeOffsets(m.offsets(), weekTotals);
        Scorer.Fit fit = sameWeeks.get(key);
        if (fit == null) {
          fit = fine.score(local(summary, m.offsets()), major);
          sameWeeks.put(key, fit);
        }
        scored.add(new Scored(m, major, fit));
      } else if (!m.zones().isEmpty()) {
        scored.add(new Scored(m, major, null));
      }
    }
    // One candidate per offset: its best model, and every model that shows it most of the time.
    Map<Integer, List<Scored>> byOffset = new TreeMap<>();
    for (Scored s : scored) {
      byOffset.computeIfAbsent(s.major(), k -> new ArrayList<>()).add(s);
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<Integer, List<Scored>> e : byOffset.entrySet()) {
      List<Scored> ms = new ArrayList<>(e.getValue());
      ms.removeIf(s -> s.fit() == null);
      ms.sort(
          Comparator.comparingDouble((Scored s) -> -s.log())
              .thenComparingInt(s -> s.model().order()));
      List<Scored> unscored = new ArrayList<>(e.getValue());
      unscored.removeIf(s -> s.fit() != null);
      unscored.sort(Comparator.comparingInt(s -> s.model().order()));
      ms.addAll(unscored);
      if (!ms.isEmpty() && ms.get(0).fit() != null && ms.get(0).log() > Double.NEGATIVE_INFINITY) {
        groups.add(new Group(e.getKey(), ms, ms.get(0).log() + OffsetPrior.log(e.getKey())));
      }
    }
    String warning = warning(summary, active);
    if (groups.isEmpty()) {
      return new ZoneGuess(
          null,
          List.of(),
          "the activity does not look like a daily life in any offset"
              + (warning == null ? "" : "; " + warning),
          null);
    }
    groups.sort(
        Comparator.comparingDouble((Group g) -> -g.score()).thenComparingInt(Group::offset));
    double max = groups.get(0).score();
    double sum = 0;
    for (Group g : groups) {
      sum += Math.exp(g.score() - max);
    }
    double[] p = new double[groups.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(groups.get(i).score() - max) / sum;
    }
    Group top = groups.get(0);
    Habit habit = top.fit().best();
    List<String> notes = new ArrayList<>();
    // The second opinion.
    Integer quiet = quietWindowOffset(utcWeek);
    boolean agrees = quiet == null || circularDistance(quiet, top.offset()) <= 3600;
    double cap = MAX_SCORE;
    if (!agrees) {
      cap = Math.min(cap, DISAGREE_CAP);
      notes.add(
          "the quiet hours alone put the actor at "
              + offsetId(quiet)
              + ", more than an hour from the best fit");
    }
    // Another life, or a close reading at another offset.
    String ambiguity = null;
    if (habit.life() != Life.OFFICE) {
      cap = Math.min(cap, OTHER_LIFE_CAP);
    }
    for (int i = 1; i < groups.size(); i++) {
      Group g = groups.get(i);
      if (p[i] >= CLOSE * p[0] && circularDistance(g.offset(), top.offset()) > 3600) {
        Habit other = g.fit().best();
        ambiguity =
            "ambiguous: "
                + habit.life().words
                + " at "
                + offsetId(top.offset())
                + " or "
                + other.life().words
                + " at "
                + offsetId(g.offset());
        break;
      }
    }
    if (ambiguity == null && habit.life() != Life.OFFICE) {
      Group office = bestOfficeElsewhere(groups, top);
      ambiguity =
          "ambiguous: "
              + habit.life().words
              + " at "
              + offsetId(top.offset())
              + (office == null ? "" : " or an office day at " + offsetId(office.offset()));
    }
    if (ambiguity != null) {
      notes.add(ambiguity);
    }
    boolean clean = habit.life() == Life.OFFICE && agrees && ambiguity == null;
    if (tuning.calibrate()) {
      Calibration.apply(p, clean);
      capScores(p, cap);
    }
    List<ZoneGuess.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP, groups.size()); i++) {
      Group g = groups.get(i);
      Habit h = g.fit().best();
      candidates.add(
          new ZoneGuess.Candidate(
              offsetId(g.offset()),
              Math.round(p[i] * 10_000) / 10_000.0,
              g.zones(false),
              g.zones(true),
              h == null ? null : h.life().id(),
              h == null ? null : h.window()));
    }
    double score = p[0];
    String confidence =
        ambiguity != null || score < PLAUSIBLE
            ? "ambiguous"
            : score >= LIKELY ? "likely" : "plausible";
    if (warning != null) {
      notes.add(0, warning);
    }
    ZoneGuess.Explanation explanation =
        new ZoneGuess.Explanation(
            confidence,
            habit.life().id(),
            habit.window(),
            habit.rest().words,
            ambiguity,
            quiet == null ? null : offsetId(quiet),
            agrees);
    return new ZoneGuess(
        candidates.get(0).offset(),
        candidates,
        notes.isEmpty() ? null : String.join("; ", notes),
        dstNote(top, weekTotals),
        explanation);
  }

  private static Group bestOfficeElsewhere(List<Group> groups, Group top) {
    Group best = null;
    double bestLog = Double.NEGATIVE_INFINITY;
    for (Group g : groups) {
      if (g == top) {
        continue;
      }
      double l = g.fit().lifeLog()[Life.OFFICE.ordinal()] + OffsetPrior.log(g.offset());
      if (l > bestLog) {
        bestLog = l;
        best = g;
      }
    }
    return best;
  }

  /** Holds the best share to {@code cap}, spreading the rest over the others in proportion. */
  static void capScores(double[] p, double cap) {
    if (p[0] <= cap) {
      return;
    }
    double rest = 1 - p[0];
    double target = 1 - cap;
    for (int i = 1; i < p.length; i++) {
      p[i] = rest > 0 ? p[i] * target / rest : target / (p.length - 1);
    }
    p[0] = cap;
  }

  static int circularDistance(int a, int b) {
    int d = Math.floorMod(a - b, 86400);
    return Math.min(d, 86400 - d);
  }

  /**
   * The second opinion: the offset that puts the middle of the quietest eight hours of the day at
   * 03:30 local, rounded to the hour; null when no eight hours are markedly quieter than the day.
   */
  static Integer quietWindowOffset(long[] utcWeek) {
    long[] day = new long[Q];
    long total = 0;
    for (int q = 0; q < WEEK; q++) {
      day[q % Q] += utcWeek[q];
      total += utcWeek[q];
    }
    long best = Long.MAX_VALUE;
    int at = 0;
    for (int s = 0; s < Q; s++) {
      long n = 0;
      for (int k = 0; k < 32; k++) {
        n += day[(s + k) % Q];
      }
      if (n < best) {
        best = n;
        at = s;
      }
    }
    if (total == 0 || best > 0.2 * total) {
      return null;
    }
    // The window's middle is at UTC quarter (at + 16); local 03:30 is quarter 14.
    int offsetQuarters = Math.floorMod(14 - (at + 16), Q);
    int hours = Math.round(offsetQuarters / 4f);
    if (hours > 14) {
      hours -= 24;
    }
    return hours * 3600;
  }

  /** The UTC week seen in a fixed offset. */
  private static long[] rotate(long[] utcWeek, int offsetSeconds) {
    int shift = Math.floorDiv(offsetSeconds, 900);
    long[] local = new long[WEEK];
    for (int q = 0; q < WEEK; q++) {
      local[Math.floorMod(q + shift, WEEK)] = utcWeek[q];
    }
    return local;
  }

  /** The evidence seen in a model whose offset changes by the week. */
  private static long[] local(TzEvidence.Summary e, int[] offsets) {
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
    return local;
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
    return majorOffset(ZoneModels.weekOffsets(zone.getRules(), summary.busiestYear()), weekTotals);
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

  /** {@code +08:00}, {@code -03:30}, {@code +00:00}. */
  public static String offsetId(int seconds) {
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
    Scored fixed = null;
    Scored dst = null;
    for (Scored m : best.models()) {
      if (m.fit() == null) {
        continue;
      }
      if (m.model().fixed()) {
        fixed = fixed == null ? m : fixed;
      } else if (dst == null && m.model().seen(weekTotals)) {
        dst = m;
      }
    }
    if (dst == null || fixed == null) {
      return null;
    }
    double d = dst.log() - fixed.log();
    if (Math.abs(d) < DST_UNDECIDED) {
      return "the dates cannot tell whether daylight saving time is kept (they may cover one"
          + " season only)";
    }
    List<String> zones = dst.model().zones();
    if (d > 0) {
      return "the activity moves with daylight saving time, as in "
          + String.join(", ", zones.subList(0, Math.min(3, zones.size())));
    }
    return "the activity keeps its UTC hours all year: no daylight saving time";
  }

  /** A model's offsets on the weeks that have activity, as a key. */
  private static String activeOffsets(int[] offsets, long[] weekTotals) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < offsets.length; w++) {
      if (weekTotals[w] > 0) {
        sb.append(offsets[w]).append(',');
      }
    }
    return sb.toString();
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

  /** The models that count toward one offset, best first, and the offset's score. */
  private record Group(int offset, List<Scored> models, double score) {
    Scorer.Fit fit() {
      return models.get(0).fit();
    }

    /**
     * The zones of this offset, best-fitting model first; only the best-fitting when {@code fit}.
     */
    List<String> zones(boolean fit) {
      List<String> list = new ArrayList<>();
      double best = models.get(0).log();
      for (Scored m : models) {
        if (fit && (m.fit() == null || m.log() < best - FIT)) {
          break;
        }
        for (String z : m.model().zones()) {
          if (list.size() < ZONES) {
            list.add(z);
          }
        }
      }
      return list;
    }
  }

  /** Every offset some zone shows in {@code year}, in seconds. */
  static List<Integer> offsetsInUse(int year) {
    return ZoneModels.of(ZoneCatalog.standard(), year).offsetsInUse();
  }
}
