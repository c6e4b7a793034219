package dev.heatmap.render;

import dev.heatmap.grid.WeekHourGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * How many times each weekday-hour occurred on the wall clock of one zone between two instants: the
 * denominator of {@code --normalize rate}.
 *
 * <p>An occurrence is one local date and hour that some instant of the range falls in, so the
 * partial hours at either end count, an hour that a daylight-saving gap skipped does not, and an
 * hour that a fall-back repeats counts once. Whole weeks are counted by arithmetic and only the
 * zone's transitions are walked, so a range of centuries costs no more than a few thousand steps.
 */
final class Occurrences {
  private Occurrences() {}

  /**
   * The occurrences per grid cell (Monday first) of the local hours from {@code first} to {@code
   * last}, both epoch seconds and inclusive; all zero when either is {@link WeekHourGrid#NONE}.
   */
  static long[] between(long first, long last, ZoneId zone) {
    long[] n = new long[WeekHourGrid.CELLS];
    if (first == WeekHourGrid.NONE || last == WeekHourGrid.NONE || last < first) {
      return n;
    }
    ZoneRules rules = zone.getRules();
    LocalDateTime a = local(first, rules);
    LocalDateTime b = local(last, rules);
    LocalDate da = a.toLocalDate();
    LocalDate db = b.toLocalDate();
    if (da.equals(db)) {
      addHours(n, da, a.getHour(), b.getHour());
    } else {
      addHours(n, da, a.getHour(), 23);
      addHours(n, db, 0, b.getHour());
      long wholeDays = ChronoUnit.DAYS.between(da, db) - 1;
      if (wholeDays > 0) {
        long weeks = wholeDays / 7;
        int rest = (int) (wholeDays % 7);
        int startDay = da.plusDays(1).getDayOfWeek().getValue() - 1;
        for (int d = 0; d < WeekHourGrid.DAYS; d++) {
          long times = weeks + (Math.floorMod(d - startDay, 7) < rest ? 1 : 0);
          for (int h = 0; h < WeekHourGrid.HOURS; h++) {
            n[WeekHourGrid.cell(d, h)] += times;
          }
        }
      }
    }
    // Take back the local hours that a gap skipped whole; the walk above counted every hour.
    ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(first));
    while (t != null && t.getInstant().getEpochSecond() <= last) {
      if (t.isGap()) {
        LocalDateTime from = t.getDateTimeBefore();
        LocalDateTime to = t.getDateTimeAfter();
        LocalDateTime h = from.truncatedTo(ChronoUnit.HOURS);
        if (h.isBefore(from)) {
          h = h.plusHours(1);
        }
        while (!h.plusHours(1).isAfter(to)) {
          n[WeekHourGrid.cell(h.getDayOfWeek(), h.getHour())]--;
          h = h.plusHours(1);
        }
      }
      t = rules.nextTransition(t.getInstant());
    }
    return n;
  }

  private static LocalDateTime local(long epochSecond, ZoneRules rules) {
    return LocalDateTime.ofEpochSecond(
        epochSecond, 0, rules.getOffset(Instant.ofEpochSecond(epochSecond)));
  }

  private static void addHours(long[] n, LocalDate date, int fromHour, int toHour) {
    int d = date.getDayOfWeek().getValue() - 1;
    for (int h = fromHour; h <= toHour; h++) {
      n[WeekHourGrid.cell(d, h)]++;
    }
  }
}
