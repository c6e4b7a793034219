package dev.heatmap.time;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Hand-written parser for ISO-8601 / RFC 3339 date-times: {@code 2022-08-11 05:51:47}, {@code
 * 2022-08-11T05:51:47.123456789Z}, with an optional offset {@code Z}, {@code ±HH:MM}, {@code ±HHMM}
 * or {@code ±HH}. Seconds are optional; a date alone is not a timestamp.
 *
 * <p>This is the hot path for plain-text and JSON inputs: no regex, no allocation, no
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
    int start = 0;
    int end = s.length();
    // Trim ASCII white space and quotes around the value; hot path, no String churn.
    while (start < end && isBlankOrQuote(s.charAt(start))) {
      start++;
    }
    while (end > start && isBlankOrQuote(s.charAt(end - 1))) {
      end--;
    }
    if (end - start < 16) {
      return INVALID;
    }
    int p = start;
    int year = digits(s, p, 4);
    if (year <= 0 || s.charAt(p + 4) != '-') {
      return INVALID;
    }
    int month = digits(s, p + 5, 2);
    if (month < 0 || s.charAt(p + 7) != '-') {
      return INVALID;
    }
    int day = digits(s, p + 8, 2);
    char sep = s.charAt(p + 10);
    if (day < 0 || (sep != 'T' && sep != ' ' && sep != 't')) {
      return INVALID;
    }
    int hour = digits(s, p + 11, 2);
    if (hour < 0 || s.charAt(p + 13) != ':') {
      return INVALID;
    }
    int minute = digits(s, p + 14, 2);
    if (minute < 0) {
      return INVALID;
    }
    p += 16;
    int second = 0;
    if (p < end && s.charAt(p) == ':') {
      if (p + 3 > end) {
        return INVALID;
      }
      second = digits(s, p + 1, 2);
      if (second < 0) {
        return INVALID;
      }
      p += 3;
      if (p < end && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
        int q = p + 1;
        while (q < end && isDigit(s.charAt(q))) {
          q++;
        }
        if (q == p + 1 || q - p - 1 > 9) {
          return INVALID;
        }
        p = q;
      }
    }
    if (!Calendar.valid(year, month, day, hour, minute, second)) {
      return INVALID;
    }
    if (second == 60) {
      second = 59; // a leap second counts as the last second of its minute
    }
    if (p == end) {
      return local.toEpochSecond(year, month, day, hour, minute, second);
    }
    int offset = parseOffset(s, p, end);
    if (offset == Integer.MIN_VALUE) {
      return INVALID;
    }
    return Calendar.epochSecond(year, month, day, hour, minute, second) - offset;
  }

  /**
   * Parses {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or {@code ±HH} filling {@code [p, end)}
   * (optionally after one space), returning seconds east of UTC or {@code Integer.MIN_VALUE}.
   * Offsets past ±18:00 do not exist (java.time's ZoneOffset range).
   */
  static int parseOffset(CharSequence s, int p, int end) {
    if (p < end && s.charAt(p) == ' ') {
      p++;
    }
    int len = end - p;
    if (len == 1 && (s.charAt(p) == 'Z' || s.charAt(p) == 'z')) {
      return 0;
    }
    if (len < 3) {
      return Integer.MIN_VALUE;
    }
    char sign = s.charAt(p);
    if (sign != '+' && sign != '-' && sign != '\u2212') {
      return Integer.MIN_VALUE;
    }
    int hh = digits(s, p + 1, 2);
    int mm;
    if (len == 3) {
      mm = 0;
    } else if (len == 5) {
      mm = digits(s, p + 3, 2);
    } else if (len == 6 && s.charAt(p + 3) == ':') {
      mm = digits(s, p + 4, 2);
    } else {
      return Integer.MIN_VALUE;
    }
    if (hh < 0 || mm < 0 || hh > 18 || mm > 59 || (hh == 18 && mm > 0)) {
      return Integer.MIN_VALUE;
    }
    int seconds = hh * 3600 + mm * 60;
    return sign == '+' ? seconds : -seconds;
  }

  /** The value of {@code n} ASCII digits at {@code p}, or -1 when any is not a digit. */
  static int digits(CharSequence s, int p, int n) {
    int v = 0;
    for (int i = p; i < p + n; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isBlankOrQuote(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\'';
  }
}
