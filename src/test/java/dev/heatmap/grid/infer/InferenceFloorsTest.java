package dev.heatmap.grid.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Floors for {@link TzInference} on two populations of synthetic actors, seed 1, 12 of every kind:
 * {@link SyntheticActors} and the independently written {@link OtherActors} ({@link
 * InferenceReport} prints the full table for any seed; the calibration was fitted on seeds 11 and
 * 12, so neither population here was fitted on). The floors sit a few points under what the
 * inference measured when they were set, so a change that makes it worse fails here; calibration is
 * asserted outright: no answer scored 0.9 or more may be more than an hour off, nine in ten of them
 * must be right within 15 minutes, and in each band of scores the share of exact answers is within
 * 0.2 of the mean score.
 */
class InferenceFloorsTest {
  static Scorecard card;
  static Scorecard other;

  @BeforeAll
  static void score() {
    card = Scorecard.of(SyntheticActors.population(1, 12));
    other = Scorecard.of(OtherActors.population(1, 12));
  }

  @Test
  void officeWeeksOfEveryShapeAreFoundWithinAnHour() {
    for (Scorecard c : List.of(card, other)) {
      Map<SyntheticActors.Kind, Scorecard.Line> k = c.byKind();
      for (SyntheticActors.Kind kind :
          List.of(
              SyntheticActors.Kind.OFFICE,
              SyntheticActors.Kind.SIX_DAY,
              SyntheticActors.Kind.SUN_THU,
              SyntheticActors.Kind.DST,
              SyntheticActors.Kind.CREW)) {
        Scorecard.Line l = k.get(kind);
        assertTrue(l.hourShare() >= FLOOR_OFFICE_HOUR, kind + ": " + l + "\n" + c.table());
      }
    }
  }

  @Test
  void theWholePopulationMeetsTheFloors() {
    Scorecard.Line all = card.all();
    String table = card.table();
    assertTrue(all.exactShare() >= FLOOR_EXACT, "top-1 exact " + all + "\n" + table);
    assertTrue(all.hourShare() >= FLOOR_HOUR, "within an hour " + all + "\n" + table);
    assertTrue(all.top3Share() >= FLOOR_TOP3, "top three " + all + "\n" + table);
  }

  @Test
  void theOtherGeneratorsPopulationMeetsItsFloors() {
    Scorecard.Line all = other.all();
    String table = other.table();
    assertTrue(all.exactShare() >= OTHER_EXACT, "top-1 exact " + all + "\n" + table);
    assertTrue(all.hourShare() >= OTHER_HOUR, "within an hour " + all + "\n" + table);
    assertTrue(all.top3Share() >= OTHER_TOP3, "top three " + all + "\n" + table);
  }

  @Test
  void noAnswerScoredNinetyPercentOrMoreIsMoreThanAnHourOff() {
    for (Scorecard c : List.of(card, other)) {
      Scorecard.Line all = c.all();
      assertEquals(0, all.sureFar(), c.misses(40));
      assertTrue(all.sureRight() >= 0.9 * all.sure(), all + "\n" + c.misses(40));
    }
  }

  @Test
  void inEachBandOfScoresTheShareRightIsNearTheMeanScore() {
    double[] bands = {0, 0.4, 0.7, 1.0001};
    for (Scorecard c : List.of(card, other)) {
      for (int b = 0; b + 1 < bands.length; b++) {
        int n = 0;
        int exact = 0;
        double sum = 0;
        for (Scorecard.Outcome o : c.outcomes) {
          if (o.score() >= bands[b] && o.score() < bands[b + 1]) {
            n++;
            exact += o.exact() ? 1 : 0;
            sum += o.score();
          }
        }
        if (n >= 10) {
          double gap = Math.abs((double) exact / n - sum / n);
          assertTrue(
              gap <= 0.2,
              "scores in ["
                  + bands[b]
                  + ", "
                  + bands[b + 1]
                  + "): mean "
                  + sum / n
                  + ", exact "
                  + exact
                  + " of "
                  + n
                  + "\n"
                  + c.table());
        }
      }
    }
  }

  // Measured when set (seed 1, 132 actors each). SyntheticActors: 55 exact (42 %), 107 within an
  // hour (81 %), 92 in the top three (70 %). OtherActors: 51 %, 77 %, 70 %. No answer scored 0.9
  // or more in either (the calibration holds every score under 0.9 for now).
  static final double FLOOR_EXACT = 0.38;
  static final double FLOOR_HOUR = 0.77;
  static final double FLOOR_TOP3 = 0.66;
  static final double OTHER_EXACT = 0.46;
  static final double OTHER_HOUR = 0.73;
  static final double OTHER_TOP3 = 0.66;
  static final double FLOOR_OFFICE_HOUR = 0.9;
}
