package dev.heatmap.time;

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
 * DateTimeFormatter per value.
 */
public final class IsoParser implements TimestampParser {
  private final LocalTimes local;

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

  /**
   * Parses {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or {@code ±HH} filling {@code [p, end)}
   * (optionally after one space), returning seconds east of UTC or {@code Integer.MIN_VALUE}.
   */
  static int parseOffset(CharSequence s, int p, int end) {
    int offset = Scan.zoneTail(s, p, end);
    return offset == Scan.LOCAL || offset == Scan.UNKNOWN_ZONE ? Integer.MIN_VALUE : offset;
  }
}
