package dev.heatmap.run;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.DayCounts;
import dev.heatmap.grid.infer.ZoneGuess;
import dev.heatmap.render.Report;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * When a report gets the day-by-day calendar ({@link HeatmapRun.CalendarMode}): always with {@code
 * --calendar}; for HTML also without it when the range spans {@value CalendarView#HTML_MIN_DAYS}
 * days or more. Days are counted in the report's zone ({@code --tz}); with {@code --infer-tz} a
 * best offset that differs from it is said in the closing lines, never applied.
 */
final class Calendars {
  private Calendars() {}

  /**
   * {@code report} with its calendar when it gets one; what to tell the user goes to {@code
   * closing}.
   */
  static Report add(
      Report report,
      DayCounts days,
      List<DayCounts> groupDays,
      HeatmapRun.CalendarMode mode,
      ZoneGuess inference,
      List<String> closing) {
    if (days == null || days.isEmpty() || mode == HeatmapRun.CalendarMode.OFF) {
      return report;
    }
    long span = days.last().toEpochDay() - days.first().toEpochDay() + 1;
    if (mode == HeatmapRun.CalendarMode.LONG_RANGES && span < CalendarView.HTML_MIN_DAYS) {
      return report;
    }
    List<String> names = new ArrayList<>();
    for (Tally.Group g : report.groups()) {
      names.add(g.name());
    }
    String best = inference == null ? null : inference.best();
    CalendarView view = CalendarView.of(report.timezone(), days, names, groupDays, best);
    if (best != null) {
      long mid = (days.first().toEpochDay() + days.last().toEpochDay()) / 2 * 86400;
      ZoneOffset here =
          ZoneId.of(report.timezone()).getRules().getOffset(Instant.ofEpochSecond(mid));
      if (!here.equals(ZoneOffset.of(best))) {
        closing.add(
            "calendar: days are counted in "
                + report.timezone()
                + "; the activity fits "
                + best
                + ": give --tz "
                + best
                + " (or the actor's zone) to count them there");
      }
    }
    if (!view.rowless().isEmpty()) {
      closing.add(rowless(view.rowless(), names.size()));
    }
    if (view.agreement() != null) {
      closing.add("calendar: " + view.agreement());
    }
    if (days.outside() > 0) {
      closing.add(
          "calendar: "
              + days.outside()
              + " events before "
              + DayCounts.FIRST_YEAR
              + " or after "
              + DayCounts.LAST_YEAR
              + " are left out of the calendar");
    }
    return report.withCalendar(view);
  }

  /** The closing line naming the groups shown without a calendar row (the first few of them). */
  static String rowless(List<String> rowless, int shown) {
    StringBuilder names = new StringBuilder();
    int listed = Math.min(rowless.size(), 5);
    for (int i = 0; i < listed; i++) {
      names.append(i == 0 ? "" : ", ").append(rowless.get(i));
    }
    if (listed < rowless.size()) {
      names.append(" and ").append(rowless.size() - listed).append(" more");
    }
    return "calendar: "
        + rowless.size()
        + " of the "
        + shown
        + " groups shown have no calendar row of their own ("
        + names
        + "): only the first "
        + Tally.MAX_DAY_GROUPS
        + " groups seen are counted day by day, to keep memory fixed; their events are in the"
        + " overall calendar";
  }
}
