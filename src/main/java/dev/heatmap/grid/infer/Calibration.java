package dev.heatmap.grid.infer;

/**
 * Turns the model's posterior share of the best offset into the chance that it is the right offset,
 * as measured: a monotone map fitted by isotonic regression on synthetic actors of two
 * independently written generators ({@code SyntheticActors} and {@code OtherActors}, seeds 11 and
 * 12; {@code CalibrationFit} prints the knots) and checked on other seeds ({@code
 * InferenceReport}). The raw posterior is too sure in two ways an isotonic map repairs: the offset
 * and the habits can slide together by half an hour or an hour for the price of a few priors, and
 * lives that are not an office day fix the offset only through priors on when people sleep. So
 * there are two maps: for a clean reading (an office day, the second opinion within an hour, no
 * close reading elsewhere) and for the rest.
 *
 * <p>The other candidates keep their posterior shares, scaled to what the best leaves, and never
 * above the best's: their scores rank them; only the best's is calibrated.
 */
final class Calibration {
  private Calibration() {}

  /** The raw shares at which the maps are given: 0, 0.1, ..., 1. */
  private static final int KNOTS = 11;

  /**
   * The chance that a clean reading is exactly right, at raw share 0, 0.1, ..., 1. Fitted on 440
   * actors (10 of each kind, seeds 11 and 12, both generators); the fit's top block (raw shares of
   * 0.95 and more, every one right) did not hold on seed 2 (one of three right), so the map is held
   * flat above 0.9: no answer scores 0.9 or more until a larger fit shows a region that earns it.
   */
  static final double[] CLEAN = {
    0.000, 0.000, 0.000, 0.102, 0.470, 0.610, 0.689, 0.738, 0.768, 0.873, 0.873
  };

  /** The chance that any other reading is exactly right, at raw share 0, 0.1, ..., 1. */
  static final double[] OTHER = {
    0.000, 0.000, 0.000, 0.086, 0.184, 0.269, 0.329, 0.364, 0.399, 0.408, 0.455
  };

  /** The calibrated score of a best share {@code raw}. */
  static double map(double raw, boolean clean) {
    double[] m = clean ? CLEAN : OTHER;
    double x = Math.max(0, Math.min(1, raw)) * (KNOTS - 1);
    int i = Math.min(KNOTS - 2, (int) x);
    return m[i] + (m[i + 1] - m[i]) * (x - i);
  }

  /** Replaces the best share {@code p[0]} with its calibrated score and rescales the others. */
  static void apply(double[] p, boolean clean) {
    double raw = p[0];
    double c = map(raw, clean);
    double rest = 1 - raw;
    for (int i = 1; i < p.length; i++) {
      double v = rest > 0 ? p[i] * (1 - c) / rest : (1 - c) / (p.length - 1);
      p[i] = Math.min(v, c);
    }
    p[0] = c;
  }
}
