package dev.heatmap.spark;

import dev.heatmap.grid.calendar.DayCounts;
import java.io.Serializable;

/**
 * {@link DayCounts} as they travel between Spark tasks and the driver: the events per local day of
 * each year that has any, and those outside the years kept; merged through the counts' own {@link
 * DayCounts#merge}.
 */
final class DayState implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int YEARS = DayCounts.LAST_YEAR - DayCounts.FIRST_YEAR + 1;

  private final long[][] years;
  private final long outside;

  private DayState(DayCounts d) {
    this.years = new long[YEARS][];
    for (int y = 0; y < YEARS; y++) {
      years[y] = d.year(DayCounts.FIRST_YEAR + y);
    }
    this.outside = d.outside();
  }

  /** The state of {@code d}, or null when there is none (the calendar is not gathered). */
  static DayState of(DayCounts d) {
    return d == null ? null : new DayState(d);
  }

  DayCounts days() {
    return DayCounts.of(years, outside);
  }

  /** The counts of both, either of which may be null (no days). */
  static DayState merge(DayState a, DayState b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    DayCounts d = a.days();
    d.merge(b.days());
    return new DayState(d);
  }
}
