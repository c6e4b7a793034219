package dev.heatmap.time.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

public class IsoParserTest {
  private final IsoParser utc = new IsoParser();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-08-11 05:51:47           | 2022-08-11T05:51:47Z",
        "2022-08-11T05:51:47.123456    | 2022-08-11T05:51:47Z",
        "2022-08-11T05:51:47.123456789Z| 2022-08-11T05:51:47Z",
        "2022-08-11T05:51:47,5Z        | 2022-08-11T05:51:47Z",
        "2022-08-11t05:51:47z          | 2022-08-11T05:51:47Z",
        "2022-08-11T05:51Z             | 2022-08-11T05:51:00Z",
        "2022-08-11 05:51              | 2022-08-11T05:51:00Z",
        "2022-08-11T05:51:47+02:00     | 2022-08-11T03:51:47Z",
        "2022-08-11T05:51:47-0330      | 2022-08-11T09:21:47Z",
        "2022-08-11T05:51:47+05        | 2022-08-11T00:51:47Z",
        "2022-08-11T05:51:47−05:00     | 2022-08-11T10:51:47Z",
        "2022-08-11 05:51:47 +0000     | 2022-08-11T05:51:47Z",
        "2022-08-11 05:51:47 UTC       | 2022-08-11T05:51:47Z",
        "2022-08-11 05:51:47 GMT+01:00 | 2022-08-11T04:51:47Z",
        "2022-08-11T05:51:47+01:00[Europe/Paris]| 2022-08-11T04:51:47Z",
        "'  \"2022-08-11T05:51:47Z\"  ' | 2022-08-11T05:51:47Z",
        "\uFEFF2022-08-11T05:51:47Z    | 2022-08-11T05:51:47Z",
        "20240101T101500Z              | 2024-01-01T10:15:00Z",
        "20240101T1015                 | 2024-01-01T10:15:00Z",
        "20240101T101500.25+0100       | 2024-01-01T09:15:00Z",
        "2024-02-29T23:59:60Z          | 2024-02-29T23:59:59Z",
        "2016-12-31T23:59:60+00:00     | 2016-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z          | 0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z          | 9999-12-31T23:59:59Z",
      })
  void parsesIsoSpellings(String text, String expected) {
    assertEquals(OffsetDateTime.parse(expected).toEpochSecond(), utc.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2022-08-11",
        "20220811",
        "2024-02-30 10:00:00",
        "2023-02-29 10:00:00",
        "2024-13-01 10:00:00",
        "2024-00-01 10:00:00",
        "0000-01-01 10:00:00",
        "10000-01-01 10:00:00",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
        "2024-01-01 25:00:00",
        "2024-01-01 24:00:00",
        "2024-01-01 10:60:00",
        "2024-01-01 10:00:61",
        "2024-01-01 1:00:00",
        "2024-01-01 10:00:00+19:00",
        "2024-01-01 10:00:00+5:30",
        "2024-01-01 10:00:00.",
        "2024-01-01 10:00:00.1234567890",
        "2024-01-01 10:00:00 junk",
        "2024-01-01 10:00:00 CEST",
        "2024-01-01T10:00:00[Europe/Paris]",
        "20240101T10",
        "20240101 101500",
        "hello world, not a date",
        "２０２４-01-01 10:00:00",
        "2024-01-01 １0:00:00",
        "٢٠٢٤-01-01 10:00:00",
      })
  void rejectsInvalidValues(String text) {
    assertEquals(TimestampParser.INVALID, utc.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
    // New York: EST in January, EDT in July.
    "2024-01-15 12:00:00, 2024-01-15T17:00:00Z",
    "2024-07-15 12:00:00, 2024-07-15T16:00:00Z",
    // In the spring-forward gap 02:30 does not exist: it moves forward by the gap's hour.
    "2024-03-10 02:30:00, 2024-03-10T07:30:00Z",
    "2024-03-10 01:59:59, 2024-03-10T06:59:59Z",
    "2024-03-10 03:00:00, 2024-03-10T07:00:00Z",
    // In the fall-back overlap 01:30 happens twice: the earlier (EDT) offset wins.
    "2024-11-03 01:30:00, 2024-11-03T05:30:00Z",
    "2024-11-03 00:59:59, 2024-11-03T04:59:59Z",
    "2024-11-03 02:00:00, 2024-11-03T07:00:00Z",
    // An offset in the value wins over the input zone.
    "2024-01-15 12:00:00Z, 2024-01-15T12:00:00Z",
    // Before 1900 and after 2100 the zone's rules come from java.time directly.
    "1880-06-01 12:00:00, 1880-06-01T16:56:02Z",
    "2150-07-01 12:00:00, 2150-07-01T16:00:00Z",
  })
  void readsValuesWithoutOffsetInTheInputZone(String text, String expected) {
    IsoParser ny = new IsoParser(ZoneId.of("America/New_York"));
    assertEquals(OffsetDateTime.parse(expected).toEpochSecond(), ny.parse(text));
  }
}
