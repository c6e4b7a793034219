package dev.heatmap.time;

import dev.heatmap.time.parse.OffsetCache;
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
    return cellOfLocal(epochSecond + offsets.offsetAt(epochSecond));
  }

  /**
   * The grid cell of a local time given as the epoch second its fields would have in UTC (an
   * instant plus the offset it was written with).
   */
  public static int cellOfLocal(long local) {
    // Hot path: within 68 years of 2000 the seconds since a Monday are under 2^31, and the cell
    // is the hours since that Monday modulo a week's 168. Both divisions are a multiplication and
    // a shift (a divide instruction costs ten times as much, and quickly compiled code keeps it):
    // for 0 <= n < 2^N, n / d == (n * m) >>> k when m = ceil(2^k / d) and m * d - 2^k <= 2^(k - N)
    // (Granlund and Montgomery): d = 3600, N = 31, k = 43; d = 168, N = 20 (hours < 2^20), k = 28.
    long fromMonday = local - MONDAY;
    if (fromMonday >= 0 && fromMonday <= Integer.MAX_VALUE) {
      long hours = (fromMonday * 0x91A2B3C5L) >>> 43;
      long weeks = (hours * 0x186187L) >>> 28;
      return (int) (hours - weeks * 168);
    }
    long days = Math.floorDiv(local, 86400L);
    int secondOfDay = (int) (local - days * 86400L);
    // 1970-01-01 was a Thursday, day 3 when Monday is 0.
    int day = (int) Math.floorMod(days + 3, 7L);
    return day * 24 + secondOfDay / 3600;
  }

  /** The local day of {@code epochSecond} in this binner's zone, as days since 1970-01-01. */
  public long day(long epochSecond) {
    return Math.floorDiv(epochSecond + offsets.offsetAt(epochSecond), 86400L);
  }

  /** Seconds east of UTC in this zone at {@code epochSecond}. */
  public int offsetAt(long epochSecond) {
    return offsets.offsetAt(epochSecond);
  }
}
