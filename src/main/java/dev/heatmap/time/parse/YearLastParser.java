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
    long head = WeekdayFirst.head(s, p, end);
    if (head == Scan.NO) {
      return INVALID;
    }
    p = WeekdayFirst.position(head);
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
      int n = Scan.countLetters(s, p, end);
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
    return WeekdayFirst.resolve(local, head, year, zone);
  }
}
