package dev.heatmap.render;

import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.HolidayCandidate;
import dev.heatmap.grid.calendar.QuietStretch;
import java.time.LocalDate;

/**
 * The calendar in Markdown: a table of events per month (a row per year, a column per month, the
 * busiest months marked with the grid's squares), which reads better in a CI summary than 53
 * columns of weeks would; then the quiet stretches, the holiday ranking, and a row per group of
 * events per month when grouping.
 */
final class MarkdownCalendar {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final String[] SQUARES = MarkdownRenderer.SQUARES;

  private MarkdownCalendar() {}

  static void append(StringBuilder sb, Report report) {
    CalendarView c = report.calendar();
    sb.append("\n#### Calendar\n\n");
    sb.append(MarkdownRenderer.escape(CalendarLabels.heading(c))).append(".\n\n");
    long[][] months = months(c, c.counts());
    long max = 0;
    for (long[] y : months) {
      for (long m : y) {
        max = Math.max(max, m);
      }
    }
    sb.append("| year |");
    for (String m : MONTHS) {
      sb.append(' ').append(m).append(" |");
    }
    sb.append(" total |\n|---:|");
    sb.append("---:|".repeat(13)).append('\n');
    int y0 = c.start().getYear();
    for (int y = 0; y < months.length; y++) {
      sb.append("| ").append(y0 + y).append(" |");
      long total = 0;
      for (int m = 0; m < 12; m++) {
        LocalDate first = LocalDate.of(y0 + y, m + 1, 1);
        boolean inRange =
            !first.plusMonths(1).minusDays(1).isBefore(c.start()) && !first.isAfter(c.end());
        total += months[y][m];
        if (!inRange) {
          sb.append("  |");
        } else {
          int step = TextRenderer.step(max == 0 ? 0 : (double) months[y][m] / max);
          sb.append(' ')
              .append(months[y][m] == 0 ? "" : SQUARES[step] + " ")
              .append(Labels.grouped(months[y][m]))
              .append(" |");
        }
      }
      sb.append(" ").append(Labels.grouped(total)).append(" |\n");
    }
    sb.append('\n');
    if (c.stretches().isEmpty()) {
      sb.append("Quiet stretches: none.\n");
    } else {
      sb.append("**Quiet stretches** (far below the weekday pattern):\n\n");
      for (QuietStretch s : c.stretches()) {
        sb.append("- ").append(MarkdownRenderer.escape(CalendarLabels.stretch(s))).append('\n');
      }
    }
    if (c.holidays() != null) {
      sb.append('\n');
      if (c.holidays().candidates().isEmpty()) {
        sb.append(MarkdownRenderer.escape(CalendarLabels.noCandidate(c.holidays()))).append('\n');
      } else {
        sb.append("**Holidays that match the quiet days:**\n\n");
        for (HolidayCandidate h : c.holidays().candidates()) {
          sb.append("1. ")
              .append(MarkdownRenderer.escape(CalendarLabels.candidate(h)))
              .append('\n');
        }
        if (c.agreement() != null) {
          sb.append('\n').append(MarkdownRenderer.escape(c.agreement())).append(".\n");
        }
      }
    }
    if (!c.rowless().isEmpty()) {
      sb.append('\n').append(MarkdownRenderer.escape(CalendarLabels.rowless(c))).append('\n');
    }
    if (!c.groups().isEmpty()) {
      sb.append("\n**Events per month by group:**\n\n| group |");
      for (int y = 0; y < months.length; y++) {
        for (int m = 0; m < 12; m++) {
          LocalDate first = LocalDate.of(y0 + y, m + 1, 1);
          if (!first.plusMonths(1).minusDays(1).isBefore(c.start()) && !first.isAfter(c.end())) {
            sb.append(' ')
                .append(y0 + y)
                .append('-')
                .append(m < 9 ? "0" : "")
                .append(m + 1)
                .append(" |");
          }
        }
      }
      sb.append('\n').append("|---|");
      int cols = 0;
      for (int y = 0; y < months.length; y++) {
        for (int m = 0; m < 12; m++) {
          LocalDate first = LocalDate.of(y0 + y, m + 1, 1);
          if (!first.plusMonths(1).minusDays(1).isBefore(c.start()) && !first.isAfter(c.end())) {
            cols++;
          }
        }
      }
      sb.append("---:|".repeat(cols)).append('\n');
      for (CalendarView.Row row : c.groups()) {
        long[][] gm = months(c, row.counts());
        sb.append("| ").append(MarkdownRenderer.escape(row.name())).append(" |");
        for (int y = 0; y < months.length; y++) {
          for (int m = 0; m < 12; m++) {
            LocalDate first = LocalDate.of(y0 + y, m + 1, 1);
            if (!first.plusMonths(1).minusDays(1).isBefore(c.start()) && !first.isAfter(c.end())) {
              sb.append(' ').append(Labels.grouped(gm[y][m])).append(" |");
            }
          }
        }
        sb.append('\n');
      }
    }
  }

  /** Events per year (from the start's) and month. */
  static long[][] months(CalendarView c, long[] counts) {
    int y0 = c.start().getYear();
    long[][] out = new long[c.end().getYear() - y0 + 1][12];
    LocalDate d = c.start();
    for (long n : counts) {
      out[d.getYear() - y0][d.getMonthValue() - 1] += n;
      d = d.plusDays(1);
    }
    return out;
  }
}
