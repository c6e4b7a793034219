package dev.heatmap.render;

import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.HolidayCandidate;
import dev.heatmap.grid.calendar.QuietStretch;
import java.time.LocalDate;

/**
 * The terminal calendar: per year a block of 7 weekday rows × one column per week (one shade
 * character per day, by quarters of the busiest day, the grid's shades), month initials above and a
 * row marking the weeks of quiet stretches below, at most 58 columns; then the quiet stretches, the
 * holiday ranking and one strip of weekly shades per group per year.
 */
final class TextCalendar {
  /** The most quiet stretches listed; the JSON report has them all. */
  static final int MAX_STRETCHES = 12;

  private TextCalendar() {}

  static void append(StringBuilder sb, Report report) {
    CalendarView c = report.calendar();
    sb.append('\n').append(TextRenderer.fit(CalendarLabels.heading(c), TextRenderer.WIDTH));
    sb.append('\n');
    long max = CalendarLabels.scale(c.counts());
    boolean[] quiet = new boolean[c.days()];
    for (QuietStretch s : c.stretches()) {
      for (long d = s.from().toEpochDay(); d <= s.to().toEpochDay(); d++) {
        quiet[(int) (d - c.start().toEpochDay())] = true;
      }
    }
    for (int year = c.start().getYear(); year <= c.end().getYear(); year++) {
      if (!CalendarLabels.drawn(c, year)) {
        sb.append(year).append(": ").append(Labels.events(CalendarLabels.yearTotal(c, year)));
        sb.append(" (not drawn: under 1% of the busiest year)\n");
        continue;
      }
      year(sb, report, c, year, max, quiet);
    }
    sb.append("     ░ ≤25% ▒ ≤50% ▓ ≤75% █ more, of ")
        .append(Labels.events(max))
        .append(" (a busy day); ─ quiet stretch\n");
    stretches(sb, c);
    holidays(sb, c);
    groups(sb, report, c);
  }

  static long count(CalendarView c, LocalDate d) {
    long i = d.toEpochDay() - c.start().toEpochDay();
    return i < 0 || i >= c.days() ? 0 : c.counts()[(int) i];
  }

  private static void year(
      StringBuilder sb, Report report, CalendarView c, int year, long max, boolean[] quiet) {
    LocalDate first = CalendarLabels.weekOf(LocalDate.of(year, 1, 1), report.weekStart());
    LocalDate last = LocalDate.of(year, 12, 31);
    int weeks = (int) ((last.toEpochDay() - first.toEpochDay()) / 7 + 1);
    // Month initials above the week where each month starts.
    char[] months = new char[weeks];
    java.util.Arrays.fill(months, ' ');
    for (int m = 1; m <= 12; m++) {
      LocalDate d = LocalDate.of(year, m, 1);
      int w = (int) ((d.toEpochDay() - first.toEpochDay()) / 7);
      months[w] = Labels.MONTHS[d.getMonthValue() - 1].charAt(0);
    }
    sb.append('\n').append(year).append(' ').append(months);
    trim(sb);
    for (int r = 0; r < 7; r++) {
      sb.append(Labels.ABBREV[report.dayAtRow(r)]).append("  ");
      for (int w = 0; w < weeks; w++) {
        LocalDate d = first.plusDays(7L * w + r);
        if (d.getYear() != year || d.isBefore(c.start()) || d.isAfter(c.end())) {
          sb.append(' ');
        } else {
          long n = count(c, d);
          sb.append(TextRenderer.shade(CalendarLabels.fraction(n, max)));
        }
      }
      trim(sb);
    }
    sb.append("     ");
    for (int w = 0; w < weeks; w++) {
      boolean q = false;
      for (int r = 0; r < 7; r++) {
        LocalDate d = first.plusDays(7L * w + r);
        long i = d.toEpochDay() - c.start().toEpochDay();
        q |= d.getYear() == year && i >= 0 && i < c.days() && quiet[(int) i];
      }
      sb.append(q ? '─' : ' ');
    }
    trim(sb);
  }

  /** Ends the line, without trailing blanks. */
  private static void trim(StringBuilder sb) {
    int n = sb.length();
    while (n > 0 && sb.charAt(n - 1) == ' ') {
      n--;
    }
    sb.setLength(n);
    sb.append('\n');
  }

  private static void stretches(StringBuilder sb, CalendarView c) {
    sb.append('\n');
    if (c.stretches().isEmpty()) {
      sb.append("Quiet stretches: none\n");
      return;
    }
    sb.append("Quiet stretches (far below the weekday pattern):\n");
    int shown = 0;
    for (QuietStretch s : c.stretches()) {
      if (shown++ == MAX_STRETCHES) {
        sb.append("  … and ")
            .append(c.stretches().size() - MAX_STRETCHES)
            .append(" more (all in -f json)\n");
        break;
      }
      sb.append("  ").append(TextRenderer.fit(CalendarLabels.stretch(s), TextRenderer.WIDTH - 2));
      sb.append('\n');
    }
  }

  private static void holidays(StringBuilder sb, CalendarView c) {
    if (c.holidays() == null) {
      return;
    }
    sb.append('\n');
    if (c.holidays().candidates().isEmpty()) {
      TextRenderer.wrapText(sb, CalendarLabels.noCandidate(c.holidays()), "");
      return;
    }
    sb.append("Holidays that match the quiet days:\n");
    for (HolidayCandidate h : c.holidays().candidates()) {
      wrap(sb, Terminal.clean(CalendarLabels.candidate(h)));
    }
    if (c.agreement() != null) {
      wrap(sb, c.agreement());
    }
  }

  /** {@code text} word-wrapped within the width, indented two columns, continuations four. */
  private static void wrap(StringBuilder sb, String text) {
    String indent = "  ";
    int col = 0;
    for (String word : text.split(" ")) {
      int w = TextRenderer.width(word);
      if (col > indent.length() && col + 1 + w > TextRenderer.WIDTH) {
        sb.append('\n');
        col = 0;
        indent = "    ";
      }
      if (col == 0) {
        sb.append(indent);
        col = indent.length();
      } else {
        sb.append(' ');
        col++;
      }
      String fitted = TextRenderer.fit(word, TextRenderer.WIDTH - col);
      sb.append(fitted);
      col += TextRenderer.width(fitted);
    }
    sb.append('\n');
  }

  /** One strip per group and year: a shade per week, by quarters of the busiest group-week. */
  private static void groups(StringBuilder sb, Report report, CalendarView c) {
    if (!c.rowless().isEmpty()) {
      sb.append('\n');
      TextRenderer.wrapText(sb, Terminal.clean(CalendarLabels.rowless(c)), "");
    }
    if (c.groups().isEmpty()) {
      return;
    }
    LocalDate first = CalendarLabels.weekOf(c.start(), report.weekStart());
    int weeks = (int) ((c.end().toEpochDay() - first.toEpochDay()) / 7 + 1);
    long[][] perWeek = new long[c.groups().size()][weeks];
    long max = 0;
    for (int g = 0; g < c.groups().size(); g++) {
      long[] counts = c.groups().get(g).counts();
      for (int i = 0; i < counts.length; i++) {
        int w = (int) ((c.start().toEpochDay() + i - first.toEpochDay()) / 7);
        perWeek[g][w] += counts[i];
        max = Math.max(max, perWeek[g][w]);
      }
    }
    sb.append("\nEvents per week by group (░ ▒ ▓ █ by quarters of the busiest group-week):\n");
    int per = 52;
    for (int from = 0; from < weeks; from += per) {
      int to = Math.min(weeks, from + per);
      sb.append("  from ").append(first.plusDays(7L * from)).append('\n');
      for (int g = 0; g < c.groups().size(); g++) {
        String name = TextRenderer.fit(Terminal.clean(c.groups().get(g).name()), 20);
        sb.append("  ").append(name).append(" ".repeat(Math.max(1, 22 - TextRenderer.width(name))));
        for (int w = from; w < to; w++) {
          sb.append(TextRenderer.shade(max == 0 ? 0 : (double) perWeek[g][w] / max));
        }
        sb.append('\n');
      }
    }
  }
}
