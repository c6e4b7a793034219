package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneBinnerTest {
  @ParameterizedTest
  @CsvSource({
    // Monday 2024-01-01 10:15 UTC.
    "UTC, 2024-01-01T10:15:00Z, 0, 10",
    // Late Sunday UTC is already Monday morning in Shanghai.
    "Asia/Shanghai, 2024-01-07T23:30:00Z, 0, 7",
    // Early Monday UTC is still Sunday evening in New York (EST).
    "America/New_York, 2024-01-08T02:00:00Z, 6, 21",
    // Across the spring-forward change: 06:59 UTC is 01:59 EST, 07:00 UTC is 03:00 EDT.
    "America/New_York, 2024-03-10T06:59:00Z, 6, 1",
    "America/New_York, 2024-03-10T07:00:00Z, 6, 3",
    // Lord Howe moves by 30 minutes: 10:30 standard, 11:00 in summer.
    "Australia/Lord_Howe, 2024-01-01T00:00:00Z, 0, 11",
    "Australia/Lord_Howe, 2024-07-01T00:00:00Z, 0, 10",
    "+05:45, 1969-12-31T20:00:00Z, 3, 1",
    "-09:30, 1970-01-01T05:00:00Z, 2, 19",
  })
  void placesInstantsInTheZonesDayAndHour(String zone, String instant, int day, int hour) {
    ZoneBinner binner = new ZoneBinner(ZoneId.of(zone));
    assertEquals(day * 24 + hour, binner.cell(Instant.parse(instant).getEpochSecond()));
  }

  @ParameterizedTest
  @CsvSource({"America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu"})
  void agreesWithZonedDateTimeHourByHourAcrossTwoYears(String zone) {
    ZoneId id = ZoneId.of(zone);
    ZoneBinner binner = new ZoneBinner(id);
    long start = Instant.parse("2023-01-01T00:07:00Z").getEpochSecond();
    for (long t = start; t < start + 2 * 366 * 86400L; t += 1800) {
      ZonedDateTime z = Instant.ofEpochSecond(t).atZone(id);
      int expected = (z.getDayOfWeek().getValue() - 1) * 24 + z.getHour();
      assertEquals(expected, binner.cell(t), () -> z.toString());
    }
  }
}
