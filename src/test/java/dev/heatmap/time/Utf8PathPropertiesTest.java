package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.time.parse.AccessLogParser;
import dev.heatmap.time.parse.ArrayParser;
import dev.heatmap.time.parse.Calendar;
import dev.heatmap.time.parse.IsoParser;
import dev.heatmap.time.parse.TimestampParser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ISO parser's byte path ({@link IsoParser#parseUtf8}) must give exactly the character path's
 * instant whenever it gives one, and leave everything else to it.
 */
class Utf8PathPropertiesTest {
  private static final String[] ZONES = {"UTC", "Asia/Shanghai", "America/New_York", "+05:45"};

  /**
   * Timestamps in or near the common spelling: a real date-time (or a leap second) with one of the
   * separators and tails, then half the time one character replaced or dropped.
   */
  @Provide
  Arbitrary<String> nearlyCommon() {
    Arbitrary<String> valid =
        Combinators.combine(
                dates(),
                Arbitraries.integers().between(0, 86400),
                Arbitraries.of(" ", "T", "t"),
                Arbitraries.of(
                    "",
                    "",
                    "Z",
                    "z",
                    ".5",
                    ".123456",
                    ",25",
                    ".123456789",
                    ".1234567890",
                    ".",
                    "Z ",
                    " ",
                    "+02:00",
                    "-0330",
                    "+05:45",
                    "-12:00",
                    "+1400",
                    "+17:59",
                    "+18:00",
                    "-1900",
                    "+00:60",
                    "+01:0",
                    " UTC",
                    "\r",
                    "\"",
                    "é",
                    ".5Z",
                    "ZZ"))
            .as(
                (date, second, sep, tail) ->
                    date
                        + sep
                        + (second == 86400
                            ? "23:59:60"
                            : String.format(
                                "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60))
                        + tail);
    return Combinators.combine(
            valid,
            Arbitraries.integers().between(0, 40),
            Arbitraries.of('0', '9', '-', ':', 'T', ' ', 'Z', '.', '/', 'é', '\u0000', '\n', '٣'),
            Arbitraries.integers().between(0, 3))
        .as(
            (v, at, c, how) -> {
              if (how < 2 || at >= v.length()) {
                return v;
              }
              return v.substring(0, at) + (how == 2 ? String.valueOf(c) : "") + v.substring(at + 1);
            });
  }

  @Property(tries = 20_000)
  void bytePathAgreesWithCharacterPath(
      @ForAll("nearlyCommon") String value, @ForAll("zones") String zone) {
    IsoParser parser = new IsoParser(ZoneId.of(zone));
    byte[] b = ("«" + value + "»").getBytes(StandardCharsets.UTF_8);
    int from = "«".getBytes(StandardCharsets.UTF_8).length;
    long fromBytes = parser.parseUtf8(b, from, b.length - from);
    if (fromBytes != ArrayParser.UNDECIDED) {
      assertEquals(parser.parse(value), fromBytes, value);
    }
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(ZONES);
  }

  @Property(tries = 5_000)
  void everyValidDateOfTheTableYearsIsReadFromBytes(
      @ForAll("dates") LocalDate date, @ForAll("zones") String zone) {
    IsoParser parser = new IsoParser(ZoneId.of(zone));
    String value = date + " 13:14:15";
    byte[] b = value.getBytes(StandardCharsets.US_ASCII);
    long t = parser.parseUtf8(b, 0, b.length);
    assertTrue(t != ArrayParser.UNDECIDED, value);
    assertEquals(parser.parse(value), t, value);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1890, 1, 1).toEpochDay(), LocalDate.of(2210, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Test
  void everyDayOfTheTableAgreesWithTheCalendarsArithmetic() {
    for (LocalDate d = LocalDate.of(1899, 12, 1);
        d.isBefore(LocalDate.of(2201, 2, 1));
        d = d.plusDays(1)) {
      long expected = d.toEpochDay() * 86400L + 3723;
      assertEquals(
          expected,
          Calendar.wallSecond(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 1, 2, 3),
          d.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29 00:00:00", "2100-02-29 00:00:00", "2024-04-31 00:00:00", "2024-13-01 00:00:00",
        "2024-00-10 00:00:00", "2024-01-00 00:00:00", "2024-01-01 24:00:00", "2024-01-01 23:60:00",
        "2024-01-01 23:59:61", "0000-01-01 00:00:00"
      })
  void invalidDatesAreLeftToTheCharacterPathWhichRejectsThem(String value) {
    IsoParser parser = new IsoParser();
    byte[] b = value.getBytes(StandardCharsets.US_ASCII);
    assertEquals(ArrayParser.UNDECIDED, parser.parseUtf8(b, 0, b.length));
    assertEquals(TimestampParser.INVALID, parser.parse(value));
  }

  @Test
  void aLeapSecondCountsAsTheLastSecondOfItsMinute() {
    IsoParser parser = new IsoParser();
    byte[] b = "2016-12-31T23:59:60Z".getBytes(StandardCharsets.US_ASCII);
    assertEquals(parser.parse("2016-12-31T23:59:59Z"), parser.parseUtf8(b, 0, b.length));
  }

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /**
   * Access-log times ({@code %t} inside its brackets) in or near the spelling, then half the time
   * one character replaced or dropped.
   */
  @Provide
  Arbitrary<String> nearlyAccessLog() {
    Arbitrary<String> valid =
        Combinators.combine(
                dates(),
                Arbitraries.integers().between(0, 86400),
                Arbitraries.of(
                    "", " +0000", " +0100", " -0700", " +0545", " -1200", " +1400", " +1800",
                    " +2400", " +0160", " Z", " +01:00", "+0100", " +01000"),
                Arbitraries.of("", "", "", "lower", "upper"))
            .as(
                (date, second, tail, cased) -> {
                  String month = MONTHS[date.getMonthValue() - 1];
                  if (cased.equals("lower")) {
                    month = month.toLowerCase(java.util.Locale.ROOT);
                  } else if (cased.equals("upper")) {
                    month = month.toUpperCase(java.util.Locale.ROOT);
                  }
                  return String.format("%02d/%s/%04d:", date.getDayOfMonth(), month, date.getYear())
                      + (second == 86400
                          ? "23:59:60"
                          : String.format(
                              "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60))
                      + tail;
                });
    return Combinators.combine(
            valid,
            Arbitraries.integers().between(0, 30),
            Arbitraries.of('0', '9', '/', ':', ' ', '+', '-', 'M', 'é', '\u0000', '٣'),
            Arbitraries.integers().between(0, 3))
        .as(
            (v, at, c, how) -> {
              if (how < 2 || at >= v.length()) {
                return v;
              }
              return v.substring(0, at) + (how == 2 ? String.valueOf(c) : "") + v.substring(at + 1);
            });
  }

  @Property(tries = 20_000)
  void accessLogBytePathAgreesWithCharacterPath(
      @ForAll("nearlyAccessLog") String value, @ForAll("zones") String zone) {
    AccessLogParser parser = new AccessLogParser(ZoneId.of(zone));
    byte[] b = ("[" + value + "]").getBytes(StandardCharsets.UTF_8);
    long fromBytes = parser.parseUtf8(b, 1, b.length - 1);
    if (fromBytes != ArrayParser.UNDECIDED) {
      assertEquals(parser.parse(value), fromBytes, value);
    }
  }

  @Property(tries = 5_000)
  void everyValidAccessLogTimeOfTheTableYearsIsReadFromBytes(
      @ForAll("dates") LocalDate date, @ForAll("zones") String zone) {
    AccessLogParser parser = new AccessLogParser(ZoneId.of(zone));
    for (String tail : new String[] {"", " -0700"}) {
      String value =
          String.format(
                  "%02d/%s/%04d",
                  date.getDayOfMonth(), MONTHS[date.getMonthValue() - 1], date.getYear())
              + ":13:14:15"
              + tail;
      byte[] b = value.getBytes(StandardCharsets.US_ASCII);
      long t = parser.parseUtf8(b, 0, b.length);
      assertTrue(t != ArrayParser.UNDECIDED, value);
      assertEquals(parser.parse(value), t, value);
    }
  }
}
