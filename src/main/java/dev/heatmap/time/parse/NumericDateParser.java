package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * Numeric dates with a time of day, as spreadsheets and locales write them: {@code 8/11/22 5:51},
 * {@code 11/16/2021 10:40:10 AM}, {@code 13.03.2024 17:05}, {@code 2024/1/5 9:05}. The separator is
 * {@code /}, {@code -} or {@code .} (the same twice); day and month have one or two digits; the
 * year has two (POSIX: 69–99 are 1969–1999, 00–68 are 2000–2068) or four; the hour has one or two
 * digits, on a 24-hour clock or a 12-hour one with {@code AM}/{@code PM}; seconds and a fraction
 * are optional, and so is a zone after the time. Which field is the day is fixed per parser by its
 * {@link Order}; {@code time.FormatDetector} chooses it from a sample.
 */
public final class NumericDateParser implements TimestampParser {
  /** The order of the date's fields. */
  public enum Order {
    MONTH_FIRST,
    DAY_FIRST,
    YEAR_FIRST
  }

  private final Order order;
  private final LocalTimes local;
  private final String name;

  public NumericDateParser(Order order, ZoneId inputZone, String name) {
    this.order = order;
    this.local = LocalTimes.of(inputZone);
    this.name = name;
  }

  public NumericDateParser(Order order, ZoneId inputZone) {
    this(order, inputZone, defaultName(order));
  }

  private static String defaultName(Order order) {
    switch (order) {
      case MONTH_FIRST:
        return "month/day/year time";
      case DAY_FIRST:
        return "day/month/year time";
      default:
        return "year/month/day time";
    }
  }

  /** The order of the day, month and year fields this parser reads. */
  public Order order() {
    return order;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long parse(CharSequence s) {
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    long fields = fields(s, p, end);
    if (fields == Scan.NO) {
      return INVALID;
    }
    int a = field(fields, 0);
    int b = field(fields, 1);
    int c = field(fields, 2);
    int cDigits = field(fields, 3);
    int year;
    int month;
    int day;
    if (order == Order.YEAR_FIRST) {
      if (field(fields, 4) != 4 || cDigits > 2) {
        return INVALID;
      }
      year = a;
      month = b;
      day = c;
    } else {
      if (field(fields, 4) > 2 || (cDigits != 2 && cDigits != 4)) {
        return INVALID;
      }
      year = cDigits == 2 ? Scan.pivotYear(c) : c;
      month = order == Order.MONTH_FIRST ? a : b;
      day = order == Order.MONTH_FIRST ? b : a;
    }
    char sep = s.charAt(p + field(fields, 4));
    p += field(fields, 5);
    // Between date and time: spaces, a T, or a comma and spaces ("11/16/2021, 10:40:10 AM").
    int q = p;
    if (q < end && (s.charAt(q) == 'T' || s.charAt(q) == ',')) {
      q++;
    }
    q = Scan.skipSpaces(s, q, end);
    if (q == p || (q == p + 1 && s.charAt(p) == ',')) {
      return INVALID;
    }
    long clock = Scan.clock(s, q, end, 1);
    if (clock == Scan.NO && sep == '.') {
      clock = Scan.dottedClock(s, q, end); // "5.3.2024, 14.22.01" (Finnish)
    }
    if (clock == Scan.NO) {
      return INVALID;
    }
    int hour = Scan.hourOf(clock);
    q = Scan.positionOf(clock);
    int r = Scan.skipSpaces(s, q, end);
    int meridiem = meridiem(s, r, end);
    if (meridiem != 0) {
      if (hour < 1 || hour > 12) {
        return INVALID;
      }
      hour = hour % 12 + (meridiem == 2 ? 12 : 0);
      q = r + meridiemLength(s, r, end);
    }
    int minute = Scan.minuteOf(clock);
    int second = Scan.secondOf(clock);
    if (!Calendar.valid(year, month, day, hour, minute, second)) {
      return INVALID;
    }
    return Calendar.resolve(
        local, year, month, day, hour, minute, second, Scan.zoneTail(s, q, end));
  }

  /**
   * The three numbers of a date at {@code p} ({@code a/b/c} with one separator used twice), packed
   * into one long with the digits of {@code a} and {@code c} and the date's length so that nothing
   * is allocated; {@link #field} unpacks them. Returns {@link Scan#NO} when the text does not start
   * with such a date.
   */
  public static long fields(CharSequence s, int p, int end) {
    int an = Scan.countDigits(s, p, end, 5);
    if (an == 0 || an > 4 || p + an >= end) {
      return Scan.NO;
    }
    char sep = s.charAt(p + an);
    if (sep != '/' && sep != '-' && sep != '.') {
      return Scan.NO;
    }
    int q = p + an + 1;
    int bn = Scan.countDigits(s, q, end, 3);
    if (bn == 0 || bn > 2 || q + bn >= end || s.charAt(q + bn) != sep) {
      return Scan.NO;
    }
    int r = q + bn + 1;
    int cn = Scan.countDigits(s, r, end, 5);
    if (cn == 0 || cn > 4) {
      return Scan.NO;
    }
    int a = Scan.value(s, p, an);
    int b = Scan.value(s, q, bn);
    int c = Scan.value(s, r, cn);
    int length = r + cn - p;
    // a < 2^14, b < 2^7, c < 2^14, digits < 2^3 each, length < 2^5 (it is at most 14).
    return (long) a
        | (long) b << 14
        | (long) c << 21
        | (long) cn << 35
        | (long) an << 38
        | (long) length << 41;
  }

  /** Field {@code i} of {@link #fields}: a, b, c, digits of c, digits of a, length. */
  public static int field(long fields, int i) {
    switch (i) {
      case 0:
        return (int) (fields & 0x3fff);
      case 1:
        return (int) (fields >>> 14 & 0x7f);
      case 2:
        return (int) (fields >>> 21 & 0x3fff);
      case 3:
        return (int) (fields >>> 35 & 0x7);
      case 4:
        return (int) (fields >>> 38 & 0x7);
      default:
        return (int) (fields >>> 41 & 0x1f);
    }
  }

  /** 1 for AM, 2 for PM (also {@code a.m.}/{@code p.m.}, any case) at {@code p}, else 0. */
  private static int meridiem(CharSequence s, int p, int end) {
    if (p >= end) {
      return 0;
    }
    char c = s.charAt(p);
    int kind = c == 'a' || c == 'A' ? 1 : c == 'p' || c == 'P' ? 2 : 0;
    return kind != 0 && meridiemLength(s, p, end) > 0 ? kind : 0;
  }

  private static int meridiemLength(CharSequence s, int p, int end) {
    if (p + 1 < end && (s.charAt(p + 1) == 'm' || s.charAt(p + 1) == 'M')) {
      return p + 2 == end || !Scan.isLetter(s.charAt(p + 2)) ? 2 : 0;
    }
    if (p + 3 < end
        && s.charAt(p + 1) == '.'
        && (s.charAt(p + 2) == 'm' || s.charAt(p + 2) == 'M')
        && s.charAt(p + 3) == '.') {
      return 4;
    }
    return 0;
  }

  /**
   * A short description of the shape of {@code s} read in {@code order}, such as {@code m/d/yy
   * H:mm} or {@code d.m.yyyy H:mm:ss}, for the message that says which format was detected, or the
   * strftime pattern for that shape ({@code %m/%d/%y %H:%M}); null when {@code s} has no such
   * shape.
   */
  public static String describe(CharSequence s, Order order, boolean strftime) {
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    long f = fields(s, p, end);
    if (f == Scan.NO) {
      return null;
    }
    char sep = s.charAt(p + field(f, 4));
    String m = strftime ? "%m" : "m";
    String d = strftime ? "%d" : "d";
    String first = order == Order.DAY_FIRST ? d : m;
    String second = order == Order.DAY_FIRST ? m : d;
    StringBuilder sb = new StringBuilder();
    if (order == Order.YEAR_FIRST) {
      sb.append(strftime ? "%Y" : "yyyy").append(sep).append(m).append(sep).append(d);
    } else {
      sb.append(first).append(sep).append(second).append(sep);
      boolean two = field(f, 3) == 2;
      sb.append(strftime ? (two ? "%y" : "%Y") : (two ? "yy" : "yyyy"));
    }
    int q = Scan.skipSpaces(s, p + field(f, 5), end);
    if (q < end && (s.charAt(q) == 'T' || s.charAt(q) == ',')) {
      q = Scan.skipSpaces(s, q + 1, end);
    }
    long clock = Scan.clock(s, q, end, 1);
    char clockSep = ':';
    if (clock == Scan.NO && sep == '.') {
      clock = Scan.dottedClock(s, q, end);
      clockSep = '.';
    }
    if (clock == Scan.NO) {
      return null;
    }
    int r = Scan.skipSpaces(s, Scan.positionOf(clock), end);
    boolean twelve = meridiem(s, r, end) != 0;
    if (strftime) {
      sb.append(twelve ? " %I" : " %H").append(clockSep).append("%M");
    } else {
      sb.append(twelve ? " h" : " H").append(clockSep).append("mm");
    }
    int colons = 0;
    for (int i = q; i < Scan.positionOf(clock); i++) {
      if (s.charAt(i) == clockSep) {
        colons++;
      }
    }
    if (colons > 1) {
      sb.append(clockSep).append(strftime ? "%S" : "ss");
    }
    if (twelve) {
      sb.append(strftime ? " %p" : " AM/PM");
    }
    return sb.toString();
  }
}
