package dev.heatmap.render;

import dev.heatmap.grid.WeekHourGrid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/**
 * A grid's cells as a report shows them under one {@link Normalize} mode. Each value is a ratio of
 * whole numbers ({@code count × scale / denominator}), written with {@link BigDecimal} so the
 * digits are exact and the same on every JVM: reports must be byte-identical run to run.
 */
final class CellValues {
  private final Normalize mode;
  private final long[] counts;
  private final long[] denominators;
  private final long scale;
  private final double[] values = new double[WeekHourGrid.CELLS];
  private final double max;
  private final Scale shading;
  private final double[] shades;

  private CellValues(
      Normalize mode, long[] counts, long[] denominators, long scale, Scale shading) {
    this.mode = mode;
    this.counts = counts;
    this.denominators = denominators;
    this.scale = scale;
    double m = 0;
    for (int i = 0; i < WeekHourGrid.CELLS; i++) {
      values[i] = denominators[i] == 0 ? 0 : (double) counts[i] * scale / denominators[i];
      m = Math.max(m, values[i]);
    }
    this.max = m;
    this.shading = shading;
    this.shades = shading.shades(values);
  }

  /**
   * The values of {@code grid} under {@code mode}; {@code zone} is the zone the grid was counted in
   * (only {@link Normalize#RATE} needs it), shaded by {@code shading}.
   */
  static CellValues of(WeekHourGrid grid, Normalize mode, ZoneId zone, Scale shading) {
    long[] counts = grid.counts();
    long[] den = new long[WeekHourGrid.CELLS];
    long scale = 1;
    switch (mode) {
      case COUNT -> java.util.Arrays.fill(den, 1);
      case PERCENT -> {
        java.util.Arrays.fill(den, grid.total());
        scale = 100;
      }
      case MAX -> java.util.Arrays.fill(den, grid.max());
      case RATE -> den = Occurrences.between(grid.first(), grid.last(), zone);
    }
    return new CellValues(mode, counts, den, scale, shading);
  }

  Normalize mode() {
    return mode;
  }

  long count(int cell) {
    return counts[cell];
  }

  double value(int cell) {
    return values[cell];
  }

  /** The largest value, 0 for an empty grid. */
  double max() {
    return max;
  }

  /**
   * The cell's shade, 0 (empty) to 1 (the busiest), under the {@link Scale}: what colour and shade
   * characters follow; the value over the largest under the linear scale.
   */
  double fraction(int cell) {
    return shades[cell];
  }

  /** The scale the shades follow. */
  Scale shading() {
    return shading;
  }

  /** The largest value with the digits a machine reader gets. */
  String exactMax() {
    int best = 0;
    for (int i = 1; i < WeekHourGrid.CELLS; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return exact(best);
  }

  /** The value with the digits a machine reader gets (CSV, JSON). */
  String exact(int cell) {
    return decimal(cell, mode.exactScale());
  }

  /** The value with the digits a person reads (tables, tooltips). */
  String shown(int cell) {
    return decimal(cell, mode.shownScale());
  }

  /** {@code value} (in this mode's unit) written with the digits a person reads. */
  String shown(double value) {
    if (mode == Normalize.COUNT) {
      return Long.toString(Math.round(value));
    }
    return new BigDecimal(value)
        .setScale(mode.shownScale(), RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private String decimal(int cell, int digits) {
    if (mode == Normalize.COUNT) {
      return Long.toString(counts[cell]);
    }
    if (denominators[cell] == 0) {
      return BigDecimal.ZERO.setScale(digits).toPlainString();
    }
    return BigDecimal.valueOf(counts[cell])
        .multiply(BigDecimal.valueOf(scale))
        .divide(BigDecimal.valueOf(denominators[cell]), digits, RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
