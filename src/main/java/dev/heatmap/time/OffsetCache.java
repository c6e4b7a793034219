package dev.heatmap.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The UTC offset of a zone at an instant, remembered for the stretch of time between two of the
 * zone's transitions so that a run of nearby instants costs a comparison each, not a rules lookup.
 * Not thread-safe: each worker keeps its own.
 */
final class OffsetCache {
  private final ZoneRules rules;
  private final int fixed;
  private long lo = Long.MAX_VALUE;
  private long hi = Long.MIN_VALUE;
  private int offset;

  OffsetCache(ZoneId zone) {
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 1;
  }

  boolean isFixed() {
    return fixed != 1;
  }

  /** Seconds east of UTC at {@code epochSecond}. */
  int offsetAt(long epochSecond) {
    if (fixed != 1) {
      return fixed;
    }
    if (epochSecond >= lo && epochSecond < hi) {
      return offset;
    }
    return refill(epochSecond);
  }

  private int refill(long epochSecond) {
    Instant instant = Instant.ofEpochSecond(epochSecond);
    offset = rules.getOffset(instant).getTotalSeconds();
    ZoneOffsetTransition prev = rules.previousTransition(instant.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(instant);
    lo = prev == null ? Long.MIN_VALUE : prev.toEpochSecond();
    hi = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    return offset;
  }
}
