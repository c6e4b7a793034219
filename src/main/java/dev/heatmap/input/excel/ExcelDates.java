package dev.heatmap.input.excel;

/**
 * Excel's date serials: days since 1899-12-31 (the 1900 date system, with Lotus's fictitious
 * 1900-02-29 kept for compatibility) or since 1904-01-01 (the 1904 date system of old Mac
 * workbooks), with the time of day as the fraction. Read from the raw cell value, never from the
 * displayed text, which a format may cut to minutes or drop the year from.
 */
final class ExcelDates {
  /** Returned for a serial that is no date-time. */
  static final long INVALID = Long.MIN_VALUE;

  /** The 1900-system serial of 1970-01-01. */
  private static final double EPOCH_1900 = 25569;

  /** Days from the 1900 system's day 0 to the 1904 system's day 0. */
  private static final double OFFSET_1904 = 1462;

  /** The 1900-system serial of 10000-01-01, the first day Excel cannot show. */
  private static final double END = 2958466;

  /** 9999-12-31T23:59:59 as an epoch second. */
  private static final long LAST_SECOND = 253_402_300_799L;

  private ExcelDates() {}

  /**
   * A clock written as text, {@code H:MM}, {@code HH:MM:SS} with an optional fraction and an
   * optional {@code AM}/{@code PM}, as a fraction of a day; -1 when the text is no such clock.
   */
  static double clockFraction(String text) {
    String v = text.strip();
    int n = v.length();
    boolean pm = false;
    boolean half = false;
    if (n > 2) {
      String tail = v.substring(n - 2);
      if (tail.equalsIgnoreCase("AM") || tail.equalsIgnoreCase("PM")) {
        half = true;
        pm = tail.equalsIgnoreCase("PM");
        v = v.substring(0, n - 2).strip();
        n = v.length();
      }
    }
    int[] fields = new int[3];
    int count = 0;
    int digits = 0;
    int i = 0;
    for (; i < n && count < 3; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        fields[count] = fields[count] * 10 + (c - '0');
        if (++digits > 2) {
          return -1;
        }
      } else if (c == ':' && digits > 0 && count < 2) {
        count++;
        digits = 0;
      } else if (c == '.' && count == 2 && digits == 2) {
        break; // a fraction of a second: the rest must be digits
      } else {
        return -1;
      }
    }
    if (digits == 0 || count == 0) {
      return -1;
    }
    for (int j = i + 1; j < n; j++) {
      if (v.charAt(j) < '0' || v.charAt(j) > '9') {
        return -1;
      }
    }
    if (i < n && i + 1 == n) {
      return -1; // a dot with no digits after it
    }
    int h = fields[0];
    if (count >= 1 && fields[1] > 59 || count == 2 && fields[2] > 59) {
      return -1;
    }
    if (half) {
      if (h < 1 || h > 12) {
        return -1;
      }
      h = h % 12 + (pm ? 12 : 0);
    } else if (h > 23) {
      return -1;
    }
    return (h * 3600 + fields[1] * 60 + (count == 2 ? fields[2] : 0)) / 86_400.0;
  }

  /**
   * The wall-clock time a date serial shows, as the epoch second its fields would have read as UTC,
   * rounded to the nearest second; {@link #INVALID} for a serial under 1 (a time of day with no
   * date) or past year 9999.
   */
  static long wallEpochSecond(double serial, boolean date1904) {
    if (!(serial >= 1)) {
      return INVALID;
    }
    double days = date1904 ? serial + OFFSET_1904 : serial;
    if (days >= END) {
      return INVALID;
    }
    // Before the fictitious 1900-02-29 (serial 60) every serial is one day ahead of the calendar.
    double epoch = days < 61 ? EPOCH_1900 - 1 : EPOCH_1900;
    long second = Math.round((days - epoch) * 86400.0);
    // A serial a hair under END rounds up to 10000-01-01T00:00:00, past what Excel shows.
    return second > LAST_SECOND ? INVALID : second;
  }
}
