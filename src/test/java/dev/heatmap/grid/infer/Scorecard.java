package dev.heatmap.grid.infer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well {@link TzInference} does on a population of {@link SyntheticActors}: per actor kind,
 * top-1 exact, within one hour, in the top three, and calibration (how many answers scored ≥ 0.9
 * are right within 15 minutes, how many are more than an hour off); and a reliability curve (score
 * bins against the share right).
 */
final class Scorecard {
  /** One actor's outcome. */
  record Outcome(
      SyntheticActors.Actor actor,
      int truth,
      Integer best,
      double score,
      int rank,
      long nanos,
      String window,
      boolean clean) {
    boolean exact() {
      return best != null && best == truth;
    }

    /** Off by at most {@code minutes} (0 when there is no answer: never right). */
    boolean within(int minutes) {
      return best != null && Math.abs(best - truth) <= minutes * 60;
    }
  }

  final List<Outcome> outcomes = new ArrayList<>();

  static Scorecard of(List<SyntheticActors.Actor> actors) {
    return of(actors, Scorer.Tuning.STANDARD);
  }

  static Scorecard of(List<SyntheticActors.Actor> actors, Scorer.Tuning tuning) {
    ZoneCatalog catalog = ZoneCatalog.standard();
    java.util.Map<Integer, ZoneModels> byYear = new java.util.HashMap<>();
    java.util.function.IntFunction<ZoneModels> models =
        year -> byYear.computeIfAbsent(year, y -> ZoneModels.of(catalog, y));
    Scorecard card = new Scorecard();
    for (SyntheticActors.Actor a : actors) {
      long t0 = System.nanoTime();
      ZoneGuess g = TzInference.infer(a.evidence(), models, tuning);
      long nanos = System.nanoTime() - t0;
      int truth = a.truth();
      int rank = TzInference.TOP;
      for (int i = 0; i < g.candidates().size(); i++) {
        if (seconds(g.candidates().get(i).offset()) == truth) {
          rank = i;
          break;
        }
      }
      Integer best = g.best() == null ? null : seconds(g.best());
      double score = g.candidates().isEmpty() ? 0 : g.candidates().get(0).score();
      String window =
          g.explanation() == null ? "-" : g.explanation().life() + ": " + g.explanation().window();
      ZoneGuess.Explanation x = g.explanation();
      boolean clean = x != null && x.life().equals("office") && x.agrees() && x.ambiguity() == null;
      card.outcomes.add(new Outcome(a, truth, best, score, rank, nanos, window, clean));
    }
    return card;
  }

  static int seconds(String offset) {
    return java.time.ZoneOffset.of(offset).getTotalSeconds();
  }

  /** The counts for a set of outcomes. */
  record Line(int n, int exact, int hour, int top3, int sure, int sureRight, int sureFar) {
    static Line of(List<Outcome> os) {
      int exact = 0;
      int hour = 0;
      int top3 = 0;
      int sure = 0;
      int sureRight = 0;
      int sureFar = 0;
      for (Outcome o : os) {
        exact += o.exact() ? 1 : 0;
        hour += o.within(60) ? 1 : 0;
        top3 += o.rank() < 3 ? 1 : 0;
        if (o.score() >= 0.9) {
          sure++;
          sureRight += o.within(15) ? 1 : 0;
          sureFar += o.within(60) ? 0 : 1;
        }
      }
      return new Line(os.size(), exact, hour, top3, sure, sureRight, sureFar);
    }

    double exactShare() {
      return (double) exact / n;
    }

    double hourShare() {
      return (double) hour / n;
    }

    double top3Share() {
      return (double) top3 / n;
    }
  }

  Line all() {
    return Line.of(outcomes);
  }

  Map<SyntheticActors.Kind, Line> byKind() {
    Map<SyntheticActors.Kind, List<Outcome>> split = new EnumMap<>(SyntheticActors.Kind.class);
    for (Outcome o : outcomes) {
      split.computeIfAbsent(o.actor().kind(), k -> new ArrayList<>()).add(o);
    }
    Map<SyntheticActors.Kind, Line> lines = new EnumMap<>(SyntheticActors.Kind.class);
    split.forEach((k, v) -> lines.put(k, Line.of(v)));
    return lines;
  }

  static final double[] BINS = {0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001};

  /** The table by kind and the reliability curve, as text. */
  String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-28s %4s %7s %7s %7s %12s %8s%n",
            "kind",
            "n",
            "top-1",
            "<=1h",
            "top-3",
            ">=0.9 right",
            ">=0.9 far"));
    byKind().forEach((k, l) -> row(sb, k.label, l));
    row(sb, "ALL", all());
    sb.append(String.format(Locale.ROOT, "%nreliability (score bin: n, exact, within 15 min)%n"));
    for (int b = 0; b + 1 < BINS.length; b++) {
      int n = 0;
      int exact = 0;
      int q = 0;
      for (Outcome o : outcomes) {
        if (o.score() >= BINS[b] && o.score() < BINS[b + 1]) {
          n++;
          exact += o.exact() ? 1 : 0;
          q += o.within(15) ? 1 : 0;
        }
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "  [%.2f, %.2f): %4d  %s  %s%n",
              BINS[b],
              Math.min(1, BINS[b + 1]),
              n,
              pct(exact, n),
              pct(q, n)));
    }
    long max = 0;
    long sum = 0;
    for (Outcome o : outcomes) {
      max = Math.max(max, o.nanos());
      sum += o.nanos();
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%ninference time: mean %.1f ms, max %.1f ms%n",
            sum / 1e6 / outcomes.size(),
            max / 1e6));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, Line l) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-28s %4d %7s %7s %7s %12s %8d%n",
            label,
            l.n(),
            pct(l.exact(), l.n()),
            pct(l.hour(), l.n()),
            pct(l.top3(), l.n()),
            l.sureRight() + "/" + l.sure(),
            l.sureFar()));
  }

  private static String pct(int k, int n) {
    return n == 0 ? "   -" : String.format(Locale.ROOT, "%3.0f%%", 100.0 * k / n);
  }

  /**
   * Per kind, how far the answers fall from the truth: {@code -1:00 x3} is three answers an hour
   * west of the truth (best minus true offset), for finding what loses.
   */
  String confusion() {
    StringBuilder sb = new StringBuilder();
    Map<SyntheticActors.Kind, java.util.TreeMap<Integer, Integer>> by =
        new EnumMap<>(SyntheticActors.Kind.class);
    for (Outcome o : outcomes) {
      int d = o.best() == null ? Integer.MIN_VALUE : o.best() - o.truth();
      by.computeIfAbsent(o.actor().kind(), k -> new java.util.TreeMap<>())
          .merge(d, 1, Integer::sum);
    }
    by.forEach(
        (k, m) -> {
          sb.append(String.format(Locale.ROOT, "  %-28s", k.label));
          m.forEach(
              (d, n) ->
                  sb.append(' ')
                      .append(d == Integer.MIN_VALUE ? "none" : TzInference.offsetId(d))
                      .append('x')
                      .append(n));
          sb.append('\n');
        });
    return sb.toString();
  }

  /** The outcomes that missed by more than an hour, or were sure and wrong, for reading. */
  String misses(int limit) {
    StringBuilder sb = new StringBuilder();
    int k = 0;
    for (Outcome o : outcomes) {
      if ((!o.within(60) || (o.score() >= 0.9 && !o.within(15))) && k++ < limit) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %-10s %-28s truth %s best %s (%.3f) rank %d  %s%n      -> %s%n",
                o.actor().kind(),
                o.actor().zone(),
                TzInference.offsetId(o.truth()),
                o.best() == null ? "-" : TzInference.offsetId(o.best()),
                o.score(),
                o.rank(),
                o.actor().habits(),
                o.window()));
      }
    }
    return sb.toString();
  }
}
