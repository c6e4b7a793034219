package dev.heatmap.render;

import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.HolidayCandidate;
import dev.heatmap.grid.calendar.QuietStretch;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The HTML report's {@code {{calendar}}}: a {@code <section class="calendar">} with, per drawn
 * year, a GitHub-style graph as a table (7 weekday rows × one column per week; each day a {@code
 * <td data-day-count="N">} shaded by the 99th-percentile day, its {@code title} the date, weekday
 * and count, quiet-stretch days outlined), the quiet stretches, the holiday ranking, and a row of
 * weekly shades per group. Static HTML: it needs no script, so it shows with {@code --no-plotly}
 * and in print, and adds nothing to the page's script or its Content-Security-Policy.
 */
final class HtmlCalendar {
  private HtmlCalendar() {}

  static String section(Report report) {
    CalendarView c = report.calendar();
    if (c == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(128 * c.days() + 4096);
    sb.append("<section class=\"calendar\">\n<h2>Calendar</h2>\n<p>")
        .append(Html.escape(CalendarLabels.heading(c)))
        .append(". Shades by the 99th-percentile day (")
        .append(Html.escape(Labels.events(CalendarLabels.scale(c.counts()))))
        .append("); days of quiet stretches are outlined.</p>\n");
    long scale = CalendarLabels.scale(c.counts());
    boolean[] quiet = new boolean[c.days()];
    for (QuietStretch s : c.stretches()) {
      for (long d = s.from().toEpochDay(); d <= s.to().toEpochDay(); d++) {
        quiet[(int) (d - c.start().toEpochDay())] = true;
      }
    }
    for (int year = c.start().getYear(); year <= c.end().getYear(); year++) {
      if (!CalendarLabels.drawn(c, year)) {
        sb.append("<p class=\"calendar-year-sparse\">")
            .append(year)
            .append(": ")
            .append(Labels.events(CalendarLabels.yearTotal(c, year)))
            .append(" (not drawn: under 1% of the busiest year)</p>\n");
        continue;
      }
      year(sb, report, c, year, scale, quiet);
    }
    stretches(sb, c);
    holidays(sb, c);
    groups(sb, report, c);
    return sb.append("</section>").toString();
  }

  private static void year(
      StringBuilder sb, Report report, CalendarView c, int year, long scale, boolean[] quiet) {
    LocalDate first = CalendarLabels.weekOf(LocalDate.of(year, 1, 1), report.weekStart());
    int weeks = (int) ((LocalDate.of(year, 12, 31).toEpochDay() - first.toEpochDay()) / 7 + 1);
    sb.append("<table class=\"calendar-year\" style=\"border-spacing:2px;font-size:10px\">")
        .append("<caption style=\"text-align:left;font-weight:bold\">")
        .append(year)
        .append("</caption>\n<tr><th></th>");
    int w = 0;
    while (w < weeks) {
      LocalDate weekStart = first.plusDays(7L * w);
      LocalDate monthFirst = weekStart.plusDays(6).withDayOfMonth(1);
      int span = 0;
      while (w + span < weeks && first.plusDays(7L * (w + span) + 6).withDayOfMonth(1).equals(monthFirst)) {
        span++;
      }
      sb.append("<th colspan=\"")
          .append(span)
          .append("\" style=\"text-align:left\">")
          .append(monthFirst.getYear() == year ? monthFirst.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : "")
          .append("</th>");
      w += span;
    }
    sb.append("</tr>\n");
    for (int r = 0; r < 7; r++) {
      sb.append("<tr><th style=\"text-align:right\">")
          .append(Labels.ABBREV[report.dayAtRow(r)])
          .append("</th>");
      for (w = 0; w < weeks; w++) {
        LocalDate d = first.plusDays(7L * w + r);
        if (d.getYear() != year || d.isBefore(c.start()) || d.isAfter(c.end())) {
          sb.append("<td></td>");
          continue;
        }
        int i = (int) (d.toEpochDay() - c.start().toEpochDay());
        long n = c.counts()[i];
        sb.append("<td data-day-count=\"")
            .append(n)
            .append("\" title=\"")
            .append(d)
            .append(' ')
            .append(Labels.day(d.getDayOfWeek().getValue() - 1))
            .append(": ")
            .append(Labels.events(n))
            .append(quiet[i] ? " (quiet stretch)" : "")
            .append("\" style=\"width:10px;height:10px;background:")
            .append(ColorScale.hex(CalendarLabels.fraction(n, scale)))
            .append(quiet[i] ? ";outline:1px solid #0969da" : "")
            .append("\"></td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void stretches(StringBuilder sb, CalendarView c) {
    sb.append("<h3>Quiet stretches</h3>\n");
    if (c.stretches().isEmpty()) {
      sb.append("<p>None: no run of days far below the weekday pattern.</p>\n");
      return;
    }
    sb.append("<ul class=\"quiet-stretches\">\n");
    for (QuietStretch s : c.stretches()) {
      sb.append("<li>").append(Html.escape(CalendarLabels.stretch(s))).append("</li>\n");
    }
    sb.append("</ul>\n");
  }

  private static void holidays(StringBuilder sb, CalendarView c) {
    if (c.holidays() == null) {
      return;
    }
    sb.append("<h3>Holidays that match the quiet days</h3>\n");
    if (c.holidays().candidates().isEmpty()) {
      sb.append("<p>").append(Html.escape(CalendarLabels.noCandidate(c.holidays()))).append("</p>\n");
      return;
    }
    sb.append("<ol class=\"holiday-candidates\">\n");
    for (HolidayCandidate h : c.holidays().candidates()) {
      sb.append("<li>").append(Html.escape(CalendarLabels.candidate(h))).append("</li>\n");
    }
    sb.append("</ol>\n");
    if (c.agreement() != null) {
      sb.append("<p>").append(Html.escape(c.agreement())).append(".</p>\n");
    }
  }

  private static void groups(StringBuilder sb, Report report, CalendarView c) {
    if (c.groups().isEmpty()) {
      return;
    }
    LocalDate first = CalendarLabels.weekOf(c.start(), report.weekStart());
    int weeks = (int) ((c.end().toEpochDay() - first.toEpochDay()) / 7 + 1);
    long[][] perWeek = new long[c.groups().size()][weeks];
    long max = 0;
    for (int g = 0; g < perWeek.length; g++) {
      long[] counts = c.groups().get(g).counts();
      for (int i = 0; i < counts.length; i++) {
        int w = (int) ((c.start().toEpochDay() + i - first.toEpochDay()) / 7);
        perWeek[g][w] += counts[i];
        max = Math.max(max, perWeek[g][w]);
      }
    }
    sb.append("<h3>Events per week by group</h3>\n")
        .append("<div style=\"overflow-x:auto\"><table class=\"calendar-groups\"")
        .append(" style=\"border-spacing:1px;font-size:10px\">\n");
    for (int g = 0; g < perWeek.length; g++) {
      String name = Html.escape(c.groups().get(g).name());
      sb.append("<tr><th style=\"text-align:left;white-space:nowrap\">").append(name).append("</th>");
      for (int w = 0; w < weeks; w++) {
        sb.append("<td data-group-week-count=\"")
            .append(perWeek[g][w])
            .append("\" title=\"")
            .append(name)
            .append(", week of ")
            .append(first.plusDays(7L * w))
            .append(": ")
            .append(Labels.events(perWeek[g][w]))
            .append("\" style=\"width:6px;height:10px;background:")
            .append(ColorScale.hex(max == 0 ? 0 : (double) perWeek[g][w] / max))
            .append("\"></td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table></div>\n");
  }
}
