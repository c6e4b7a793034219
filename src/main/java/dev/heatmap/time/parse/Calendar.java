package dev.heatmap.time.parse;

/**
 * Proleptic Gregorian calendar arithmetic without objects, for the parsers' hot paths. Matches
 * {@link java.time.LocalDate#toEpochDay()} for years 1 to 9999.
 */
public final class Calendar {
  private Calendar() {}

  /**
   * Whether the fields name a real date-time. A leap second (:60) is allowed only in a minute :59:
   * leap seconds are inserted at 23:59:60 UTC, which reads :59:60 in every whole-hour offset;
   * {@link #resolve} then checks that it is 23:59:60 in UTC.
   */
  static boolean valid(int year, int month, int day, int hour, int minute, int second) {
    return year >= 1
        && year <= 9999
        && month >= 1
        && month <= 12
        && day >= 1
        && day <= daysInMonth(year, month)
        && hour >= 0
        && hour <= 23
        && minute >= 0
        && minute <= 59
        && second >= 0
        && (second <= 59 || (second == 60 && minute == 59));
  }

  static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days from 1970-01-01 to the given valid date. */
  static long epochDay(int year, int month, int day) {
    // Howard Hinnant's days_from_civil, in int arithmetic: a valid year is 1 to 9999, so every
    // quantity is non-negative and small (int division is one instruction even in quickly
    // compiled code, where long division is a runtime call).
    int y = month <= 2 ? year - 1 : year;
    int era = y / 400;
    int yoe = y - era * 400;
    int mp = month <= 2 ? month + 9 : month - 3;
    int doy = (153 * mp + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097L + doe - 719468;
  }

  /**
   * The years whose first days {@link #YEAR_START} holds: the years nearly every value falls in.
   */
  private static final int TABLE_FROM = 1900;

  private static final int TABLE_TO = 2200;

  /** Days from 1970-01-01 to January 1st of each year from {@link #TABLE_FROM} to TABLE_TO. */
  private static final int[] YEAR_START = new int[TABLE_TO - TABLE_FROM + 1];

  /** Days of a common year before month m (1-based) at index m; index 13 is the year's length. */
  private static final int[] MONTH_START = {
    0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365
  };

  static {
    for (int y = TABLE_FROM; y <= TABLE_TO; y++) {
      YEAR_START[y - TABLE_FROM] = (int) epochDay(y, 1, 1);
    }
  }

  /**
   * The wall time of the fields read as UTC, in epoch seconds, or {@link TimestampParser#INVALID}
   * when they name no real date-time ({@link #valid}); a leap second counts as the last second of
   * its minute, as {@link #resolve} counts it.
   */
  public static long wallSecond(int year, int month, int day, int hour, int minute, int second) {
    // Hot path: for the years of the table, two lookups and no division.
    if (month < 1
        || month > 12
        || day < 1
        || hour > 23
        || minute > 59
        || second > 60
        || (second == 60 && minute != 59)) {
      return TimestampParser.INVALID;
    }
    long days;
    if (year >= TABLE_FROM && year < TABLE_TO) {
      int start = YEAR_START[year - TABLE_FROM];
      int leap = YEAR_START[year - TABLE_FROM + 1] - start - 365;
      int length = MONTH_START[month + 1] - MONTH_START[month] + (month == 2 ? leap : 0);
      if (day > length) {
        return TimestampParser.INVALID;
      }
      days = start + MONTH_START[month] + (month > 2 ? leap : 0) + day - 1;
    } else if (valid(year, month, day, hour, minute, second)) {
      days = epochDay(year, month, day);
    } else {
      return TimestampParser.INVALID;
    }
    return days * 86400L + (hour * 3600 + minute * 60 + (second == 60 ? 59 : second));
  }

  /**
   * Whether {@code t}, the instant of a value whose seconds read 60 (counted as :59), is a leap
   * second: only 23:59:60 UTC is one.
   */
  static boolean leapSecond(long t) {
    return Math.floorMod(t, 86400L) == 86399L;
  }

  /** Seconds from the epoch to the given valid wall time read as UTC. */
  static long epochSecond(int year, int month, int day, int hour, int minute, int second) {
    return epochDay(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
  }

  /** The latest instant any parser returns: 9999-12-31T23:59:59Z. */
  static final long MAX_EPOCH_SECOND = 253_402_300_799L;

  /** The earliest instant any parser returns: 0001-01-01T00:00:00Z. */
  static final long MIN_EPOCH_SECOND = -62_135_596_800L;

  /**
   * The instant of valid date-time fields followed by {@code zone} as {@link Scan#zoneTail} returns
   * it: read in {@code local} when the value names no zone, {@link TimestampParser#INVALID} when
   * what followed was not a zone. A leap second counts as the last second of its minute.
   */
  static long resolve(
      LocalTimes local, int year, int month, int day, int hour, int minute, int second, int zone) {
    if (zone == Scan.UNKNOWN_ZONE) {
      return TimestampParser.INVALID;
    }
    boolean leap = second == 60;
    if (leap) {
      second = 59;
    }
    long wall = epochSecond(year, month, day, hour, minute, second);
    long t;
    if (zone == Scan.LOCAL) {
      t = local.toEpochSecond(wall);
    } else if (zone >= Scan.EU_WINTER) {
      // CET, CEST, ...: the name must match the season (EU summer time runs from 01:00 UTC on
      // the last Sunday of March to 01:00 UTC on the last Sunday of October).
      boolean summer = (zone & Scan.EU_SUMMER) != 0;
      t = wall - (zone & (Scan.EU_WINTER - 1));
      if (summer != euSummer(t, year)) {
        return TimestampParser.INVALID;
      }
    } else {
      t = wall - zone;
    }
    if (leap && !leapSecond(t)) {
      return TimestampParser.INVALID;
    }
    // An offset can carry 0001-01-01 or 9999-12-31 past the calendar's ends.
    return t < MIN_EPOCH_SECOND || t > MAX_EPOCH_SECOND ? TimestampParser.INVALID : t;
  }

  /** Whether the instant {@code t}, in {@code year}, is in European summer time. */
  private static boolean euSummer(long t, int year) {
    return t >= lastSunday(year, 3) * 86_400 + 3600 && t < lastSunday(year, 10) * 86_400 + 3600;
  }

  /** The epoch day of the last Sunday of {@code month}. */
  private static long lastSunday(int year, int month) {
    long last = epochDay(year, month, 31);
    return last - (Scan.isoWeekday(last) % 7);
  }
}
