package dev.heatmap.grid.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One country's public holidays over the years its table covers, kept as sorted arrays of local day
 * numbers (days since 1970-01-01) so that the ranking's look-ups neither box nor hash.
 */
public final class HolidayCalendar {
  private final String code;
  private final String name;
  private final List<String> zones;
  private final int firstYear;
  private final int lastYear;
  private final long firstDay;
  private final long lastDay;
  private final long[] offDays;
  private final String[] offNames;
  private final long[] workDays;
  private final String[] workNames;

  /**
   * @param code the ISO 3166 code ({@code RU})
   * @param name the country's English name
   * @param zones the IANA zones where most of its people live, most populous first
   * @param firstYear the first year the table covers
   * @param lastYear the last year the table covers
   * @param off the days off (a holiday, or a day the government gives off to bridge one), by local
   *     day number, with the holiday's name
   * @param work the official make-up working days (a Saturday or Sunday worked in exchange for a
   *     day off), by local day number, with the holiday they belong to
   */
  public HolidayCalendar(
      String code,
      String name,
      List<String> zones,
      int firstYear,
      int lastYear,
      Map<Long, String> off,
      Map<Long, String> work) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.zones = List.copyOf(zones);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
    this.lastDay = LocalDate.of(lastYear, 12, 31).toEpochDay();
    TreeMap<Long, String> o = new TreeMap<>(off);
    offDays = new long[o.size()];
    offNames = new String[o.size()];
    int i = 0;
    for (Map.Entry<Long, String> e : o.entrySet()) {
      offDays[i] = e.getKey();
      offNames[i++] = e.getValue();
    }
    TreeMap<Long, String> w = new TreeMap<>(work);
    workDays = new long[w.size()];
    workNames = new String[w.size()];
    i = 0;
    for (Map.Entry<Long, String> e : w.entrySet()) {
      workDays[i] = e.getKey();
      workNames[i++] = e.getValue();
    }
  }

  /**
   * A calendar from strictly ascending days and their names, as the shipped table is read (the
   * arrays are kept, not copied).
   */
  HolidayCalendar(
      String code,
      String name,
      List<String> zones,
      int firstYear,
      int lastYear,
      long[] offDays,
      String[] offNames,
      long[] workDays,
      String[] workNames) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.zones = List.copyOf(zones);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
    this.lastDay = LocalDate.of(lastYear, 12, 31).toEpochDay();
    this.offDays = offDays;
    this.offNames = offNames;
    this.workDays = workDays;
    this.workNames = workNames;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public List<String> zones() {
    return zones;
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  /** Whether the table covers the year of local day {@code day}. */
  public boolean covers(long day) {
    return day >= firstDay && day <= lastDay;
  }

  /** The holiday that makes {@code day} a day off, or null. */
  public String holiday(long day) {
    int i = Arrays.binarySearch(offDays, day);
    return i >= 0 ? offNames[i] : null;
  }

  /** The holiday whose official make-up working day {@code day} is, or null. */
  public String makeUp(long day) {
    int i = Arrays.binarySearch(workDays, day);
    return i >= 0 ? workNames[i] : null;
  }

  long firstDay() {
    return firstDay;
  }

  long lastDay() {
    return lastDay;
  }

  /** The days off, sorted (not a copy: callers in this package only read it). */
  long[] offDays() {
    return offDays;
  }

  String offName(int i) {
    return offNames[i];
  }

  /** The make-up working days, sorted (not a copy). */
  long[] workDays() {
    return workDays;
  }

  String workName(int i) {
    return workNames[i];
  }

  /** The index of the first day off on or after {@code day}. */
  int firstOffAtOrAfter(long day) {
    int i = Arrays.binarySearch(offDays, day);
    return i >= 0 ? i : -i - 1;
  }

  /** How many days off the table lists. */
  public int offDayCount() {
    return offDays.length;
  }

  @Override
  public String toString() {
    return code + " " + name + " " + firstYear + "-" + lastYear;
  }
}
