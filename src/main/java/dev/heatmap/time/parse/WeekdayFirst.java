package dev.heatmap.time.parse;

/**
 * What the weekday-first spellings ({@link CtimeParser}, {@link YearLastParser}) share: the head
 * {@code Www Mmm D HH:MM:SS} and the check that ends them (a valid date whose weekday is the one
 * written). Between the two, each reads its own zone and year.
 */
final class WeekdayFirst {
  private WeekdayFirst() {}

  /**
   * Reads {@code Www Mmm D HH:MM[:SS]} from {@code p} up to {@code end}: three-letter weekday and
   * month names, a day of one or two digits, a clock with a two-digit hour. Returns the head packed
   * into one long (see {@link #position}), or {@link Scan#NO}.
   */
  static long head(CharSequence s, int p, int end) {
    int n = Scan.countLetters(s, p, end);
    int weekday = Scan.weekday(s, p, n);
    if (weekday < 0 || n != 3) {
      return Scan.NO;
    }
    p = Scan.skipSpaces(s, p + n, end);
    n = Scan.countLetters(s, p, end);
    int month = Scan.month(s, p, n);
    if (month < 0 || n != 3) {
      return Scan.NO;
    }
    p = Scan.skipSpaces(s, p + n, end);
    int dn = Scan.countDigits(s, p, end, 3);
    if (dn == 0 || dn > 2) {
      return Scan.NO;
    }
    int day = Scan.value(s, p, dn);
    p = Scan.skipSpaces(s, p + dn, end);
    long clock = Scan.clock(s, p, end, 2);
    if (clock == Scan.NO) {
      return Scan.NO;
    }
    p = Scan.skipSpaces(s, Scan.positionOf(clock), end);
    // weekday (3 bits) | month (4) | day (5) | second (6) | minute (6) | hour (5) | position (32):
    // bit 63 stays clear, so no head equals Scan.NO
    return (long) weekday << 58
        | (long) month << 54
        | (long) day << 49
        | (long) Scan.secondOf(clock) << 43
        | (long) Scan.minuteOf(clock) << 37
        | (long) Scan.hourOf(clock) << 32
        | p;
  }

  /** Where the head's spaces end: the zone or the year comes next. */
  static int position(long head) {
    return (int) head;
  }

  /**
   * The instant of the head with its {@code year} and {@code zone}, or {@link
   * TimestampParser#INVALID} when the date is not valid or its weekday is not the one written.
   */
  static long resolve(LocalTimes local, long head, int year, int zone) {
    int weekday = (int) (head >>> 58) & 7;
    int month = (int) (head >>> 54) & 15;
    int day = (int) (head >>> 49) & 31;
    int second = (int) (head >>> 43) & 63;
    int minute = (int) (head >>> 37) & 63;
    int hour = (int) (head >>> 32) & 31;
    if (year < 0 || !Calendar.valid(year, month, day, hour, minute, second)) {
      return TimestampParser.INVALID;
    }
    if (Scan.isoWeekday(Calendar.epochDay(year, month, day)) != weekday) {
      return TimestampParser.INVALID;
    }
    return Calendar.resolve(local, year, month, day, hour, minute, second, zone);
  }
}
