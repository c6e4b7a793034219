package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneBinnerTest {
  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource({
    // Monday 2024-01-01 10:15 UTC.
    "UTC, 2024-01-01T10:15:00Z, 0, 10",
    // Late Sunday UTC is already Monday morning in Shanghai.
    "Asia/Shanghai, 2024-01-07T23:30:00Z, 0, 7",
    // Early Monday UTC is still Sunday evening in New York (EST).
    "America/New_York, 2024-01-08T02:00:00Z, 6, 21",
    // Saturday 20:00 UTC is Sunday 01:45 in Kathmandu; Sunday 23:59 UTC is Sunday 13:59 in
    // Honolulu.
    "Asia/Kathmandu, 2024-01-06T20:00:00Z, 6, 1",
    "Pacific/Honolulu, 2024-01-07T23:59:00Z, 6, 13",
    // Kiritimati (+14) is a day ahead of Pago Pago (-11) at the same instant.
    "Pacific/Kiritimati, 2024-01-03T12:00:00Z, 3, 2",
    "Pacific/Pago_Pago, 2024-01-03T12:00:00Z, 2, 1",
    // New York, spring forward: 06:59 UTC is 01:59 EST, 07:00 UTC is 03:00 EDT.
    "America/New_York, 2024-03-10T06:59:00Z, 6, 1",
    "America/New_York, 2024-03-10T07:00:00Z, 6, 3",
    // New York, fall back: 05:30 UTC is 01:30 EDT and 06:30 UTC is 01:30 EST.
    "America/New_York, 2024-11-03T05:30:00Z, 6, 1",
    "America/New_York, 2024-11-03T06:30:00Z, 6, 1",
    "America/New_York, 2024-11-03T07:00:00Z, 6, 2",
    // Berlin: 00:59 UTC on the last Sunday of March is 01:59 CET, 01:00 UTC is 03:00 CEST.
    "Europe/Berlin, 2024-03-31T00:59:00Z, 6, 1",
    "Europe/Berlin, 2024-03-31T01:00:00Z, 6, 3",
    // Berlin, October: 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET again.
    "Europe/Berlin, 2024-10-27T00:30:00Z, 6, 2",
    "Europe/Berlin, 2024-10-27T01:30:00Z, 6, 2",
    "Europe/Berlin, 2024-10-27T02:00:00Z, 6, 3",
    // Midnight on the night the clocks go forward: 22:30 UTC Saturday is still Saturday 23:30 CET,
    // 23:30 UTC is Sunday 00:30 CET.
    "Europe/Berlin, 2024-03-30T22:30:00Z, 5, 23",
    "Europe/Berlin, 2024-03-30T23:30:00Z, 6, 0",
    // Lord Howe moves by 30 minutes: 10:30 standard, 11:00 in summer.
    "Australia/Lord_Howe, 2024-01-01T00:00:00Z, 0, 11",
    "Australia/Lord_Howe, 2024-07-01T00:00:00Z, 0, 10",
    // Lord Howe, first Sunday of April: 14:59 UTC Saturday is Sunday 01:59 (+11), 15:00 UTC is
    // 01:30 (+10:30); first Sunday of October: 15:29 UTC is 01:59 (+10:30), 15:30 is 02:30 (+11).
    "Australia/Lord_Howe, 2024-04-06T14:59:00Z, 6, 1",
    "Australia/Lord_Howe, 2024-04-06T15:00:00Z, 6, 1",
    "Australia/Lord_Howe, 2024-04-06T15:30:00Z, 6, 2",
    "Australia/Lord_Howe, 2024-10-05T15:29:00Z, 6, 1",
    "Australia/Lord_Howe, 2024-10-05T15:30:00Z, 6, 2",
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

  @org.junit.jupiter.api.Test
  void fastPathAgreesWithDivisionOnEitherSideOfEveryHourItCovers() {
    // The fast path covers the 2^31 seconds from Monday 2000-01-03; its multiply-and-shift division
    // must agree with plain division at every hour's first and last second, and just past the end.
    ZoneBinner utc = new ZoneBinner(ZoneId.of("UTC"));
    long monday = Instant.parse("2000-01-03T00:00:00Z").getEpochSecond();
    long end = monday + Integer.MAX_VALUE;
    for (long t = monday - 7200; t <= end + 7200; t += 3600) {
      for (long s : new long[] {t - 1, t, t + 1, t + 1799}) {
        long days = Math.floorDiv(s, 86400L);
        int expected = (int) Math.floorMod(days + 3, 7L) * 24 + (int) (s - days * 86400L) / 3600;
        assertEquals(expected, utc.cell(s), () -> Instant.ofEpochSecond(s).toString());
      }
    }
  }
}
