package dev.heatmap.grid.infer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Fits {@link Calibration}'s maps: runs the raw inference (no calibration, no caps) on both
 * generators' actors of the fitting seeds, fits an isotonic regression of "exactly right" on the
 * raw best share for clean readings and for the rest, and prints the knots to paste. Skipped unless
 * asked for:
 *
 * <pre>
 * mvn -o -q test -Dtest=CalibrationFit -Dinference.calibrate=true [-Dinference.perKind=15]
 * </pre>
 */
class CalibrationFit {
  /** The seeds the maps are fitted on; the report and the floors use others. */
  static final long[] SEEDS = {11, 12};

  @Test
  void fit() {
    assumeTrue(Boolean.getBoolean("inference.calibrate"), "set -Dinference.calibrate=true");
    int perKind = Integer.getInteger("inference.perKind", 15);
    List<SyntheticActors.Actor> actors = new ArrayList<>();
    for (long seed : SEEDS) {
      actors.addAll(SyntheticActors.population(seed, perKind));
      actors.addAll(OtherActors.population(seed, perKind));
    }
    Scorecard card = Scorecard.of(actors, Scorer.Tuning.STANDARD.raw());
    for (boolean clean : new boolean[] {true, false}) {
      List<double[]> points = new ArrayList<>();
      for (Scorecard.Outcome o : card.outcomes) {
        if (o.best() != null && o.clean() == clean) {
          points.add(new double[] {o.score(), o.exact() ? 1 : 0});
        }
      }
      double[] knots = knots(isotonic(points));
      StringBuilder sb = new StringBuilder();
      for (double k : knots) {
        sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", k));
      }
      System.out.println(
          (clean ? "CLEAN" : "OTHER") + " (" + points.size() + " answers): {" + sb + "}");
    }
  }

  /** Pool-adjacent-violators: the non-decreasing fit of y on x, as sorted (x, fitted y) pairs. */
  static List<double[]> isotonic(List<double[]> points) {
    points.sort((a, b) -> Double.compare(a[0], b[0]));
    // Blocks of (sum of y, weight, first x, last x).
    List<double[]> blocks = new ArrayList<>();
    for (double[] p : points) {
      blocks.add(new double[] {p[1], 1, p[0], p[0]});
      while (blocks.size() > 1) {
        double[] b = blocks.get(blocks.size() - 1);
        double[] a = blocks.get(blocks.size() - 2);
        if (a[0] / a[1] <= b[0] / b[1]) {
          break;
        }
        a[0] += b[0];
        a[1] += b[1];
        a[3] = b[3];
        blocks.remove(blocks.size() - 1);
      }
    }
    List<double[]> fit = new ArrayList<>();
    for (double[] b : blocks) {
      fit.add(new double[] {(b[2] + b[3]) / 2, b[0] / b[1]});
    }
    return fit;
  }

  /**
   * The fit at raw shares 0, 0.1, ..., 1: interpolated between block centres, flat beyond the ends,
   * and pulled toward the diagonal's lower side at the top (a score is never more than the fit).
   */
  static double[] knots(List<double[]> fit) {
    double[] k = new double[11];
    for (int i = 0; i <= 10; i++) {
      double x = i / 10.0;
      double y;
      if (fit.isEmpty()) {
        y = x;
      } else if (x <= fit.get(0)[0]) {
        y = fit.get(0)[1];
      } else if (x >= fit.get(fit.size() - 1)[0]) {
        y = fit.get(fit.size() - 1)[1];
      } else {
        int j = 1;
        while (fit.get(j)[0] < x) {
          j++;
        }
        double[] a = fit.get(j - 1);
        double[] b = fit.get(j);
        y = a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]);
      }
      k[i] = y;
    }
    k[0] = 0;
    return k;
  }
}
