package dev.heatmap.spark;

import dev.heatmap.grid.WeekHourGrid;
import java.io.Serializable;

/**
 * A {@link WeekHourGrid} as it travels between Spark tasks and the driver: its counts, totals and
 * first and last instants, merged through the grid's own {@link WeekHourGrid#merge}.
 */
final class GridState implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] counts;
  private final long total;
  private final long skipped;
  private final long filtered;
  private final long first;
  private final long last;

  private GridState(WeekHourGrid g) {
    this.counts = g.counts();
    this.total = g.total();
    this.skipped = g.skipped();
    this.filtered = g.filtered();
    this.first = g.first();
    this.last = g.last();
  }

  static GridState of(WeekHourGrid g) {
    return new GridState(g);
  }

  static GridState empty() {
    return new GridState(new WeekHourGrid());
  }

  WeekHourGrid grid() {
    return WeekHourGrid.of(counts, total, skipped, filtered, first, last);
  }

  long total() {
    return total;
  }

  /** The grid of both inputs. */
  GridState merge(GridState other) {
    WeekHourGrid g = grid();
    g.merge(other.grid());
    return new GridState(g);
  }
}
