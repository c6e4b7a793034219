package dev.heatmap.time.parse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * The UTC offset of a zone at an instant, remembered for the stretch of time between two of the
 * zone's transitions so that a run of nearby instants costs a comparison each; a jump to another
 * stretch costs a binary search over the zone's {@link ZoneTransitions}. Not thread-safe: each
 * worker keeps its own.
 */
public final class OffsetCache {
  private final ZoneRules rules;
  private final boolean fixed;
  private final int fixedOffset;
  private final ZoneTransitions transitions;
  private long lo = Long.MAX_VALUE;
  private long hi = Long.MIN_VALUE;
  private int offset;

  public OffsetCache(ZoneId zone) {
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    this.fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    this.transitions = fixed ? null : ZoneTransitions.of(zone);
  }

  boolean isFixed() {
    return fixed;
  }

  /** Seconds east of UTC at {@code epochSecond}. */
  public int offsetAt(long epochSecond) {
    if (fixed) {
      return fixedOffset;
    }
    if (epochSecond >= lo && epochSecond < hi) {
      return offset;
    }
    return refill(epochSecond);
  }

  private int refill(long epochSecond) {
    if (epochSecond < ZoneTransitions.FROM || epochSecond >= ZoneTransitions.UNTIL) {
      return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
    long[] at = transitions.instants;
    int count = ZoneTransitions.countUpTo(at, epochSecond);
    offset = transitions.offsetAfter(count);
    lo = count == 0 ? ZoneTransitions.FROM : at[count - 1];
    hi = count == at.length ? ZoneTransitions.UNTIL : at[count];
    return offset;
  }
}
