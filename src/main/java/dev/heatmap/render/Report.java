package dev.heatmap.render;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import java.util.List;
import java.util.Objects;

/**
 * Everything a renderer draws: the model every output format is written from, so that all of them
 * say the same thing.
 *
 * @param title the report's title (untrusted: it may come from a file name)
 * @param timezone the zone the grid is drawn in, as reports label it ({@code UTC}, {@code
 *     America/New_York}, {@code +05:30})
 * @param grid the overall grid
 * @param groups one grid per group, largest first; empty when not grouping
 */
public record Report(String title, String timezone, WeekHourGrid grid, List<Tally.Group> groups) {
  public Report {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(grid, "grid");
    groups = List.copyOf(groups);
  }

  /** The weekday names in row order. */
  public static final List<String> DAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
}
