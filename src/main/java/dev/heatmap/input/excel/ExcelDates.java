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
