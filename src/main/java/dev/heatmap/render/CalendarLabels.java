package dev.heatmap.render;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.HolidayCandidate;
import dev.heatmap.grid.calendar.HolidayRanking;
import dev.heatmap.grid.calendar.QuietStretch;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The calendar's sentences, shared by every format so that all of them say the same thing. */
final class CalendarLabels {
  /** The most matched holiday spans a sentence names. */
  static final int MAX_SPANS = 8;

  private CalendarLabels() {}

  /** "2021-01-01 → 2021-01-10, 10 days, 3 events where ~140 were expected". */
  static String stretch(QuietStretch s) {
    return s.from()
        + " → "
        + s.to()
        + ", "
        + days(s.days())
        + ", "
        + Labels.events(s.events())
        + " where ~"
        + Labels.grouped(Math.round(s.expected()))
        + " were expected";
  }

  static String days(long n) {
    return Labels.grouped(n) + (n == 1 ? " day" : " days");
  }

  /**
   * "China (CN), score 42.15: 61 of 68 holidays on working days were quiet — 2021-02-11 → 02-17
   * Spring Festival, …".
   */
  static String candidate(HolidayCandidate c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.name())
        .append(" (")
        .append(c.code())
        .append("), score ")
        .append(score(c.score()))
        .append(": ")
        .append(c.quiet())
        .append(" of ")
        .append(c.holidays())
        .append(" holidays on working days quiet");
    if (c.makeUpDays() > 0) {
      sb.append(", ")
          .append(c.workedMakeUp())
          .append(" of ")
          .append(c.makeUpDays())
          .append(" make-up working days worked");
    }
    List<HolidayCandidate.Span> spans = c.spans();
    for (int i = 0; i < spans.size() && i < MAX_SPANS; i++) {
      sb.append(i == 0 ? " — " : ", ").append(span(spans.get(i)));
    }
    if (spans.size() > MAX_SPANS) {
      sb.append(", and ").append(spans.size() - MAX_SPANS).append(" more");
    }
    return sb.toString();
  }

  /** "2021-02-11 → 02-17 Spring Festival", or "2021-05-09 Victory Day". */
  static String span(HolidayCandidate.Span s) {
    String to =
        s.to().equals(s.from())
            ? ""
            : " → "
                + (s.to().getYear() == s.from().getYear()
                    ? s.to().toString().substring(5)
                    : s.to());
    return s.from() + to + " " + s.holiday();
  }

  /** What the ranking says when no country passes the threshold. */
  static String noCandidate(CalendarView.Holidays h) {
    String best =
        h.best() == null
            ? ""
            : " (best: " + h.best().name() + ", score " + score(h.best().score()) + ")";
    return "No country's public holidays explain the quiet days: none scores "
        + score(HolidayRanking.THRESHOLD)
        + " or more"
        + best
        + ".";
  }

  /**
   * The sentence naming the groups shown without a calendar row: "No calendar row for 2 groups
   * (alice, (other)): only the first 50 groups seen are counted day by day."
   */
  static String rowless(CalendarView c) {
    List<String> names = c.rowless();
    StringBuilder sb = new StringBuilder("No calendar row for ");
    sb.append(names.size()).append(names.size() == 1 ? " group (" : " groups (");
    int listed = Math.min(names.size(), 10);
    for (int i = 0; i < listed; i++) {
      sb.append(i == 0 ? "" : ", ").append(names.get(i));
    }
    if (listed < names.size()) {
      sb.append(" and ").append(names.size() - listed).append(" more");
    }
    return sb.append("): only the first ")
        .append(Tally.MAX_DAY_GROUPS)
        .append(" groups seen are counted day by day; their events are in the overall calendar.")
        .toString();
  }

  static String score(double s) {
    return BigDecimal.valueOf(s).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** The heading sentence: "Calendar (Asia/Shanghai): 2010-06-06 to 2023-01-11, 4,603 days". */
  static String heading(CalendarView c) {
    return "Calendar ("
        + c.timezone()
        + "): "
        + c.start()
        + " to "
        + c.end()
        + ", "
        + days(c.days());
  }

  /**
   * The count the shades are scaled to: the 99th-percentile day among days with events, so that a
   * handful of record days do not wash every other day out to the lightest shade; busier days take
   * the darkest shade.
   */
  static long scale(long[] counts) {
    int n = 0;
    for (long c : counts) {
      n += c > 0 ? 1 : 0;
    }
    if (n == 0) {
      return 0;
    }
    long[] nonzero = new long[n];
    int i = 0;
    for (long c : counts) {
      if (c > 0) {
        nonzero[i++] = c;
      }
    }
    java.util.Arrays.sort(nonzero);
    return nonzero[Math.min(n - 1, (int) Math.floor(0.99 * (n - 1)))];
  }

  /** The shade step fraction of a day's count against {@link #scale}, at most 1. */
  static double fraction(long count, long scale) {
    return scale == 0 ? 0 : Math.min(1, (double) count / scale);
  }

  /** The events of {@code year} in the calendar. */
  static long yearTotal(CalendarView c, int year) {
    long total = 0;
    long start = c.start().toEpochDay();
    long from = Math.max(start, LocalDate.of(year, 1, 1).toEpochDay());
    long to = Math.min(c.end().toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay());
    for (long d = from; d <= to; d++) {
      total += c.counts()[(int) (d - start)];
    }
    return total;
  }

  /**
   * Whether {@code year} is drawn in full: it holds at least 1% of the busiest year's events
   * (sparse years are summed up in one line instead).
   */
  static boolean drawn(CalendarView c, int year) {
    long busiest = 0;
    for (int y = c.start().getYear(); y <= c.end().getYear(); y++) {
      busiest = Math.max(busiest, yearTotal(c, y));
    }
    long t = yearTotal(c, year);
    return t > 0 && t * 100 >= busiest;
  }

  /** The first day of the week containing {@code d}, the week starting on {@code weekStart}. */
  static LocalDate weekOf(LocalDate d, DayOfWeek weekStart) {
    int back = Math.floorMod(d.getDayOfWeek().getValue() - weekStart.getValue(), 7);
    return d.minusDays(back);
  }
}
