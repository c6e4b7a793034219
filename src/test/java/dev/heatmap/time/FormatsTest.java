package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heatmap.time.parse.AccessLogParser;
import dev.heatmap.time.parse.CompactParser;
import dev.heatmap.time.parse.CtimeParser;
import dev.heatmap.time.parse.EpochParser;
import dev.heatmap.time.parse.EpochUnit;
import dev.heatmap.time.parse.IsoParserTest;
import dev.heatmap.time.parse.NumericDateParser;
import dev.heatmap.time.parse.RfcParser;
import dev.heatmap.time.parse.TimestampParser;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every hand-written format but ISO-8601 (see {@link IsoParserTest}): valid and invalid values. */
class FormatsTest {
  static TimestampParser parser(String kind, ZoneId zone) {
    return switch (kind) {
      case "compact" -> new CompactParser(zone);
      case "rfc" -> new RfcParser(zone);
      case "ctime" -> new CtimeParser(zone);
      case "access" -> new AccessLogParser(zone);
      case "mdy" -> new NumericDateParser(NumericDateParser.Order.MONTH_FIRST, zone);
      case "dmy" -> new NumericDateParser(NumericDateParser.Order.DAY_FIRST, zone);
      case "ymd" -> new NumericDateParser(NumericDateParser.Order.YEAR_FIRST, zone);
      case "epoch" -> new EpochParser(null);
      case "epoch-ms" -> new EpochParser(EpochUnit.MS);
      case "epoch-s" -> new EpochParser(EpochUnit.S);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Compact digits, as logs and ASN.1 GeneralizedTime write them.
        "compact | 20240101101500        | 2024-01-01T10:15:00Z",
        "compact | 202401011015          | 2024-01-01T10:15:00Z",
        "compact | 20240101101500Z       | 2024-01-01T10:15:00Z",
        "compact | 20240101101500.123+0100 | 2024-01-01T09:15:00Z",
        // RFC 1123 / RFC 2822 / RFC 850.
        "rfc | Tue, 3 Jun 2008 11:05:30 GMT          | 2008-06-03T11:05:30Z",
        "rfc | Tue, 03 Jun 2008 11:05:30 +0200        | 2008-06-03T09:05:30Z",
        "rfc | Mon, 4 Dec 2023 09:05:00 +0100 (CET)  | 2023-12-04T08:05:00Z",
        "rfc | Tue, 3 Jun 2008 11:05:30 CEST          | 2008-06-03T09:05:30Z",
        "rfc | Mon, 4 Dec 2023 09:05:00 CET           | 2023-12-04T08:05:00Z",
        "rfc | 4 Dec 2023 09:05 -0500                 | 2023-12-04T14:05:00Z",
        "rfc | Mon, 04 Dec 2023 09:05:00 EST          | 2023-12-04T14:05:00Z",
        "rfc | Mon, 04 Dec 2023 09:05:00 PDT          | 2023-12-04T16:05:00Z",
        "rfc | Mon, 04 Dec 2023 09:05:00 UT           | 2023-12-04T09:05:00Z",
        "rfc | Mon, 04 Dec 2023 09:05:00 Z            | 2023-12-04T09:05:00Z",
        "rfc | Mon, 04 Dec 2023 09:05:00 A            | 2023-12-04T09:05:00Z",
        "rfc | Mon, 04 Dec 23 09:05:00 GMT            | 2023-12-04T09:05:00Z",
        "rfc | Sun, 06 Nov 94 08:49:37 GMT            | 1994-11-06T08:49:37Z",
        "rfc | Sunday, 06-Nov-94 08:49:37 GMT         | 1994-11-06T08:49:37Z",
        "rfc | Wed, 31 Dec 2008 23:59:60 GMT          | 2008-12-31T23:59:59Z",
        "rfc | 4 december 2023 09:05:00 +0000         | 2023-12-04T09:05:00Z",
        // ctime, asctime and date(1).
        "ctime | Sun Dec  4 04:47:44 2005     | 2005-12-04T04:47:44Z",
        "ctime | Sun Dec 04 04:47:44 2005     | 2005-12-04T04:47:44Z",
        "ctime | Thu Jan  4 10:15:00 UTC 2024 | 2024-01-04T10:15:00Z",
        "ctime | Thu Jan  4 10:15:00 EST 2024 | 2024-01-04T15:15:00Z",
        // Apache / NCSA access log.
        "access | 10/Oct/2000:13:55:36 -0700   | 2000-10-10T20:55:36Z",
        "access | [10/Oct/2000:13:55:36 -0700] | 2000-10-10T20:55:36Z",
        "access | 10/Oct/2000:13:55:36 +0000   | 2000-10-10T13:55:36Z",
        "access | 1/Feb/2024:00:00:00          | 2024-02-01T00:00:00Z",
        // Numeric dates, month first.
        "mdy | 8/11/22 5:51             | 2022-08-11T05:51:00Z",
        "mdy | 08/11/2022 05:51:47      | 2022-08-11T05:51:47Z",
        "mdy | 11/16/2021 10:40:10 AM   | 2021-11-16T10:40:10Z",
        "mdy | 11/16/2021 10:40:10 PM   | 2021-11-16T22:40:10Z",
        "mdy | 11/16/2021 12:05 AM      | 2021-11-16T00:05:00Z",
        "mdy | 11/16/2021 12:05 pm      | 2021-11-16T12:05:00Z",
        "mdy | 11/16/2021 1:05 p.m.     | 2021-11-16T13:05:00Z",
        "mdy | '11/16/2021, 10:40:10 AM'| 2021-11-16T10:40:10Z",
        "mdy | 11-16-2021 10:40         | 2021-11-16T10:40:00Z",
        "mdy | 11/16/69 10:40           | 1969-11-16T10:40:00Z",
        "mdy | 11/16/68 10:40           | 2068-11-16T10:40:00Z",
        "mdy | 2/29/2024 23:59:60       | 2024-02-29T23:59:59Z",
        "mdy | 8/11/22 5:51 +08:00      | 2022-08-10T21:51:00Z",
        // Numeric dates, day first.
        "dmy | 13.03.2024 17:05         | 2024-03-13T17:05:00Z",
        "dmy | 13.03.24 17:05:09        | 2024-03-13T17:05:09Z",
        "dmy | 1/2/2024 9:05            | 2024-02-01T09:05:00Z",
        "dmy | 31-12-1999 23:59         | 1999-12-31T23:59:00Z",
        "dmy | 16/11/2021 10:40:10 PM   | 2021-11-16T22:40:10Z",
        // Numeric dates, year first.
        "ymd | 2024/1/5 9:05            | 2024-01-05T09:05:00Z",
        "ymd | 2024.01.05 09:05:30      | 2024-01-05T09:05:30Z",
        "ymd | 2024-1-5T09:05           | 2024-01-05T09:05:00Z",
        // Epoch numbers: the unit by magnitude, or forced.
        "epoch | 1700000000            | 2023-11-14T22:13:20Z",
        "epoch | 1700000000.999        | 2023-11-14T22:13:20Z",
        "epoch | 1700000000123         | 2023-11-14T22:13:20Z",
        "epoch | 1700000000123456      | 2023-11-14T22:13:20Z",
        "epoch | 1700000000123456789   | 2023-11-14T22:13:20Z",
        "epoch | 631152000             | 1990-01-01T00:00:00Z",
        "epoch | '\"1700000000\"'      | 2023-11-14T22:13:20Z",
        "epoch-ms | 1700000000123      | 2023-11-14T22:13:20Z",
        "epoch-ms | 86400000           | 1970-01-02T00:00:00Z",
        "epoch-s | 86400               | 1970-01-02T00:00:00Z",
      })
  void parses(String kind, String text, String expected) {
    assertEquals(
        OffsetDateTime.parse(expected).toEpochSecond(),
        parser(kind, ZoneOffset.UTC).parse(text),
        text);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "compact | 20240101",
        "compact | 2024010110",
        "compact | 20240230101500",
        "compact | 20241301101500",
        "compact | 20240101250000",
        "compact | 00000101101500",
        "compact | 202401011015001",
        "compact | 20240101101500 junk",
        "rfc | Wed, 3 Jun 2008 11:05:30 GMT",
        "rfc | Thu, 3 Jan 2008 11:05:30 CEST",
        "rfc | Tue, 3 Foo 2008 11:05:30 GMT",
        "rfc | Tue, 31 Jun 2008 11:05:30 GMT",
        "rfc | Tue, 3 Jun 2008 25:05:30 GMT",
        "rfc | Tue, 3 Jun 2008",
        "rfc | Tue, 3 Jun 10000 11:05:30 GMT",
        "rfc | 3 Jun 2008 11:05:30 +2500",
        "ctime | Mon Dec  4 04:47:44 2005",
        "ctime | Sun Dec 32 04:47:44 2005",
        "ctime | Sun Dec  4 04:47:44 05",
        "ctime | Sun Dec  4 04:47:44 IST 2005",
        "ctime | Sun Dec  4 2005",
        "access | 10/Oct/2000:24:55:36 -0700",
        "access | 10/Okt/2000:13:55:36 -0700",
        "access | 31/Nov/2000:13:55:36 -0700",
        "access | [10/Oct/2000:13:55:36 -0700",
        "access | 10/Oct/2000 13:55:36 -0700",
        "mdy | 13/11/22 5:51",
        "mdy | 2/30/2024 10:00",
        "mdy | 8/11/22",
        "mdy | 8/11/22 25:00",
        "mdy | 8/11/22 5:51 XM",
        "mdy | 8/11/22 13:51 PM",
        "mdy | 8/11/22 0:51 AM",
        "mdy | 8/11/2022/1 5:51",
        "mdy | 8/11-22 5:51",
        "mdy | 8/11/222 5:51",
        "mdy | 8/11/22 5:5",
        "mdy | 8/11/0000 5:51",
        "mdy | ８/11/22 5:51",
        "dmy | 13.13.2024 17:05",
        "dmy | 32.01.2024 17:05",
        "dmy | 29.02.2023 17:05",
        "dmy | 13.03.2024",
        "ymd | 2024/13/05 09:05",
        "ymd | 24/01/05 09:05",
        "epoch | 0",
        "epoch | -1",
        "epoch | 12",
        "epoch | 4102444800",
        "epoch | 99999999999999999999",
        "epoch | 1700000000.",
        "epoch | 1.7e9",
        "epoch | 1700000000 s",
        "epoch | １７００００００００",
        "epoch-ms | 0",
        "epoch-s | 253402300800",
      })
  void rejects(String kind, String text) {
    assertEquals(TimestampParser.INVALID, parser(kind, ZoneOffset.UTC).parse(text), text);
  }

  @ParameterizedTest(name = "{0}: {1} in {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mdy | 3/10/2024 2:30 AM   | America/New_York | 2024-03-10T07:30:00Z",
        "dmy | 31.03.2024 02:30    | Europe/Berlin    | 2024-03-31T01:30:00Z",
        "dmy | 27.10.2024 02:30    | Europe/Berlin    | 2024-10-27T00:30:00Z",
        "rfc | 3 Jun 2008 11:05:30 | Asia/Kolkata     | 2008-06-03T05:35:30Z",
        "ctime | Sun Dec  4 04:47:44 2005 | Asia/Tokyo | 2005-12-03T19:47:44Z",
      })
  void readsWallTimesInTheInputZone(String kind, String text, String zone, String expected) {
    assertEquals(
        OffsetDateTime.parse(expected).toEpochSecond(),
        parser(kind, ZoneId.of(zone)).parse(text),
        text);
  }
}
