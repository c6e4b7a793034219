package dev.heatmap.fuzz;

import static dev.heatmap.fuzz.CheckedExtraction.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.parse.IsoParser;
import dev.heatmap.time.parse.TimestampParser;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for the timestamp parsers. An input is a zone on its first line (an IANA name or an
 * offset; anything else means UTC) and the text to parse after it. A parser never throws; it
 * returns {@link TimestampParser#INVALID} or an instant whose wall time lies in years 1 to 9999;
 * and wherever java.time can read the same text as ISO-8601, the parser that reads it gives the
 * same instant (wall times in a DST gap or overlap resolved java.time's way, as documented).
 */
class TimestampFuzzTest {
  /** 0001-01-01T00:00 and 9999-12-31T23:59:59 as UTC, widened by the largest offset (18 h). */
  static final long MIN = LocalDateTime.of(1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) - 18 * 3600;

  static final long MAX =
      LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC) + 18 * 3600;

  /** The first and the last second of years 1 to 9999, UTC. */
  static final long YEAR_1 = MIN + 18 * 3600;

  static final long YEAR_9999 = MAX - 18 * 3600;

  @FuzzTest(maxDuration = "2m")
  void isoParser(byte[] data) {
    Case c = Case.of(data);
    TimestampParser parser = new IsoParser(c.zone);
    for (String value : c.values) {
      checkParse(parser, value, c.zone);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void formatDetector(byte[] data) {
    Case c = Case.of(data);
    FormatDetector.Detected d = FormatDetector.detect(c.values, c.zone);
    check(d != null && d.parser() != null, "a detection always names a parser");
    check(
        d.sampled() <= c.values.size() && d.parsed() <= d.sampled(),
        "parsed " + d.parsed() + " of " + d.sampled() + " sampled of " + c.values.size());
    int parsed = 0;
    for (String value : c.values) {
      if (checkParse(d.parser(), value, c.zone) != TimestampParser.INVALID) {
        parsed++;
      }
    }
    check(parsed == d.parsed(), "the detector says " + d.parsed() + " parse, " + parsed + " do");
  }

  /** Parses {@code value}, checking the contract; returns what the parser returned. */
  private static long checkParse(TimestampParser parser, String value, ZoneId zone) {
    long t = parser.parse(value);
    check(
        t == TimestampParser.INVALID || (t >= MIN && t <= MAX),
        parser.name() + " gave " + t + " for \"" + value + "\", outside years 1 to 9999");
    check(parser.parse(value) == t, "the same text gives the same instant twice");
    long expected = javaTime(value, zone);
    // Every parser that reads ISO text agrees with java.time; the ISO parser reads all of it whose
    // instant lies in years 1 to 9999 (a wall time at the very edge may fall outside in UTC).
    boolean mustRead = parser instanceof IsoParser && expected >= YEAR_1 && expected <= YEAR_9999;
    if (expected != TimestampParser.INVALID && (t != TimestampParser.INVALID || mustRead)) {
      check(
          t == expected,
          parser.name() + " read \"" + value + "\" as " + t + ", java.time as " + expected);
    }
    return t;
  }

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /**
   * The instant java.time reads from {@code value} as ISO-8601 (a space for the T allowed, ASCII
   * blanks and quotes around it ignored), or INVALID when it cannot, or when the text is outside
   * heatmap's documented ISO subset (years 1 to 9999; offsets as ±HH:MM, not ±HH:MM:SS; a decimal
   * point followed by a digit, as ISO 8601 wants, where java.time also takes "10:00:00.").
   */
  static long javaTime(String value, ZoneId zone) {
    String s = trim(value);
    if (s.isEmpty() || s.charAt(0) < '0' || s.charAt(0) > '9') {
      return TimestampParser.INVALID; // java.time also reads a signed year, +02024 or +5024
    }
    int dot = s.indexOf('.');
    if (dot >= 0 && (dot + 1 == s.length() || s.charAt(dot + 1) < '0' || s.charAt(dot + 1) > '9')) {
      return TimestampParser.INVALID;
    }
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(s, OFFSET);
      if (offsetHasSeconds(s) || !inRange(odt.getYear())) {
        return TimestampParser.INVALID;
      }
      return odt.toEpochSecond();
    } catch (DateTimeException e) {
      // not with an offset; perhaps without
    }
    try {
      LocalDateTime ldt = LocalDateTime.parse(s, LOCAL);
      return inRange(ldt.getYear()) ? ldt.atZone(zone).toEpochSecond() : TimestampParser.INVALID;
    } catch (DateTimeException e) {
      return TimestampParser.INVALID;
    }
  }

  /** Whether the offset at the end of ISO text is written ±HH:MM:SS (not RFC 3339 nor ISO 8601). */
  private static boolean offsetHasSeconds(String s) {
    int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
    return sign > 10 && s.indexOf(':', s.indexOf(':', sign) + 1) > 0;
  }

  private static boolean inRange(int year) {
    return year >= 1 && year <= 9999;
  }

  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && " \t\r\n\"'".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && " \t\r\n\"'".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  /** A fuzz input: the zone on the first line, one value per further line. */
  record Case(ZoneId zone, List<String> values) {
    static Case of(byte[] data) {
      String text = new String(data, StandardCharsets.UTF_8);
      int nl = text.indexOf('\n');
      String first = nl < 0 ? "" : text.substring(0, nl);
      List<String> values = new ArrayList<>();
      int start = nl + 1;
      while (start <= text.length() && values.size() < 200) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        values.add(text.substring(start, end));
        start = end + 1;
      }
      return new Case(zone(first), values);
    }

    private static ZoneId zone(String name) {
      try {
        return ZoneId.of(name.strip());
      } catch (DateTimeException e) {
        return ZoneOffset.UTC;
      }
    }
  }
}
