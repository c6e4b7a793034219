package dev.heatmap.time.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.core.ExitCode;
import dev.heatmap.core.HeatmapException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --time-format}: strftime and java.time patterns, valid and invalid values. */
class TimeFormatsTest {
  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%Y-%m-%d %H:%M:%S      | 2024-03-13 17:05:09         | 2024-03-13T17:05:09Z",
        "%d.%m.%Y %H:%M         | 13.03.2024 17:05            | 2024-03-13T17:05:00Z",
        "%m/%d/%y %H:%M         | 8/11/22 5:51                | 2022-08-11T05:51:00Z",
        "%m/%d/%Y %I:%M:%S %p   | 11/16/2021 10:40:10 PM      | 2021-11-16T22:40:10Z",
        "%m/%d/%Y %I:%M %p      | 11/16/2021 12:40 am         | 2021-11-16T00:40:00Z",
        "%d/%b/%Y:%H:%M:%S %z   | 10/Oct/2000:13:55:36 -0700  | 2000-10-10T20:55:36Z",
        "%a, %d %b %Y %H:%M:%S %Z | Tue, 03 Jun 2008 11:05:30 GMT | 2008-06-03T11:05:30Z",
        "%A %d %B %Y %H:%M      | Tuesday 03 June 2008 11:05  | 2008-06-03T11:05:00Z",
        "%Y%m%d%H%M%S           | 20240101101500              | 2024-01-01T10:15:00Z",
        "%Y%m%d %H%M            | 20240101 1015               | 2024-01-01T10:15:00Z",
        "%Y-%m-%dT%H:%M:%S.%f%z | 2024-01-01T10:15:00.123456+05:30 | 2024-01-01T04:45:00Z",
        "%Y-%m-%d %H:%M:%S      | 2024-12-31 23:59:60         | 2024-12-31T23:59:59Z",
        "%F %T                  | 2024-01-01 10:15:00         | 2024-01-01T10:15:00Z",
        "%D %R                  | 01/02/24 10:15              | 2024-01-02T10:15:00Z",
        "%c                     | Sun Dec  4 04:47:44 2005    | 2005-12-04T04:47:44Z",
        "%b %e %H:%M:%S %Y      | Dec  4 04:47:44 2005        | 2005-12-04T04:47:44Z",
        "%Y %j %H:%M            | 2024 061 10:00              | 2024-03-01T10:00:00Z",
        "%s                     | 1700000000                  | 2023-11-14T22:13:20Z",
        "at %H:%M on %d/%m/%Y   | at 17:05 on 13/03/2024      | 2024-03-13T17:05:00Z",
        "%Y-%m-%d %H:%M %%      | 2024-03-13 17:05 %          | 2024-03-13T17:05:00Z",
        "dd.MM.yyyy HH:mm       | 13.03.2024 17:05            | 2024-03-13T17:05:00Z",
        "yyyy-MM-dd'T'HH:mm:ss.SSSXXX | 2024-01-01T10:15:00.123+01:00 | 2024-01-01T09:15:00Z",
        "yyyy-MM-dd'T'HH:mm:ssX | 2024-01-01T10:15:00Z        | 2024-01-01T10:15:00Z",
        "M/d/yy h:mm a          | 8/11/22 5:51 PM             | 2022-08-11T17:51:00Z",
        "EEE, d MMM yyyy HH:mm:ss Z | Tue, 3 Jun 2008 11:05:30 +0200 | 2008-06-03T09:05:30Z",
        "dd/MMM/yyyy:HH:mm:ss xx | 10/Oct/2000:13:55:36 -0700  | 2000-10-10T20:55:36Z",
        "yyyyMMddHHmm           | 202401011015                | 2024-01-01T10:15:00Z",
        "yy-MM-dd HH:mm         | 69-01-01 10:00              | 2069-01-01T10:00:00Z",
        "yyyy-MM-dd HH:mm VV    | 2024-07-01 12:00 Europe/Paris | 2024-07-01T10:00:00Z",
        "[yyyy-MM-dd HH:mm]     | 2024-07-01 12:00            | 2024-07-01T12:00:00Z",
      })
  void reads(String pattern, String text, String expected) {
    TimestampParser p = TimeFormats.compile(pattern, ZoneOffset.UTC);
    assertEquals(OffsetDateTime.parse(expected).toEpochSecond(), p.parse(text), pattern);
    assertEquals(pattern, p.name());
  }

  @ParameterizedTest(name = "{0} rejects {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%d.%m.%Y %H:%M         | 13.13.2024 17:05",
        "%d.%m.%Y %H:%M         | 30.02.2024 17:05",
        "%d.%m.%Y %H:%M         | 13.03.2024 24:05",
        "%d.%m.%Y %H:%M         | 13.03.2024",
        "%d.%m.%Y %H:%M         | 13.03.2024 17:05 extra",
        "%d.%m.%Y %H:%M         | 13-03-2024 17:05",
        "%d.%m.%Y %H:%M         | １３.03.2024 17:05",
        "%Y-%m-%d %H:%M:%S      | 0000-01-01 00:00:00",
        "%Y-%m-%d %H:%M:%S      | 10000-01-01 00:00:00",
        "%m/%d/%Y %I:%M %p      | 11/16/2021 13:40 PM",
        "%m/%d/%Y %I:%M %p      | 11/16/2021 0:40 AM",
        "%a, %d %b %Y %H:%M:%S %Z | Wed, 03 Jun 2008 11:05:30 GMT",
        "%Y %j %H:%M            | 2023 366 10:00",
        "%s                     | 0",
        "dd.MM.yyyy HH:mm       | 13.03.2024 17:5",
        "dd.MM.yyyy HH:mm       | 3.03.2024 17:05",
        "dd.MM.yyyy HH:mm       | 31.04.2024 17:05",
        "yyyy-MM-dd HH:mm VV    | 2024-02-30 12:00 Europe/Paris",
      })
  void rejects(String pattern, String text) {
    assertEquals(TimestampParser.INVALID, TimeFormats.compile(pattern, ZoneOffset.UTC).parse(text));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%Y-%m-%d                | it has no hour",
        "%m/%d %H:%M             | it has no year",
        "%Y %H:%M                | it has no month and day",
        "%Y-%m-%d %H:%M %Q       | %Q is not supported",
        "%Y-%m-%d %H:%M %        | it ends with a lone %",
        "yyyy-MM-dd              | it does not give a whole date and time",
        "dd.MM.yyyy hh:mm        | it does not give a whole date and time",
        "dd.MM.yyyy HH:mm {      | bad --time-format",
        "' '                     | it is empty",
      })
  void refusesPatternsThatCannotNameAnInstant(String pattern, String why) {
    String p = pattern;
    HeatmapException e =
        assertThrows(HeatmapException.class, () -> TimeFormats.compile(p, ZoneOffset.UTC));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().startsWith("bad --time-format '" + p + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(why), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"yyyy-MM-dd HH:mm, PatternParser", "YYYY-ww-e HH:mm, JavaTimeParser"})
  void javaPatternsAreMatchedByHandUnlessTheyNeedJavaTime(String pattern, String parser) {
    TimestampParser p = TimeFormats.compile(pattern, ZoneOffset.UTC);
    assertEquals(parser, p.getClass().getSimpleName());
  }

  @ParameterizedTest
  @CsvSource({
    "%d.%m.%Y %H:%M, 31.03.2024 02:30, 2024-03-31T01:30:00Z",
    "dd.MM.yyyy HH:mm, 27.10.2024 02:30, 2024-10-27T00:30:00Z",
  })
  void readsWallTimesInTheInputZone(String pattern, String text, String expected) {
    TimestampParser p = TimeFormats.compile(pattern, ZoneId.of("Europe/Berlin"));
    assertEquals(OffsetDateTime.parse(expected).toEpochSecond(), p.parse(text));
    assertInstanceOf(PatternParser.class, p);
  }
}
