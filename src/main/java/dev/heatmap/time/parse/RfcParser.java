package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * Internet date-times: RFC 1123 / RFC 2822 ({@code Tue, 3 Jun 2008 11:05:30 GMT}, an email {@code
 * Date:} such as {@code Mon, 4 Dec 2023 09:05:00 +0100 (CET)}) and RFC 850 ({@code Sunday,
 * 06-Nov-94 08:49:37 GMT}). The weekday is optional but, when given, must be the date's. Two-digit
 * years follow RFC 2822 (00–49 are 2000–2049), and the zone may be numeric, {@code GMT}/{@code
 * UT}/{@code UTC}, a North American name, or a military letter (read as UTC, as RFC 2822 asks).
 */
public final class RfcParser implements TimestampParser {
  private final LocalTimes local;

  public RfcParser(ZoneId inputZone) {
    this.local = LocalTimes.of(inputZone);
  }

  @Override
  public String name() {
    return "RFC 2822";
  }

  @Override
  public long parse(CharSequence s) {
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    int weekday = 0;
    int n = Scan.countLetters(s, p, end);
    if (n > 0) {
      weekday = Scan.weekday(s, p, n);
      if (weekday < 0) {
        return INVALID;
      }
      p += n;
      if (p < end && s.charAt(p) == ',') {
        p++;
      }
      p = Scan.skipSpaces(s, p, end);
    }
    int dn = Scan.countDigits(s, p, end, 3);
    if (dn == 0 || dn > 2) {
      return INVALID;
    }
    int day = Scan.value(s, p, dn);
    p += dn;
    char sep = p < end ? s.charAt(p) : 0;
    if (sep != ' ' && sep != '-') {
      return INVALID;
    }
    p = sep == ' ' ? Scan.skipSpaces(s, p, end) : p + 1;
    n = Scan.countLetters(s, p, end);
    int month = Scan.month(s, p, n);
    if (month < 0) {
      return INVALID;
    }
    p += n;
    if (p >= end || s.charAt(p) != sep) {
      return INVALID;
    }
    p = sep == ' ' ? Scan.skipSpaces(s, p, end) : p + 1;
    int yn = Scan.countDigits(s, p, end, 5);
    if (yn < 2 || yn > 4) {
      return INVALID;
    }
    int year = Scan.value(s, p, yn);
    if (yn == 2) {
      year += year < 50 ? 2000 : 1900;
    } else if (yn == 3) {
      year += 1900;
    }
    p += yn;
    int q = Scan.skipSpaces(s, p, end);
    if (q == p) {
      return INVALID;
    }
    long clock = Scan.clock(s, q, end, 1);
    if (clock == Scan.NO) {
      return INVALID;
    }
    int hour = Scan.hourOf(clock);
    int minute = Scan.minuteOf(clock);
    int second = Scan.secondOf(clock);
    if (!Calendar.valid(year, month, day, hour, minute, second)) {
      return INVALID;
    }
    if (weekday != 0 && Scan.isoWeekday(Calendar.epochDay(year, month, day)) != weekday) {
      return INVALID;
    }
    int zone = zone(s, Scan.positionOf(clock), end);
    return Calendar.resolve(local, year, month, day, hour, minute, second, zone);
  }

  private static int zone(CharSequence s, int p, int end) {
    int q = Scan.skipSpaces(s, p, end);
    int n = Scan.countLetters(s, q, end);
    if (n == 1 && q > p) {
      // A military zone letter: RFC 2822 says to read it as -0000 (unknown, so UTC).
      int r = Scan.skipSpaces(s, q + 1, end);
      if (r == end || s.charAt(r) == '(') {
        return Scan.zoneTail(s, r, end) == Scan.UNKNOWN_ZONE ? Scan.UNKNOWN_ZONE : 0;
      }
    }
    return Scan.zoneTail(s, p, end);
  }
}
