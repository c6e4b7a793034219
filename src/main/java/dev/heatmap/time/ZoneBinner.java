package dev.heatmap.time;

import java.time.ZoneId;

/**
 * Places an instant into the day-of-week × hour cell it falls on in one zone. The instant is
 * converted to the zone first, so across a DST change or midnight both the hour and the weekday
 * move. Cell numbering is the grid's: {@code day * 24 + hour}, Monday = day 0.
 *
 * <p>Not thread-safe (it caches the current offset); each worker keeps its own.
 */
public final class ZoneBinner {
  private final ZoneId zone;
  private final OffsetCache offsets;

  public ZoneBinner(ZoneId zone) {
    this.zone = zone;
    this.offsets = new OffsetCache(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** A Monday at midnight, 2000-01-03T00:00:00 as local epoch seconds: see {@link #cell}. */
  private static final long MONDAY = 946_857_600L;

  /** The grid cell of {@code epochSecond} in this binner's zone. */
  public int cell(long epochSecond) {
    long local = epochSecond + offsets.offsetAt(epochSecond);
    // Hot path: within 68 years of 2000 the seconds since a Monday fit an int, and int division
    // is one instruction even in quickly compiled code, where long division is a runtime call.
    long fromMonday = local - MONDAY;
    if (fromMonday >= 0 && fromMonday <= Integer.MAX_VALUE) {
      int seconds = (int) fromMonday;
      int days = seconds / 86400;
      return (days % 7) * 24 + (seconds - days * 86400) / 3600;
    }
    long days = Math.floorDiv(local, 86400L);
    int secondOfDay = (int) (local - days * 86400L);
    // 1970-01-01 was a Thursday, day 3 when Monday is 0.
    int day = (int) Math.floorMod(days + 3, 7L);
    return day * 24 + secondOfDay / 3600;
  }

  /** Seconds east of UTC in this zone at {@code epochSecond}. */
  public int offsetAt(long epochSecond) {
    return offsets.offsetAt(epochSecond);
  }
}
