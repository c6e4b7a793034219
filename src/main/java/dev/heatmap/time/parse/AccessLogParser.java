package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * The Apache / NCSA access-log time: {@code 10/Oct/2000:13:55:36 -0700}, with or without the
 * brackets the log puts around it.
 */
public final class AccessLogParser implements TimestampParser {
  private final LocalTimes local;

  public AccessLogParser(ZoneId inputZone) {
    this.local = LocalTimes.of(inputZone);
  }

  @Override
  public String name() {
    return "access log dd/MMM/yyyy:HH:mm:ss Z";
  }

  @Override
  public long parse(CharSequence s) {
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    if (p < end && s.charAt(p) == '[') {
      if (s.charAt(end - 1) != ']') {
        return INVALID;
      }
      p++;
      end--;
    }
    int dn = Scan.countDigits(s, p, end, 3);
    if (dn == 0 || dn > 2 || p + dn >= end || s.charAt(p + dn) != '/') {
      return INVALID;
    }
    int day = Scan.value(s, p, dn);
    p += dn + 1;
    int n = Scan.countLetters(s, p, end);
    int month = Scan.month(s, p, n);
    if (month < 0 || n != 3 || p + n >= end || s.charAt(p + n) != '/') {
      return INVALID;
    }
    p += n + 1;
    int year = Scan.fixed(s, p, end, 4);
    if (year < 0 || p + 4 >= end || s.charAt(p + 4) != ':') {
      return INVALID;
    }
    long clock = Scan.clock(s, p + 5, end, 2);
    if (clock == Scan.NO) {
      return INVALID;
    }
    int hour = Scan.hourOf(clock);
    int minute = Scan.minuteOf(clock);
    int second = Scan.secondOf(clock);
    if (!Calendar.valid(year, month, day, hour, minute, second)) {
      return INVALID;
    }
    return Calendar.resolve(
        local,
        year,
        month,
        day,
        hour,
        minute,
        second,
        Scan.zoneTail(s, Scan.positionOf(clock), end));
  }
}
