package dev.heatmap.render;

import dev.heatmap.grid.WeekHourGrid;
import java.time.Instant;

/** How reports write instants: ISO-8601 in UTC, or null/"—" for none. */
final class Instants {
  /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the years written with four digits. */
  private static final long MIN = -62_167_219_200L;

  private static final long MAX = 253_402_300_800L;

  private Instants() {}

  /**
   * The instant as ISO-8601 UTC ({@code 2022-08-11T05:51:47Z}), or null for {@code NONE}; what
   * {@link Instant#toString} writes. By hand for the years 0 to 9999, without java.time: Instant's
   * formatter first builds every one of java.time's predefined formatters, and even LocalDate's
   * class initialisation costs a short run milliseconds.
   */
  static String iso(long epochSecond) {
    if (epochSecond == WeekHourGrid.NONE) {
      return null;
    }
    if (epochSecond < MIN || epochSecond >= MAX) {
      return Instant.ofEpochSecond(epochSecond).toString();
    }
    // The civil date of a day number, as in Howard Hinnant's "chrono-Compatible Low-Level Date
    // Algorithms" (days_from_civil's inverse): 400-year eras of 146,097 days, years from March.
    long z = Math.floorDiv(epochSecond, 86_400) + 719_468;
    long era = Math.floorDiv(z, 146_097);
    int doe = (int) (z - era * 146_097);
    int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int day = doy - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    int year = (int) (yoe + era * 400) + (month <= 2 ? 1 : 0);
    int time = Math.floorMod(epochSecond, 86_400);
    char[] c = "0000-00-00T00:00:00Z".toCharArray();
    digits(c, 0, 4, year);
    digits(c, 5, 2, month);
    digits(c, 8, 2, day);
    digits(c, 11, 2, time / 3600);
    digits(c, 14, 2, time / 60 % 60);
    digits(c, 17, 2, time % 60);
    return new String(c);
  }

  /** Writes {@code value} into {@code c} as {@code n} decimal digits ending at {@code at + n}. */
  private static void digits(char[] c, int at, int n, int value) {
    for (int i = at + n - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
