package dev.heatmap.render;

import dev.heatmap.grid.WeekHourGrid;

/**
 * The facts every format states under its grid, in events (whatever {@link Normalize} the cells
 * use): totals, the busiest cell and weekday, and how the activity splits between weekdays and the
 * weekend and into the night.
 *
 * <p>The weekend is Saturday and Sunday; the night is 22:00 to 06:00 on the report's clock. Ties go
 * to the earlier day (Monday first) and hour, so the answer never depends on display order.
 *
 * @param total timestamps counted
 * @param skipped records without a usable timestamp
 * @param filtered records outside the requested time range
 * @param first the earliest instant (epoch seconds) or {@link WeekHourGrid#NONE}
 * @param last the latest instant (epoch seconds) or {@link WeekHourGrid#NONE}
 * @param peakDay the busiest cell's day, 0 = Monday (-1 for an empty grid)
 * @param peakHour the busiest cell's hour (-1 for an empty grid)
 * @param peakCount the busiest cell's count
 * @param busiestDay the weekday with the most events, 0 = Monday (-1 for an empty grid)
 * @param busiestDayCount its count
 * @param weekend events on Saturday and Sunday
 * @param night events from 22:00 to 05:59
 */
public record Summary(
    long total,
    long skipped,
    long filtered,
    long first,
    long last,
    int peakDay,
    int peakHour,
    long peakCount,
    int busiestDay,
    long busiestDayCount,
    long weekend,
    long night) {

  /** The first hour of the night; it runs to {@link #NIGHT_END} the next morning. */
  static final int NIGHT_START = 22;

  static final int NIGHT_END = 6;

  static Summary of(WeekHourGrid g) {
    int peakDay = -1;
    int peakHour = -1;
    long peak = 0;
    int busiest = -1;
    long busiestCount = 0;
    long weekend = 0;
    long night = 0;
    for (int d = 0; d < WeekHourGrid.DAYS; d++) {
      long day = 0;
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        long c = g.count(d, h);
        day += c;
        if (c > peak) {
          peak = c;
          peakDay = d;
          peakHour = h;
        }
        if (h >= NIGHT_START || h < NIGHT_END) {
          night += c;
        }
      }
      if (day > busiestCount) {
        busiestCount = day;
        busiest = d;
      }
      if (d >= 5) {
        weekend += day;
      }
    }
    return new Summary(
        g.total(),
        g.skipped(),
        g.filtered(),
        g.first(),
        g.last(),
        peakDay,
        peakHour,
        peak,
        busiest,
        busiestCount,
        weekend,
        night);
  }

  /** Events from Monday to Friday. */
  long weekdays() {
    return total - weekend;
  }

  boolean empty() {
    return peakDay < 0;
  }
}
