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
    long head = WeekdayFirst.head(s, p, end);
    if (head == Scan.NO) {
      return INVALID;
    }
    p = WeekdayFirst.position(head);
    int zone = Scan.LOCAL;
    int n = Scan.countLetters(s, p, end);
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
    return WeekdayFirst.resolve(local, head, year, zone);
  }
}
