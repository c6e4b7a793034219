package dev.heatmap.time.parse;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Hand-written parser for ISO-8601 / RFC 3339 date-times in their common spellings: extended {@code
 * 2022-08-11 05:51:47} or {@code 2022-08-11T05:51:47.123456789Z}, and basic {@code
 * 20240101T101500Z}. Seconds and fractions (up to nanoseconds, after {@code .} or {@code ,}) are
 * optional; the offset may be {@code Z}, {@code ±HH:MM}, {@code ±HHMM}, {@code ±HH}, {@code UTC} or
 * {@code GMT}, optionally after a space and optionally followed by a bracketed zone id as java.time
 * writes it ({@code +01:00[Europe/Paris]}). A date alone is not a timestamp.
 *
 * <p>This is the hot path for plain-text, JSON and most CSV inputs: no regex, no allocation, no
 * DateTimeFormatter per value. A value that comes as a char array ({@link
 * dev.heatmap.core.ArrayText}, as the extractors pass them) in the common spelling is read from the
 * array directly. Not thread-safe (it keeps a view for the general path); one per worker.
 */
public final class IsoParser implements ArrayParser {
  private final LocalTimes local;
  private final Chars view = new Chars();

  /** A parser that reads values without an offset in {@code inputZone}. */
  public IsoParser(ZoneId inputZone) {
    this.local = LocalTimes.of(inputZone);
  }

  /** A parser that reads values without an offset as UTC. */
  public IsoParser() {
    this(ZoneOffset.UTC);
  }

  @Override
  public String name() {
    return "ISO-8601";
  }

  @Override
  public long parse(CharSequence s) {
    if (s instanceof dev.heatmap.core.ArrayText a) {
      return parse(a.array(), a.offset(), a.offset() + a.length());
    }
    return general(s);
  }

  @Override
  public long parse(char[] chars, int from, int to) {
    long fast = common(chars, from, to);
    return fast != NOT_COMMON ? fast : general(view.set(chars, from, to));
  }

  /**
   * The byte path, for the spelling nearly every log and export writes: {@code YYYY-MM-DD[T
   * ]HH:MM:SS}, an optional fraction, then nothing, {@code Z}, {@code +hh:mm} or {@code +hhmm}.
   * Anything else, and an invalid date, is {@link #UNDECIDED}: the character path reads it and says
   * why it is bad.
   */
  @Override
  public long parseUtf8(byte[] b, int from, int to) {
    // Hot path: fixed places, every digit checked at once, the calendar from tables; the bytes it
    // accepts are all ASCII, so they read the same as the decoded characters.
    int n = to - from;
    if (n < 19) {
      return UNDECIDED;
    }
    int y1 = b[from] - '0';
    int y2 = b[from + 1] - '0';
    int y3 = b[from + 2] - '0';
    int y4 = b[from + 3] - '0';
    int m1 = b[from + 5] - '0';
    int m2 = b[from + 6] - '0';
    int d1 = b[from + 8] - '0';
    int d2 = b[from + 9] - '0';
    int h1 = b[from + 11] - '0';
    int h2 = b[from + 12] - '0';
    int i1 = b[from + 14] - '0';
    int i2 = b[from + 15] - '0';
    int s1 = b[from + 17] - '0';
    int s2 = b[from + 18] - '0';
    // A digit is 0..9: neither it nor 9 minus it is negative.
    int digits = y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2 | h1 | h2 | i1 | i2 | s1 | s2;
    int nines =
        (9 - y1) | (9 - y2) | (9 - y3) | (9 - y4) | (9 - m1) | (9 - m2) | (9 - d1) | (9 - d2)
            | (9 - h1) | (9 - h2) | (9 - i1) | (9 - i2) | (9 - s1) | (9 - s2);
    byte sep = b[from + 10];
    if ((digits | nines) < 0
        || b[from + 4] != '-'
        || b[from + 7] != '-'
        || b[from + 13] != ':'
        || b[from + 16] != ':'
        || (sep != ' ' && sep != 'T' && sep != 't')) {
      return UNDECIDED;
    }
    int p = from + 19;
    if (p < to && (b[p] == '.' || b[p] == ',')) {
      int q = p + 1;
      while (q < to && q - p <= 9 && b[q] >= '0' && b[q] <= '9') {
        q++;
      }
      if (q == p + 1) {
        return UNDECIDED;
      }
      p = q;
    }
    boolean utc;
    int offset = 0;
    if (p == to) {
      utc = false;
    } else if (p + 1 == to && (b[p] == 'Z' || b[p] == 'z')) {
      utc = true;
    } else if ((to - p == 6 || to - p == 5) && (b[p] == '+' || b[p] == '-')) {
      // +hh:mm or +hhmm, as RFC 3339, rsyslog and RFC 5424 write it
      int o1 = b[p + 1] - '0';
      int o2 = b[p + 2] - '0';
      int m = to - p == 6 ? p + 4 : p + 3;
      if (to - p == 6 && b[p + 3] != ':') {
        return UNDECIDED;
      }
      int o3 = b[m] - '0';
      int o4 = b[m + 1] - '0';
      if ((o1 | o2 | o3 | o4 | (9 - o1) | (9 - o2) | (9 - o3) | (9 - o4)) < 0) {
        return UNDECIDED;
      }
      int hh = o1 * 10 + o2;
      int mm = o3 * 10 + o4;
      if (hh > 17 || mm > 59) {
        return UNDECIDED;
      }
      offset = (hh * 3600 + mm * 60) * (b[p] == '-' ? -1 : 1);
      utc = true;
    } else {
      return UNDECIDED;
    }
    long wall =
        Calendar.wallSecond(
            ((y1 * 10 + y2) * 10 + y3) * 10 + y4,
            m1 * 10 + m2,
            d1 * 10 + d2,
            h1 * 10 + h2,
            i1 * 10 + i2,
            s1 * 10 + s2);
    if (wall == INVALID) {
      return UNDECIDED;
    }
    long t = utc ? wall - offset : local.toEpochSecond(wall);
    if (s1 == 6 && !Calendar.leapSecond(t)) {
      return UNDECIDED; // a :60 that is not 23:59:60 UTC
    }
    // A zone can carry 0001-01-01 or 9999-12-31 past the calendar's ends.
    return t < Calendar.MIN_EPOCH_SECOND || t > Calendar.MAX_EPOCH_SECOND ? UNDECIDED : t;
  }

  /** Every spelling this parser reads, through the shared scanning steps. */
  private long general(CharSequence s) {
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    if (end - p < 13) {
      return INVALID;
    }
    int year = Scan.fixed(s, p, end, 4);
    if (year < 0) {
      return INVALID;
    }
    int month;
    int day;
    long clock;
    char c = s.charAt(p + 4);
    if (c == '-') {
      // Extended: 2024-01-01T10:15[:00[.f]]
      month = Scan.fixed(s, p + 5, end, 2);
      day = Scan.fixed(s, p + 8, end, 2);
      if (month < 0 || day < 0 || s.charAt(p + 7) != '-' || p + 10 >= end) {
        return INVALID;
      }
      char sep = s.charAt(p + 10);
      if (sep != 'T' && sep != 't' && sep != ' ') {
        return INVALID;
      }
      clock = Scan.clock(s, p + 11, end, 2);
    } else if (Scan.isDigit(c)) {
      // Basic: 20240101T1015[00[.f]]
      month = Scan.fixed(s, p + 4, end, 2);
      day = Scan.fixed(s, p + 6, end, 2);
      if (month < 0 || day < 0 || (s.charAt(p + 8) != 'T' && s.charAt(p + 8) != 't')) {
        return INVALID;
      }
      clock = basicClock(s, p + 9, end);
    } else {
      return INVALID;
    }
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

  /** Returned by {@link #common} for a value it leaves to the general path. */
  private static final long NOT_COMMON = Long.MIN_VALUE + 1;

  /**
   * The fast path for the spelling nearly every log and export writes, {@code YYYY-MM-DD[T
   * ]HH:MM:SS}, then an optional fraction and nothing, {@code Z} or what {@link Scan#zoneTail}
   * reads: fixed positions, no trimming, no loops but the fraction's. It gives the general path's
   * answer or {@link #NOT_COMMON} for any other spelling (leading or trailing blanks or quotes, no
   * seconds, the basic format), which the general path then reads.
   */
  private long common(char[] c, int from, int to) {
    // Hot path: array reads at fixed places, no calls but the calendar's; no allocation.
    int n = to - from;
    if (n < 19) {
      return NOT_COMMON;
    }
    int year = digits4(c, from);
    int month = digits2(c, from + 5);
    int day = digits2(c, from + 8);
    int hour = digits2(c, from + 11);
    int minute = digits2(c, from + 14);
    int second = digits2(c, from + 17);
    char sep = c[from + 10];
    if ((year | month | day | hour | minute | second) < 0
        || c[from + 4] != '-'
        || c[from + 7] != '-'
        || (sep != 'T' && sep != ' ' && sep != 't')
        || c[from + 13] != ':'
        || c[from + 16] != ':'
        || Scan.isTrimmed(c[to - 1])) {
      return NOT_COMMON;
    }
    int p = from + 19;
    if (p < to && (c[p] == '.' || c[p] == ',')) {
      int q = p + 1;
      while (q < to && q - p <= 10 && c[q] >= '0' && c[q] <= '9') {
        q++;
      }
      int f = q - p - 1;
      if (f == 0 || f > 9) {
        return NOT_COMMON;
      }
      p = q;
    }
    int zone;
    if (p == to) {
      zone = Scan.LOCAL;
    } else if (p + 1 == to && (c[p] == 'Z' || c[p] == 'z')) {
      zone = 0;
    } else if (c[p] >= '0' && c[p] <= '9') {
      return NOT_COMMON;
    } else {
      zone = Scan.zoneTail(view.set(c, from, to), p - from, n);
    }
    if (!Calendar.valid(year, month, day, hour, minute, second)) {
      return INVALID;
    }
    return Calendar.resolve(local, year, month, day, hour, minute, second, zone);
  }

  /** Four ASCII digits at {@code p} as a number, or a negative number when one is not a digit. */
  private static int digits4(char[] c, int p) {
    int a = c[p] - '0';
    int b = c[p + 1] - '0';
    int d = c[p + 2] - '0';
    int e = c[p + 3] - '0';
    if ((a | b | d | e) < 0 || a > 9 || b > 9 || d > 9 || e > 9) {
      return -1;
    }
    return a * 1000 + b * 100 + d * 10 + e;
  }

  /** Two ASCII digits at {@code p} as a number, or a negative number when one is not a digit. */
  private static int digits2(char[] c, int p) {
    int a = c[p] - '0';
    int b = c[p + 1] - '0';
    if ((a | b) < 0 || a > 9 || b > 9) {
      return -1;
    }
    return a * 10 + b;
  }

  /** {@code HHMM}, {@code HHMMSS}, {@code HHMMSS.f}: the basic-format time of day. */
  private static long basicClock(CharSequence s, int p, int end) {
    int hour = Scan.fixed(s, p, end, 2);
    int minute = Scan.fixed(s, p + 2, end, 2);
    if (hour < 0 || minute < 0) {
      return Scan.NO;
    }
    p += 4;
    int second = 0;
    int sn = Scan.countDigits(s, p, end, 3);
    if (sn == 2) {
      second = Scan.value(s, p, 2);
      p += 2;
      if (p < end && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
        int f = Scan.countDigits(s, p + 1, end, 10);
        if (f == 0 || f > 9) {
          return Scan.NO;
        }
        p += 1 + f;
      }
    } else if (sn != 0) {
      return Scan.NO;
    }
    return Scan.packClock(hour, minute, second, p);
  }
}
