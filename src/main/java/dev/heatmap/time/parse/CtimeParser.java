package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * C's {@code ctime}/{@code asctime} and Unix {@code date} output: {@code Sun Dec 4 04:47:44 2005},
 * {@code Thu Jan 04 10:15:00 UTC 2024}, and git's default {@code Tue Mar 5 14:22:01 2024 +0100}.
 * The weekday must be the date's; a zone name between the time and the year must be one {@link
 * Scan#zoneName} knows.
 */
public final class CtimeParser implements TimestampParser {
  private final LocalTimes local;

  public CtimeParser(ZoneId inputZone) {
    this.local = LocalTimes.of(inputZone);
  }

  @Override
  public String name() {
    return "ctime";
  }

  @Override
  public long parse(CharSequence s) {
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
    int zone = Scan.LOCAL;
    n = Scan.countLetters(s, p, end);
    if (n > 0) {
      zone = Scan.zoneName(s, p, n);
      if (zone == Scan.UNKNOWN_ZONE) {
        return INVALID;
      }
      p = Scan.skipSpaces(s, p + n, end);
    }
    if (end - p < 4) {
      return INVALID;
    }
    int year = Scan.fixed(s, p, end, 4);
    if (end - p > 4) {
      // git log's default date: "Tue Mar 5 14:22:01 2024 +0100"
      if (zone != Scan.LOCAL || year < 0 || !Scan.isSpace(s.charAt(p + 4))) {
        return INVALID;
      }
      zone = Scan.zoneTail(s, p + 4, end);
      if (zone == Scan.UNKNOWN_ZONE || zone == Scan.LOCAL) {
        return INVALID;
      }
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
