package dev.heatmap.grid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The quiet stretches and the holiday ranking on generated actors and the i-SOON data. */
class CalendarAnalysisTest {
  /**
   * An office that works Monday to Friday (about {@code perDay} events a day, Poisson) and rests at
   * the weekend and on {@code holidays}' days off, and works its make-up days, over 2021-2022.
   */
  static DayCounts actor(HolidayCalendar holidays, int perDay, long seed) {
    Random random = new Random(seed);
    DayCounts days = new DayCounts();
    for (LocalDate d = LocalDate.of(2021, 1, 1); d.getYear() < 2023; d = d.plusDays(1)) {
      long day = d.toEpochDay();
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean works =
          holidays == null
              ? !weekend
              : holidays.makeUp(day) != null || (!weekend && holidays.holiday(day) == null);
      int n = poisson(random, works ? perDay : 0.3);
      for (int i = 0; i < n; i++) {
        days.add(day);
      }
    }
    return days;
  }

  /**
   * A generated office over 2021-2022, less regular than {@link #actor}: it keeps each day off of
   * {@code holidays} with probability {@code observance} (a crew that works some holidays), its
   * working days hold about {@code perDay} events, bursty when {@code bursty} (the day's mean drawn
   * from a gamma of shape 2, so counts are negative-binomial as chat activity is), and it takes
   * {@code vacations} random weeks off a year, at dates no calendar lists.
   */
  static DayCounts actor(
      HolidayCalendar holidays,
      double perDay,
      double observance,
      boolean bursty,
      int vacations,
      long seed) {
    Random random = new Random(seed);
    java.util.Set<Long> away = new java.util.HashSet<>();
    for (int y = 2021; y <= 2022; y++) {
      for (int v = 0; v < vacations; v++) {
        long first = LocalDate.of(y, 1, 1).toEpochDay() + random.nextInt(358);
        for (int i = 0; i < 7; i++) {
          away.add(first + i);
        }
      }
    }
    DayCounts days = new DayCounts();
    for (LocalDate d = LocalDate.of(2021, 1, 1); d.getYear() < 2023; d = d.plusDays(1)) {
      long day = d.toEpochDay();
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean off = holidays != null && holidays.holiday(day) != null;
      boolean makeUp = holidays != null && holidays.makeUp(day) != null;
      boolean works =
          !away.contains(day)
              && (makeUp || (!weekend && !(off && random.nextDouble() < observance)));
      double mean = works ? perDay : 0.3;
      if (bursty) {
        mean *= -Math.log(1 - random.nextDouble()) / 2 - Math.log(1 - random.nextDouble()) / 2;
      }
      int n = poisson(random, mean);
      for (int i = 0; i < n; i++) {
        days.add(day);
      }
    }
    return days;
  }

  /** Seeds x observance rates x activity levels x burstiness, for the generated offices. */
  static Stream<Arguments> offices() {
    List<Arguments> out = new java.util.ArrayList<>();
    long seed = 100;
    for (double observance : new double[] {1.0, 0.8, 0.6}) {
      for (double perDay : new double[] {8, 40}) {
        for (boolean bursty : new boolean[] {false, true}) {
          for (int k = 0; k < 3; k++) {
            out.add(Arguments.of(observance, perDay, bursty, seed++));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "observance {0}, {1} a day, bursty {2}, seed {3}")
  @MethodSource("offices")
  void generatedRussianOfficesRankRussiaFirst(
      double observance, double perDay, boolean bursty, long seed) {
    CalendarView v = view(actor(HolidayCalendars.of("RU"), perDay, observance, bursty, 1, seed));
    List<HolidayCandidate> c = v.holidays().candidates();
    assertTrue(!c.isEmpty(), v.holidays().toString());
    assertEquals("RU", c.get(0).code(), c.toString());
  }

  @ParameterizedTest(name = "observance {0}, {1} a day, bursty {2}, seed {3}")
  @MethodSource("offices")
  void generatedChineseOfficesRankChinaFirst(
      double observance, double perDay, boolean bursty, long seed) {
    CalendarView v = view(actor(HolidayCalendars.of("CN"), perDay, observance, bursty, 1, seed));
    List<HolidayCandidate> c = v.holidays().candidates();
    assertTrue(!c.isEmpty(), v.holidays().toString());
    assertEquals("CN", c.get(0).code(), c.toString());
  }

  /** Offices that keep no public holidays, some with random vacation weeks: no candidate. */
  static Stream<Arguments> officesWithoutHolidays() {
    List<Arguments> out = new java.util.ArrayList<>();
    long seed = 500;
    for (int vacations : new int[] {0, 2, 4}) {
      for (double perDay : new double[] {8, 40}) {
        for (boolean bursty : new boolean[] {false, true}) {
          for (int k = 0; k < 4; k++) {
            out.add(Arguments.of(vacations, perDay, bursty, seed++));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} vacation weeks a year, {1} a day, bursty {2}, seed {3}")
  @MethodSource("officesWithoutHolidays")
  void generatedOfficesWithoutHolidaysGetNoCandidateAboveTheThreshold(
      int vacations, double perDay, boolean bursty, long seed) {
    CalendarView v = view(actor(null, perDay, 0, bursty, vacations, seed));
    assertEquals(List.of(), v.holidays().candidates(), v.holidays().toString());
    assertTrue(v.holidays().best().score() < HolidayRanking.THRESHOLD, v.holidays().toString());
  }

  static int poisson(Random random, double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  static CalendarView view(DayCounts days) {
    return CalendarView.of("UTC", days, List.of(), List.of(), null);
  }

  @Test
  void aRussianOfficeRanksRussiaFirst() {
    CalendarView v = view(actor(HolidayCalendars.of("RU"), 30, 1));
    List<HolidayCandidate> c = v.holidays().candidates();
    assertEquals("RU", c.get(0).code(), c.toString());
    assertTrue(
        v.stretches().stream()
            .anyMatch(
                s ->
                    s.from().equals(LocalDate.of(2022, 1, 1))
                        && s.to().equals(LocalDate.of(2022, 1, 9))),
        v.stretches().toString());
  }

  @Test
  void aChineseOfficeRanksChinaFirst() {
    CalendarView v = view(actor(HolidayCalendars.of("CN"), 30, 2));
    assertEquals("CN", v.holidays().candidates().get(0).code(), v.holidays().toString());
  }

  @Test
  void theZoneAnswerAndTheHolidaysAreComparedNotMixed() {
    DayCounts days = actor(HolidayCalendars.of("RU"), 30, 9);
    CalendarView agree = CalendarView.of("UTC", days, List.of(), List.of(), "+03:00");
    assertEquals("zone +03:00 and Russia's holidays agree", agree.agreement());
    CalendarView disagree = CalendarView.of("UTC", days, List.of(), List.of(), "-05:00");
    assertTrue(
        disagree.agreement().startsWith("zone -05:00 and Russia's holidays disagree"),
        disagree.agreement());
    assertEquals("RU", disagree.holidays().candidates().get(0).code());
  }

  @Test
  void anOfficeWithoutHolidaysHasNoCandidate() {
    for (long seed = 3; seed < 8; seed++) {
      CalendarView v = view(actor(null, 30, seed));
      assertEquals(List.of(), v.holidays().candidates(), "seed " + seed);
      assertTrue(v.holidays().best().score() < HolidayRanking.THRESHOLD);
      assertEquals(List.of(), v.stretches(), "seed " + seed);
    }
  }

  @Test
  void theIsoonDataInShanghaiTimeShowsTheSpringFestivalAndRanksChinaFirst() throws IOException {
    DayCounts days = new DayCounts();
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    for (String line : Files.readAllLines(Path.of("example_data/isoon.txt"))) {
      if (line.isBlank()) {
        continue;
      }
      LocalDateTime utc = LocalDateTime.parse(line.trim().replace(' ', 'T'));
      days.add(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(shanghai).toLocalDate().toEpochDay());
    }
    CalendarView v = CalendarView.of("Asia/Shanghai", days, List.of(), List.of(), null);
    assertEquals("CN", v.holidays().candidates().get(0).code(), v.holidays().toString());
    // The Spring Festival weeks of 2021 and 2022, the years with data at that time of year.
    assertTrue(covered(v, LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 17)), v.toString());
    assertTrue(covered(v, LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 6)), v.toString());
  }

  static boolean covered(CalendarView v, LocalDate from, LocalDate to) {
    for (QuietStretch s : v.stretches()) {
      if (!s.from().isAfter(from) && !s.to().isBefore(to)) {
        return true;
      }
    }
    return false;
  }
}
