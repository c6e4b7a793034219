package dev.heatmap.grid.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The calendar a report draws: events per local day over the whole range, the quiet stretches, the
 * holiday ranking, and one row per group.
 *
 * @param timezone the zone the days are counted in, as the report labels it
 * @param start the first day (the day of the first event)
 * @param counts one count per day from {@code start} to the last event's day
 * @param stretches the quiet stretches, in date order
 * @param holidays the holiday ranking, or null when the range is shorter than {@value
 *     #HOLIDAY_MIN_DAYS} days
 * @param groups one row per group, in the report's group order, over the same days; empty when not
 *     grouping
 * @param agreement with {@code --infer-tz}, one sentence on whether the best offset and the best
 *     holiday country agree, else null
 * @param rowless the groups of the report that have no row, because they were not counted day by
 *     day (past the tally's cap on groups counted so), in report order; empty when every group has
 *     its row
 */
public record CalendarView(
    String timezone,
    LocalDate start,
    long[] counts,
    List<QuietStretch> stretches,
    Holidays holidays,
    List<Row> groups,
    String agreement,
    List<String> rowless) {
  /** The shortest range (in days) that is ranked against holiday calendars. */
  public static final int HOLIDAY_MIN_DAYS = 60;

  /** The shortest range (in days) that HTML draws a calendar for by default. */
  public static final int HTML_MIN_DAYS = 21;

  public CalendarView {
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(start, "start");
    stretches = List.copyOf(stretches);
    groups = List.copyOf(groups);
    rowless = List.copyOf(rowless);
  }

  /** One group's counts, over the calendar's days. */
  public record Row(String name, long[] counts) {}

  /**
   * The holiday ranking.
   *
   * @param candidates the countries that pass {@link HolidayRanking#THRESHOLD}, best first (at most
   *     {@link HolidayRanking#TOP})
   * @param best the best-scoring country even when it does not pass, or null when none was compared
   */
  public record Holidays(List<HolidayCandidate> candidates, HolidayCandidate best) {
    public Holidays {
      candidates = List.copyOf(candidates);
    }
  }

  /** The last day. */
  public LocalDate end() {
    return start.plusDays(counts.length - 1L);
  }

  /** How many days the calendar spans. */
  public int days() {
    return counts.length;
  }

  /** The largest day count. */
  public long max() {
    long m = 0;
    for (long c : counts) {
      m = Math.max(m, c);
    }
    return m;
  }

  /**
   * The calendar of {@code overall}, with rows for the groups.
   *
   * @param names the groups' names, in report order
   * @param groupDays their day counts, in the same order; null for a group that has no row
   * @param bestOffset the best inferred offset ({@code +03:00}) for the agreement sentence, or null
   */
  public static CalendarView of(
      String timezone,
      DayCounts overall,
      List<String> names,
      List<DayCounts> groupDays,
      String bestOffset) {
    if (overall.isEmpty()) {
      return null;
    }
    LocalDate start = overall.first();
    LocalDate end = overall.last();
    long[] counts = overall.counts(start, end);
    DayModel model = DayModel.of(start, counts);
    Holidays holidays = null;
    if (counts.length >= HOLIDAY_MIN_DAYS) {
      List<HolidayCandidate> scored = HolidayRanking.score(model, HolidayCalendars.all());
      holidays =
          new Holidays(HolidayRanking.reported(scored), scored.isEmpty() ? null : scored.get(0));
    }
    List<Row> rows = new ArrayList<>();
    List<String> rowless = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      DayCounts d = groupDays.get(i);
      if (d == null) {
        rowless.add(names.get(i));
      } else {
        rows.add(new Row(names.get(i), d.counts(start, end)));
      }
    }
    String agreement = null;
    if (bestOffset != null && holidays != null && !holidays.candidates().isEmpty()) {
      agreement = agreement(bestOffset, holidays.candidates().get(0), start, end);
    }
    return new CalendarView(
        timezone, start, counts, model.stretches(), holidays, rows, agreement, rowless);
  }

  /**
   * Whether the inferred offset is one that the country's main zones use during the range (its
   * standard or daylight-saving offset at the range's start, middle or end).
   */
  static String agreement(String bestOffset, HolidayCandidate top, LocalDate start, LocalDate end) {
    HolidayCalendar c = HolidayCalendars.of(top.code());
    ZoneOffset best = ZoneOffset.of(bestOffset);
    List<String> seen = new ArrayList<>();
    boolean agree = false;
    LocalDate mid = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
    for (String z : c == null ? List.<String>of() : c.zones()) {
      ZoneId zone = ZoneId.of(z);
      for (LocalDate d :
          new LocalDate[] {start, mid, end, start.withMonth(1), start.withMonth(7)}) {
        ZoneOffset o = zone.getRules().getOffset(Instant.ofEpochSecond(d.toEpochDay() * 86400));
        String id = o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
        if (!seen.contains(id)) {
          seen.add(id);
        }
        agree |= o.equals(best);
      }
    }
    seen.sort(null);
    return agree
        ? "zone " + bestOffset + " and " + top.name() + "'s holidays agree"
        : "zone "
            + bestOffset
            + " and "
            + top.name()
            + "'s holidays disagree: "
            + top.name()
            + "'s main zones use "
            + String.join(", ", seen)
            + " (the zone answer stands as inferred)";
  }
}
