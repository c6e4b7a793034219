package dev.heatmap.render;

/**
 * The one colour scale every format shades with, so the HTML table, the Plotly heatmap, the SVG and
 * the terminal agree: an empty cell is a neutral grey, and busier cells run from pale yellow
 * through orange to dark red (ColorBrewer's YlOrRd, readable in print and by most colour-blind
 * readers because lightness falls steadily).
 */
final class ColorScale {
  private ColorScale() {}

  /** An empty cell. */
  static final int EMPTY = 0xf6f8fa;

  /** YlOrRd without its palest step, which is too close to the empty grey. */
  private static final int[] STOPS = {
    0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026
  };

  /** The colour of a cell whose value is {@code fraction} (0 to 1) of the busiest cell's. */
  static int rgb(double fraction) {
    if (!(fraction > 0)) {
      return EMPTY;
    }
    return ramp(Math.min(1, fraction));
  }

  /** The colour at {@code t} (0 to 1) along the stops. */
  private static int ramp(double t) {
    return ramp(STOPS, t);
  }

  /** The colour at {@code t} (0 to 1) along {@code stops}. */
  private static int ramp(int[] stops, double t) {
    double pos = t * (stops.length - 1);
    int i = Math.min(stops.length - 2, (int) pos);
    double f = pos - i;
    int a = stops[i];
    int b = stops[i + 1];
    return mix(a >> 16, b >> 16, f) << 16
        | mix(a >> 8 & 0xff, b >> 8 & 0xff, f) << 8
        | mix(a & 0xff, b & 0xff, f);
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }

  /** {@link #rgb} as {@code #rrggbb}. */
  static String hex(double fraction) {
    return hex6(rgb(fraction));
  }

  static String hex6(int rgb) {
    String s = Integer.toHexString(rgb | 0x1000000);
    return "#" + s.substring(1);
  }

  /** Text that stays readable on the cell's colour. */
  static String textOn(double fraction) {
    return fraction > 0.55 ? "#ffffff" : "#1f2328";
  }

  /**
   * Inferno (matplotlib's perceptually uniform ramp, black through purple and orange to pale
   * yellow) without its near-black end: on a dark background the busiest cell is the brightest.
   */
  private static final int[] INFERNO = {
    0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a, 0xf37819, 0xfca50a, 0xf6d746, 0xfcffa4
  };

  /**
   * Viridis (purple through teal to yellow-green) without its darkest and palest ends: lightness
   * rises steadily and every step keeps contrast with both a black and a white background.
   */
  private static final int[] VIRIDIS = {
    0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b
  };

  /**
   * The terminal's colour for a non-empty cell on {@code background}: inferno rising to its
   * brightest on a dark one; the report's YlOrRd from its middle (the palest step still shows on
   * white) on a light one; viridis, which reads on both, when the background is not known.
   */
  static int terminalRgb(double fraction, Background background) {
    double f = Math.max(0, Math.min(1, fraction));
    // An if chain, not a switch: a switch on an enum costs a class of its own at start-up.
    if (background == Background.DARK) {
      return ramp(INFERNO, f);
    }
    return background == Background.LIGHT ? ramp(0.12 + 0.76 * f) : ramp(VIRIDIS, f);
  }

  /** The nearest colour of the xterm 256-colour cube (indices 16–231). */
  static int xterm256(int rgb) {
    return 16 + 36 * cubeStep(rgb >> 16) + 6 * cubeStep(rgb >> 8 & 0xff) + cubeStep(rgb & 0xff);
  }

  private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

  private static int cubeStep(int v) {
    int best = 0;
    for (int i = 1; i < CUBE.length; i++) {
      if (Math.abs(CUBE[i] - v) < Math.abs(CUBE[best] - v)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The scale as Plotly's {@code colorscale}: a JSON array of {@code [position, "#rrggbb"]} pairs,
   * zero in the empty grey and anything above it on the ramp.
   */
  static String plotlyJson() {
    StringBuilder sb = new StringBuilder("[[0,\"").append(hex6(EMPTY)).append("\"]");
    sb.append(",[0.000001,\"").append(hex6(STOPS[0])).append("\"]");
    for (int i = 1; i < STOPS.length; i++) {
      String pos = i == STOPS.length - 1 ? "1" : fraction(i, STOPS.length - 1);
      sb.append(",[").append(pos).append(",\"").append(hex6(STOPS[i])).append("\"]");
    }
    return sb.append(']').toString();
  }

  private static String fraction(int i, int n) {
    return new java.math.BigDecimal(i)
        .divide(new java.math.BigDecimal(n), 6, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
