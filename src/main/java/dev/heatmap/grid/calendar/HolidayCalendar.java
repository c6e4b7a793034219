package dev.heatmap.grid.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One country's public holidays over the years its table covers.
 *
 * @param code the ISO 3166 code ({@code RU})
 * @param name the country's English name
 * @param zones the IANA zones where most of its people live, most populous first
 * @param firstYear the first year the table covers
 * @param lastYear the last year the table covers
 * @param off the days off (a holiday, or a day the government gives off to bridge one), by local
 *     day number, with the holiday's name
 * @param work the official make-up working days (a Saturday or Sunday worked in exchange for a day
 *     off), by local day number, with the holiday they belong to
 */
public record HolidayCalendar(
    String code,
    String name,
    List<String> zones,
    int firstYear,
    int lastYear,
    Map<Long, String> off,
    Map<Long, String> work) {
  public HolidayCalendar {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    zones = List.copyOf(zones);
    off = Map.copyOf(off);
    work = Map.copyOf(work);
  }

  /** Whether the table covers the year of local day {@code day}. */
  public boolean covers(long day) {
    int y = LocalDate.ofEpochDay(day).getYear();
    return y >= firstYear && y <= lastYear;
  }

  /** The holiday that makes {@code day} a day off, or null. */
  public String holiday(long day) {
    return off.get(day);
  }

  /** The days of {@link #off} (for tests and reports). */
  public Set<Long> offDays() {
    return off.keySet();
  }
}
