package dev.heatmap.time.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Twitter's created_at, git's default date and date(1) with the zone abbreviation table. */
class YearLastParserTest {
  @ParameterizedTest
  @CsvSource({
    "'Wed Oct 10 20:19:24 +0000 2018', UTC, 2018-10-10T20:19:24Z",
    "'Mon Jan 2 12:19:45 2023 +0100', UTC, 2023-01-02T11:19:45Z",
    "'Thu Jan  4 10:15:00 CET 2024', UTC, 2024-01-04T09:15:00Z",
    "'Sat Jul  6 10:15:00 CEST 2024', UTC, 2024-07-06T08:15:00Z",
    "'Thu Jan  4 10:15:00 JST 2024', UTC, 2024-01-04T01:15:00Z",
    "'Thu Jan  4 10:15:00 AEDT 2024', UTC, 2024-01-03T23:15:00Z",
    "'Thu Jan  4 10:15:00 MSK 2024', UTC, 2024-01-04T07:15:00Z",
    "'Sat Jul  6 10:15:00 BST 2024', Europe/London, 2024-07-06T09:15:00Z",
  })
  void readsTheInstant(String text, String zone, String instant) {
    YearLastParser p = new YearLastParser(ZoneId.of(zone));
    assertEquals(Instant.parse(instant).getEpochSecond(), p.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
    "'Sat Jul  6 10:15:00 BST 2024'", // British or Bangladesh: only with --input-tz Europe/London
    "'Thu Jan  4 10:15:00 IST 2024'", // India, Israel or Ireland
    "'Fri Oct 10 20:19:24 +0000 2018'", // the weekday is not the date's
    "'Wed Oct 10 25:19:24 +0000 2018'",
    "'Mon Jan 2 12:19:45 2023'",
  })
  void refusesWhatItCannotPlace(String text) {
    assertEquals(TimestampParser.INVALID, new YearLastParser(ZoneOffset.UTC).parse(text), text);
  }
}
