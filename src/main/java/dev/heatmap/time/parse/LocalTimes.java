package dev.heatmap.time.parse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Reads wall-clock times (values that carry no offset) in one zone.
 *
 * <p>The rule for wall times a DST change makes ambiguous is java.time's: a time in a gap (the
 * clock jumped forward over it) moves forward by the length of the gap, and a time in an overlap
 * (the clock went back and showed it twice) takes the earlier offset, i.e. the first occurrence.
 * Between transitions the offset is cached, so the common case is one comparison; a jump to another
 * stretch is a binary search over the zone's {@link ZoneTransitions}. Not thread-safe.
 */
public final class LocalTimes {
  private final ZoneId zone;
  private final ZoneRules rules;
  private final boolean fixed;
  private final int fixedOffset;
  private final ZoneTransitions transitions;
  // Wall-time window [lo, hi) in which every wall time takes the offset `offset`.
  private long lo = Long.MAX_VALUE;
  private long hi = Long.MIN_VALUE;
  private int offset;

  private LocalTimes(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    this.fixedOffset = fixed ? rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds() : 0;
    this.transitions = fixed ? null : ZoneTransitions.of(zone);
  }

  public static LocalTimes of(ZoneId zone) {
    return new LocalTimes(zone);
  }

  ZoneId zone() {
    return zone;
  }

  /** The instant of a valid wall time in this zone, in epoch seconds. */
  public long toEpochSecond(int year, int month, int day, int hour, int minute, int second) {
    return toEpochSecond(Calendar.epochSecond(year, month, day, hour, minute, second));
  }

  /** The instant of the wall time whose fields, read as UTC, give {@code wall} epoch seconds. */
  public long toEpochSecond(long wall) {
    if (fixed) {
      return wall - fixedOffset;
    }
    if (wall >= lo && wall < hi) {
      return wall - offset;
    }
    return refill(wall);
  }

  private long refill(long wall) {
    if (wall < ZoneTransitions.FROM || wall >= ZoneTransitions.UNTIL) {
      return LocalDateTime.ofEpochSecond(wall, 0, ZoneOffset.UTC).atZone(zone).toEpochSecond();
    }
    long[] walls = transitions.walls;
    int count = ZoneTransitions.countUpTo(walls, wall);
    offset = transitions.offsetAfter(count);
    lo = count == 0 ? ZoneTransitions.FROM : walls[count - 1];
    hi = count == walls.length ? ZoneTransitions.UNTIL : walls[count];
    return wall - offset;
  }
}
