package dev.heatmap.render;

import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.HolidayCandidate;
import dev.heatmap.grid.calendar.QuietStretch;
import java.time.LocalDate;

/**
 * The calendar in the SVG image: per drawn year a GitHub-style graph (7 weekday rows × one column
 * per week, one {@code <rect>} per day whose {@code <title>} is the date, weekday and count), quiet
 * stretch days outlined; then the quiet stretches and the holiday ranking as text, and a strip of
 * weekly totals per group per year. Static, like the rest of the image.
 */
final class SvgCalendar {
  private static final int LEFT = 60;
  private static final int DAY = 12;

  /** The most stretches listed (the JSON report has them all). */
  private static final int MAX_STRETCHES = 12;

  private SvgCalendar() {}

  /** Appends the calendar from {@code y}; returns the y below it. */
  static int append(StringBuilder sb, Report report, int y) {
    CalendarView c = report.calendar();
    y += 30;
    text(sb, 20, y, "15", "bold", Xml.escape(CalendarLabels.heading(c)));
    long scale = CalendarLabels.scale(c.counts());
    boolean[] quiet = quietDays(c);
    for (int year = c.start().getYear(); year <= c.end().getYear(); year++) {
      if (!CalendarLabels.drawn(c, year)) {
        continue;
      }
      y += 26;
      text(sb, 20, y + 10, "13", "bold", Integer.toString(year));
      LocalDate first = CalendarLabels.weekOf(LocalDate.of(year, 1, 1), report.weekStart());
      for (int m = 1; m <= 12; m++) {
        LocalDate d = LocalDate.of(year, m, 1);
        int w = (int) ((d.toEpochDay() - first.toEpochDay()) / 7);
        text(sb, LEFT + w * DAY, y, "10", null, Labels.MONTHS[d.getMonthValue() - 1]);
      }
      y += 4;
      for (int r = 0; r < 7; r++) {
        if (r % 2 == 0) {
          text(sb, LEFT - 6, y + r * DAY + 10, "9", null, Labels.ABBREV[report.dayAtRow(r)], "end");
        }
      }
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        if (d.isBefore(c.start()) || d.isAfter(c.end())) {
          continue;
        }
        int i = (int) (d.toEpochDay() - c.start().toEpochDay());
        int w = (int) ((d.toEpochDay() - first.toEpochDay()) / 7);
        int r = Math.floorMod(d.getDayOfWeek().getValue() - report.weekStart().getValue(), 7);
        long n = c.counts()[i];
        sb.append("<rect class=\"day\" x=\"")
            .append(LEFT + w * DAY)
            .append("\" y=\"")
            .append(y + r * DAY)
            .append("\" width=\"")
            .append(DAY - 2)
            .append("\" height=\"")
            .append(DAY - 2)
            .append("\" fill=\"")
            .append(ColorScale.hex(CalendarLabels.fraction(n, scale)))
            .append('"');
        if (quiet[i]) {
          sb.append(" stroke=\"#0969da\" stroke-width=\"1\"");
        }
        sb.append("><title>")
            .append(d)
            .append(' ')
            .append(Labels.day(d.getDayOfWeek().getValue() - 1))
            .append(": ")
            .append(Labels.events(n))
            .append(quiet[i] ? " (quiet stretch)" : "")
            .append("</title></rect>\n");
      }
      y += 7 * DAY;
    }
    y += 20;
    text(
        sb,
        20,
        y,
        "12",
        null,
        Xml.escape(
            "Shades by the 99th-percentile day ("
                + Labels.events(scale)
                + "); days of quiet stretches are outlined in blue."));
    y += 24;
    text(sb, 20, y, "13", "bold", "Quiet stretches");
    if (c.stretches().isEmpty()) {
      y += 18;
      text(sb, 20, y, "12", null, "none");
    }
    int shown = 0;
    for (QuietStretch s : c.stretches()) {
      y += 18;
      if (shown++ == MAX_STRETCHES) {
        text(
            sb,
            20,
            y,
            "12",
            null,
            "… and " + (c.stretches().size() - MAX_STRETCHES) + " more (all in -f json)");
        break;
      }
      text(sb, 20, y, "12", null, Xml.escape(CalendarLabels.stretch(s)));
    }
    if (c.holidays() != null) {
      y += 26;
      text(sb, 20, y, "13", "bold", "Holidays that match the quiet days");
      if (c.holidays().candidates().isEmpty()) {
        y += 18;
        text(sb, 20, y, "12", null, Xml.escape(CalendarLabels.noCandidate(c.holidays())));
      }
      for (HolidayCandidate h : c.holidays().candidates()) {
        for (String line : lines(CalendarLabels.candidate(h), 120)) {
          y += 18;
          text(sb, 20, y, "12", null, Xml.escape(line));
        }
      }
      if (c.agreement() != null) {
        y += 18;
        text(sb, 20, y, "12", null, Xml.escape(c.agreement()));
      }
    }
    if (!c.groups().isEmpty()) {
      y = groups(sb, report, c, y + 30);
    }
    return y;
  }

  private static boolean[] quietDays(CalendarView c) {
    boolean[] quiet = new boolean[c.days()];
    for (QuietStretch s : c.stretches()) {
      for (long d = s.from().toEpochDay(); d <= s.to().toEpochDay(); d++) {
        quiet[(int) (d - c.start().toEpochDay())] = true;
      }
    }
    return quiet;
  }

  /** A strip of weekly totals per group, one strip per group per drawn year. */
  private static int groups(StringBuilder sb, Report report, CalendarView c, int y) {
    text(sb, 20, y, "13", "bold", "Events per week by group");
    LocalDate first = CalendarLabels.weekOf(c.start(), report.weekStart());
    int weeks = (int) ((c.end().toEpochDay() - first.toEpochDay()) / 7 + 1);
    long max = 0;
    // Drawn for the first groups only, as their grids are (Report.MAX_DRAWN_GROUPS).
    long[][] perWeek = new long[Math.min(c.groups().size(), Report.MAX_DRAWN_GROUPS)][weeks];
    for (int g = 0; g < perWeek.length; g++) {
      long[] counts = c.groups().get(g).counts();
      for (int i = 0; i < counts.length; i++) {
        int w = (int) ((c.start().toEpochDay() + i - first.toEpochDay()) / 7);
        perWeek[g][w] += counts[i];
        max = Math.max(max, perWeek[g][w]);
      }
    }
    int per = 52;
    for (int from = 0; from < weeks; from += per) {
      y += 22;
      text(sb, 20, y, "11", null, "weeks from " + first.plusDays(7L * from));
      for (int g = 0; g < perWeek.length; g++) {
        y += 14;
        String name = Labels.truncate(c.groups().get(g).name(), 18);
        text(sb, 20, y + 9, "10", null, Xml.escape(name));
        for (int w = from; w < Math.min(weeks, from + per); w++) {
          sb.append("<rect class=\"group-week\" x=\"")
              .append(170 + (w - from) * DAY)
              .append("\" y=\"")
              .append(y)
              .append("\" width=\"")
              .append(DAY - 2)
              .append("\" height=\"10\" fill=\"")
              .append(ColorScale.hex(max == 0 ? 0 : (double) perWeek[g][w] / max))
              .append("\"><title>")
              .append(Xml.escape(name))
              .append(", week of ")
              .append(first.plusDays(7L * w))
              .append(": ")
              .append(Labels.events(perWeek[g][w]))
              .append("</title></rect>\n");
        }
      }
    }
    return y + 14;
  }

  /** {@code s} cut at spaces into lines of at most {@code width} characters. */
  static java.util.List<String> lines(String s, int width) {
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
        line.append("    ");
      } else if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.add(line.toString());
    return out;
  }

  private static void text(StringBuilder sb, int x, int y, String size, String weight, String s) {
    text(sb, x, y, size, weight, s, "start");
  }

  private static void text(
      StringBuilder sb, int x, int y, String size, String weight, String s, String anchor) {
    sb.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
    if (!anchor.equals("start")) {
      sb.append(" text-anchor=\"").append(anchor).append('"');
    }
    sb.append(" font-size=\"").append(size).append('"');
    if (weight != null) {
      sb.append(" font-weight=\"").append(weight).append('"');
    }
    sb.append('>').append(s).append("</text>\n");
  }
}
