package dev.heatmap.time;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Reads wall-clock times (values that carry no offset) in one zone.
 *
 * <p>The rule for wall times a DST change makes ambiguous is java.time's: a time in a gap (the
 * clock jumped forward over it) moves forward by the length of the gap, and a time in an overlap
 * (the clock went back and showed it twice) takes the earlier offset, i.e. the first occurrence.
 * Between transitions the offset is cached, so the common case is one comparison.
 */
final class LocalTimes {
  private final ZoneId zone;
  private final ZoneRules rules;
  private final boolean fixed;
  private final int fixedOffset;
  // Wall-time window [lo, hi) in which the offset is unambiguous and equals offset.
  private long lo = Long.MAX_VALUE;
  private long hi = Long.MIN_VALUE;
  private int offset;

  private LocalTimes(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    this.fixedOffset = fixed ? rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds() : 0;
  }

  static LocalTimes of(ZoneId zone) {
    return new LocalTimes(zone);
  }

  ZoneId zone() {
    return zone;
  }

  /** The instant of a valid wall time in this zone, in epoch seconds. */
  long toEpochSecond(int year, int month, int day, int hour, int minute, int second) {
    return toEpochSecond(Calendar.epochSecond(year, month, day, hour, minute, second));
  }

  /** The instant of the wall time whose fields, read as UTC, give {@code wall} epoch seconds. */
  long toEpochSecond(long wall) {
    if (fixed) {
      return wall - fixedOffset;
    }
    if (wall >= lo && wall < hi) {
      return wall - offset;
    }
    return refill(wall);
  }

  private long refill(long wall) {
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(wall, 0, ZoneOffset.UTC);
    ZoneOffsetTransition t = rules.getTransition(ldt);
    if (t != null) {
      // In a gap or an overlap: apply the documented rule, do not cache.
      lo = Long.MAX_VALUE;
      hi = Long.MIN_VALUE;
      return ldt.atZone(zone).toEpochSecond();
    }
    offset = rules.getOffset(ldt).getTotalSeconds();
    long instant = wall - offset;
    java.time.Instant at = java.time.Instant.ofEpochSecond(instant);
    ZoneOffsetTransition prev = rules.previousTransition(at.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(at);
    lo =
        prev == null
            ? Long.MIN_VALUE
            : Math.max(
                prev.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC),
                prev.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC));
    hi =
        next == null
            ? Long.MAX_VALUE
            : Math.min(
                next.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC),
                next.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC));
    return instant;
  }
}
