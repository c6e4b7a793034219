package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * Weekday-first timestamps with the year last or next to last and a zone that {@link CtimeParser}
 * does not read: Twitter's {@code Wed Oct 10 20:19:24 +0000 2018}, git's default {@code Mon Jan 2
 * 12:19:45 2023 +0100}, and {@code date(1)} output with a zone abbreviation from {@link
 * ZoneAbbreviations} ({@code Thu Jan 4 10:15:00 CET 2024}). The weekday must be the date's.
 */
public final class YearLastParser implements TimestampParser {
  private final LocalTimes local;
  private final ZoneId inputZone;

  public YearLastParser(ZoneId inputZone) {
    this.local = LocalTimes.of(inputZone);
    this.inputZone = inputZone;
  }

  @Override
  public String name() {
    return "weekday month day time zone year";
  }

  @Override
  public long parse(CharSequence s) {
    // Hot path: a scan of the characters, no allocation.
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    int n = Scan.countLetters(s, p, end);
    int weekday = Scan.weekday(s, p, n);
    if (weekday < 0 || n != 3) {
      return INVALID;
    }
    p = Scan.skipSpaces(s, p + n, end);
    n = Scan.countLetters(s, p, end);
    int month = Scan.month(s, p, n);
    if (month < 0 || n != 3) {
      return INVALID;
    }
    p = Scan.skipSpaces(s, p + n, end);
    int dn = Scan.countDigits(s, p, end, 3);
    if (dn == 0 || dn > 2) {
      return INVALID;
    }
    int day = Scan.value(s, p, dn);
    p = Scan.skipSpaces(s, p + dn, end);
    long clock = Scan.clock(s, p, end, 2);
    if (clock == Scan.NO) {
      return INVALID;
    }
    p = Scan.skipSpaces(s, Scan.positionOf(clock), end);
    int zone = Scan.UNKNOWN_ZONE;
    int year;
    if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
      // Twitter: an offset, then the year
      long off = Scan.numericOffset(s, p, end);
      if (off == Scan.NO) {
        return INVALID;
      }
      zone = Scan.offsetOf(off);
      p = Scan.skipSpaces(s, Scan.positionOf(off), end);
      if (end - p != 4) {
        return INVALID;
      }
      year = Scan.fixed(s, p, end, 4);
    } else if (Scan.countDigits(s, p, end, 5) == 4) {
      // git: the year, then an offset
      year = Scan.fixed(s, p, p + 4, 4);
      p = Scan.skipSpaces(s, p + 4, end);
      long off = Scan.numericOffset(s, p, end);
      if (off == Scan.NO || Scan.positionOf(off) != end) {
        return INVALID;
      }
      zone = Scan.offsetOf(off);
    } else {
      // date(1): an abbreviation from the table, then the year
      n = Scan.countLetters(s, p, end);
      if (n < 3) {
        return INVALID;
      }
      int seconds = ZoneAbbreviations.offset(s, p, n, inputZone);
      if (seconds == ZoneAbbreviations.UNKNOWN) {
        return INVALID;
      }
      zone = seconds;
      p = Scan.skipSpaces(s, p + n, end);
      if (end - p != 4) {
        return INVALID;
      }
      year = Scan.fixed(s, p, end, 4);
    }
    int hour = Scan.hourOf(clock);
    int minute = Scan.minuteOf(clock);
    int second = Scan.secondOf(clock);
    if (year < 0 || !Calendar.valid(year, month, day, hour, minute, second)) {
      return INVALID;
    }
    if (Scan.isoWeekday(Calendar.epochDay(year, month, day)) != weekday) {
      return INVALID;
    }
    return Calendar.resolve(local, year, month, day, hour, minute, second, zone);
  }
}
