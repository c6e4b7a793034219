package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * The Apache / NCSA access-log time: {@code 10/Oct/2000:13:55:36 -0700}, with or without the
 * brackets the log puts around it. The spelling {@code %t} writes, at fixed places, is also read
 * straight from the bytes ({@link #parseUtf8}): the access-log layout's hot path. Not thread-safe
 * (it keeps a view for char arrays); one per worker.
 */
public final class AccessLogParser implements ArrayParser {
  private final LocalTimes local;
  private final Chars view = new Chars();

  public AccessLogParser(ZoneId inputZone) {
    this.local = LocalTimes.of(inputZone);
  }

  @Override
  public String name() {
    return "access log dd/MMM/yyyy:HH:mm:ss Z";
  }

  @Override
  public long parse(char[] chars, int from, int to) {
    return parse(view.set(chars, from, to));
  }

  /**
   * The byte path for {@code dd/Mon/yyyy:HH:MM:SS}, then nothing or {@code " +hhmm"}, as {@code %t}
   * writes it inside the brackets: fixed places, every digit checked at once, the month from its
   * three letters as one int. Anything else is {@link #UNDECIDED}: the character path reads it and
   * says why it is bad.
   */
  @Override
  public long parseUtf8(byte[] b, int from, int to) {
    // Hot path: array reads at fixed places, no calls but the calendar's; no allocation.
    int n = to - from;
    if ((n != 20 && n != 26)
        || b[from + 2] != '/'
        || b[from + 6] != '/'
        || b[from + 11] != ':'
        || b[from + 14] != ':'
        || b[from + 17] != ':') {
      return UNDECIDED;
    }
    int d1 = b[from] - '0';
    int d2 = b[from + 1] - '0';
    int y1 = b[from + 7] - '0';
    int y2 = b[from + 8] - '0';
    int y3 = b[from + 9] - '0';
    int y4 = b[from + 10] - '0';
    int h1 = b[from + 12] - '0';
    int h2 = b[from + 13] - '0';
    int i1 = b[from + 15] - '0';
    int i2 = b[from + 16] - '0';
    int s1 = b[from + 18] - '0';
    int s2 = b[from + 19] - '0';
    // A digit is 0..9: neither it nor 9 minus it is negative.
    int digits = d1 | d2 | y1 | y2 | y3 | y4 | h1 | h2 | i1 | i2 | s1 | s2;
    int nines =
        (9 - d1) | (9 - d2) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - y4) | (9 - h1) | (9 - h2)
            | (9 - i1) | (9 - i2) | (9 - s1) | (9 - s2);
    if ((digits | nines) < 0 || s1 == 6) {
      return UNDECIDED; // not digits, or a :60 (the character path decides if it is a leap second)
    }
    int month = month(b[from + 3], b[from + 4], b[from + 5]);
    if (month < 0) {
      return UNDECIDED;
    }
    int offset = 0;
    if (n == 26) {
      byte sign = b[from + 21];
      int o1 = b[from + 22] - '0';
      int o2 = b[from + 23] - '0';
      int o3 = b[from + 24] - '0';
      int o4 = b[from + 25] - '0';
      if (b[from + 20] != ' '
          || (sign != '+' && sign != '-')
          || ((o1 | o2 | o3 | o4 | (9 - o1) | (9 - o2) | (9 - o3) | (9 - o4)) < 0)) {
        return UNDECIDED;
      }
      int hh = o1 * 10 + o2;
      int mm = o3 * 10 + o4;
      if (hh > 17 || mm > 59) {
        return UNDECIDED;
      }
      offset = (hh * 3600 + mm * 60) * (sign == '-' ? -1 : 1);
    }
    long wall =
        Calendar.wallSecond(
            ((y1 * 10 + y2) * 10 + y3) * 10 + y4,
            month,
            d1 * 10 + d2,
            h1 * 10 + h2,
            i1 * 10 + i2,
            s1 * 10 + s2);
    if (wall == INVALID) {
      return UNDECIDED;
    }
    long t = n == 26 ? wall - offset : local.toEpochSecond(wall);
    return t < Calendar.MIN_EPOCH_SECOND || t > Calendar.MAX_EPOCH_SECOND ? UNDECIDED : t;
  }

  /** The month 1-12 of its English abbreviation as {@code %b} writes it ({@code Mar}), or -1. */
  private static int month(byte a, byte b, byte c) {
    switch ((a << 16) | (b << 8) | c) {
      case ('J' << 16) | ('a' << 8) | 'n':
        return 1;
      case ('F' << 16) | ('e' << 8) | 'b':
        return 2;
      case ('M' << 16) | ('a' << 8) | 'r':
        return 3;
      case ('A' << 16) | ('p' << 8) | 'r':
        return 4;
      case ('M' << 16) | ('a' << 8) | 'y':
        return 5;
      case ('J' << 16) | ('u' << 8) | 'n':
        return 6;
      case ('J' << 16) | ('u' << 8) | 'l':
        return 7;
      case ('A' << 16) | ('u' << 8) | 'g':
        return 8;
      case ('S' << 16) | ('e' << 8) | 'p':
        return 9;
      case ('O' << 16) | ('c' << 8) | 't':
        return 10;
      case ('N' << 16) | ('o' << 8) | 'v':
        return 11;
      case ('D' << 16) | ('e' << 8) | 'c':
        return 12;
      default:
        return -1;
    }
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
