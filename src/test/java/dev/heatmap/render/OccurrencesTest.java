package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heatmap.grid.WeekHourGrid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccurrencesTest {
  static long at(String iso) {
    return Instant.parse(iso).getEpochSecond();
  }

  /** The definition, walked the slow way: every distinct local (date, hour) some instant hits. */
  static long[] bruteForce(long first, long last, ZoneId zone) {
    Set<LocalDateTime> seen = new HashSet<>();
    long[] n = new long[WeekHourGrid.CELLS];
    for (long t = first; ; t = Math.min(t + 900, last)) {
      LocalDateTime hour =
          LocalDateTime.ofInstant(Instant.ofEpochSecond(t), zone).withMinute(0).withSecond(0);
      if (seen.add(hour)) {
        n[WeekHourGrid.cell(hour.getDayOfWeek(), hour.getHour())]++;
      }
      if (t == last) {
        return n;
      }
    }
  }

  @Test
  void oneWholeWeekIsOnceEach() {
    long[] n =
        Occurrences.between(at("2024-03-04T00:00:00Z"), at("2024-03-10T23:59:59Z"), ZoneOffset.UTC);
    for (long c : n) {
      assertEquals(1, c);
    }
  }

  @Test
  void fiveMondaysAndFourSundays() {
    // 2024-03-04 (Mon) to 2024-04-01 (Mon) 00:30: five Mondays, but only once at 00:00.
    long[] n =
        Occurrences.between(at("2024-03-04T00:00:00Z"), at("2024-04-01T00:30:00Z"), ZoneOffset.UTC);
    assertEquals(5, n[WeekHourGrid.cell(0, 0)]);
    assertEquals(4, n[WeekHourGrid.cell(0, 1)]);
    assertEquals(4, n[WeekHourGrid.cell(6, 23)]);
  }

  @Test
  void theSkippedHourOfASpringForwardDoesNotOccur() {
    ZoneId ny = ZoneId.of("America/New_York");
    // Two Sundays, 2024-03-03 and 2024-03-10; 02:00–02:59 did not exist on the second.
    long[] n = Occurrences.between(at("2024-03-03T05:00:00Z"), at("2024-03-11T04:00:00Z"), ny);
    assertEquals(1, n[WeekHourGrid.cell(6, 2)]);
    assertEquals(2, n[WeekHourGrid.cell(6, 3)]);
    // 2024-11-03: 01:00–01:59 happened twice, and counts once.
    long[] fall = Occurrences.between(at("2024-11-03T04:00:00Z"), at("2024-11-03T08:00:00Z"), ny);
    assertEquals(1, fall[WeekHourGrid.cell(6, 1)]);
  }

  @Test
  void aHalfHourGapLeavesTheHourStanding() {
    ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
    // 2024-10-06 02:00 jumped to 02:30: half of the 02:00 hour still happened.
    long[] n =
        Occurrences.between(at("2024-10-05T13:00:00Z"), at("2024-10-05T17:00:00Z"), lordHowe);
    assertEquals(1, n[WeekHourGrid.cell(6, 2)]);
  }

  @Test
  void samoaSkippedAWholeFriday() {
    ZoneId apia = ZoneId.of("Pacific/Apia");
    long[] n = Occurrences.between(at("2011-12-28T12:00:00Z"), at("2012-01-02T12:00:00Z"), apia);
    for (int h = 0; h < 24; h++) {
      assertEquals(0, n[WeekHourGrid.cell(4, h)], "Friday 2011-12-30 never happened in Apia");
    }
    assertArrayEquals(bruteForce(at("2011-12-28T12:00:00Z"), at("2012-01-02T12:00:00Z"), apia), n);
  }

  @Test
  void emptyGridsHaveNoOccurrences() {
    long[] n = Occurrences.between(WeekHourGrid.NONE, WeekHourGrid.NONE, ZoneOffset.UTC);
    assertEquals(0, java.util.Arrays.stream(n).sum());
  }

  @ParameterizedTest
  @CsvSource({
    "UTC",
    "America/New_York",
    "Europe/Berlin",
    "Australia/Lord_Howe",
    "Asia/Kathmandu",
    "Asia/Kolkata",
    "America/St_Johns",
    "Pacific/Chatham",
    "Pacific/Apia"
  })
  void matchesTheDefinitionOnRandomRanges(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    Random random = new Random(zoneName.hashCode());
    long start = at("2008-01-01T00:00:00Z");
    for (int i = 0; i < 40; i++) {
      long first = start + (long) (random.nextDouble() * 20 * 365 * 86_400L);
      long last = first + (long) (random.nextDouble() * 60 * 86_400L);
      assertArrayEquals(
          bruteForce(first, last, zone),
          Occurrences.between(first, last, zone),
          zoneName + " " + Instant.ofEpochSecond(first) + " to " + Instant.ofEpochSecond(last));
    }
  }

  @Test
  void centuriesCostOnlyArithmetic() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    long[] n = Occurrences.between(at("0001-01-01T00:00:00Z"), at("9999-12-31T23:59:59Z"), berlin);
    long total = 0;
    for (long c : n) {
      total += c;
    }
    // About 24 × 365.2425 × 9999 local hours, less one per spring-forward gap.
    assertEquals(87_649_000, total, 200_000);
  }
}
