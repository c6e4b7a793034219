package dev.heatmap.render;

import java.util.Arrays;

/**
 * How a cell's value becomes its shade ({@code --scale}), in every format: the fraction from 0 (an
 * empty cell) to 1 (the busiest) that picks the colour or the shade character. The numbers written
 * stay the values; only the shading changes.
 *
 * <p>{@code linear} is the value over the busiest value, which one burst of 400 messages in one
 * hour turns into a grid of empty-looking cells; {@code log} and {@code quantile} keep the rest
 * readable beside such a burst.
 */
public enum Scale {
  /** The value over the busiest cell's value. */
  LINEAR("linear"),
  /** {@code log(1 + value) / log(1 + busiest)}: each tenfold step of activity a similar step. */
  LOG("log"),
  /**
   * The share of non-empty cells whose value is at most this cell's: the rank, so that the shades
   * are spread evenly over the cells whatever the values are.
   */
  QUANTILE("quantile");

  private final String id;

  Scale(String id) {
    this.id = id;
  }

  /** The name on the command line and in the JSON report ({@code --scale log}). */
  public String id() {
    return id;
  }

  /**
   * Every cell's shade, 0 for an empty (zero or negative) cell and above 0 up to 1 for the others.
   *
   * @param values the cells' values (counts, or what {@code --normalize} made of them)
   */
  public double[] shades(double[] values) {
    double[] out = new double[values.length];
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (!(max > 0)) {
      return out;
    }
    // An if chain, not a switch: a switch on an enum costs a class of its own at start-up.
    if (this == LINEAR) {
      for (int i = 0; i < values.length; i++) {
        out[i] = values[i] > 0 ? values[i] / max : 0;
      }
    } else if (this == LOG) {
      // Counts are whole numbers; normalised values are fractions, which log1p would flatten:
      // measure them in units of the smallest non-zero value.
      double unit = Double.MAX_VALUE;
      for (double v : values) {
        if (v > 0) {
          unit = Math.min(unit, v);
        }
      }
      unit = Math.min(1, unit);
      double top = Math.log1p(max / unit);
      for (int i = 0; i < values.length; i++) {
        out[i] = values[i] > 0 ? Math.log1p(values[i] / unit) / top : 0;
      }
    } else {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int firstPositive = 0;
      while (firstPositive < sorted.length && !(sorted[firstPositive] > 0)) {
        firstPositive++;
      }
      int n = sorted.length - firstPositive;
      for (int i = 0; i < values.length; i++) {
        if (values[i] > 0) {
          out[i] = (double) (upperBound(sorted, values[i]) - firstPositive) / n;
        }
      }
    }
    return out;
  }

  /** The index after the last element of {@code sorted} that is at most {@code v}. */
  private static int upperBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The scale named {@code id}, or {@code null}. */
  public static Scale byId(String id) {
    for (Scale s : values()) {
      if (s.id.equalsIgnoreCase(id.strip())) {
        return s;
      }
    }
    return null;
  }

  /** Every scale's name, comma-separated. */
  public static String names() {
    StringBuilder sb = new StringBuilder();
    for (Scale s : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(s.id);
    }
    return sb.toString();
  }
}
