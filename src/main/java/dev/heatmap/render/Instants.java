package dev.heatmap.render;

import dev.heatmap.grid.WeekHourGrid;
import java.time.Instant;
import java.time.LocalDate;

/** How reports write instants: ISO-8601 in UTC, or null/"—" for none. */
final class Instants {
  /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the years written with four digits. */
  private static final long MIN = -62_167_219_200L;

  private static final long MAX = 253_402_300_800L;

  private Instants() {}

  /**
   * The instant as ISO-8601 UTC ({@code 2022-08-11T05:51:47Z}), or null for {@code NONE}; what
   * {@link Instant#toString} writes. By hand for the years 0 to 9999, because Instant's formatter
   * first builds every one of java.time's predefined formatters, milliseconds of a short run.
   */
  static String iso(long epochSecond) {
    if (epochSecond == WeekHourGrid.NONE) {
      return null;
    }
    if (epochSecond < MIN || epochSecond >= MAX) {
      return Instant.ofEpochSecond(epochSecond).toString();
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
    int time = Math.floorMod(epochSecond, 86_400);
    char[] c = "0000-00-00T00:00:00Z".toCharArray();
    digits(c, 0, 4, date.getYear());
    digits(c, 5, 2, date.getMonthValue());
    digits(c, 8, 2, date.getDayOfMonth());
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
