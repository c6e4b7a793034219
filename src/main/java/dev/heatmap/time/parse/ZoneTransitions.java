package dev.heatmap.time.parse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's offset changes between 1900 and 2100 as sorted arrays, so that finding the offset of an
 * instant or of a wall time is a binary search instead of a walk through java.time's rules.
 * Immutable and shared between threads; the caches in {@link OffsetCache} and {@link LocalTimes}
 * sit on top of it. Outside the covered years callers fall back to java.time.
 */
final class ZoneTransitions {
  /** 1900-01-01T00:00:00Z and 2101-01-01T00:00:00Z in epoch seconds. */
  static final long FROM = -2_208_988_800L;

  static final long UNTIL = 4_133_980_800L;

  private static final Map<ZoneId, ZoneTransitions> CACHE = new ConcurrentHashMap<>();

  /** The offset in force at {@link #FROM}. */
  final int initial;

  /** The instants at which the offset changes, ascending. */
  final long[] instants;

  /** The offset from each instant on. */
  final int[] after;

  /**
   * For each change, the first wall time (read as UTC) that takes the new offset: walls before it
   * take the old one. Putting the boundary at the later of the two wall readings gives java.time's
   * rule: a wall time in a gap moves forward by the gap, one in an overlap takes the earlier
   * offset.
   */
  final long[] walls;

  private ZoneTransitions(ZoneRules rules) {
    List<ZoneOffsetTransition> list = new ArrayList<>();
    Instant t = Instant.ofEpochSecond(FROM);
    this.initial = rules.getOffset(t).getTotalSeconds();
    for (ZoneOffsetTransition tr = rules.nextTransition(t);
        tr != null && tr.toEpochSecond() < UNTIL;
        tr = rules.nextTransition(tr.getInstant())) {
      list.add(tr);
    }
    int n = list.size();
    instants = new long[n];
    after = new int[n];
    walls = new long[n];
    for (int i = 0; i < n; i++) {
      ZoneOffsetTransition tr = list.get(i);
      int before = tr.getOffsetBefore().getTotalSeconds();
      instants[i] = tr.toEpochSecond();
      after[i] = tr.getOffsetAfter().getTotalSeconds();
      walls[i] = instants[i] + Math.max(before, after[i]);
    }
  }

  static ZoneTransitions of(ZoneId zone) {
    return CACHE.computeIfAbsent(zone, z -> new ZoneTransitions(z.getRules()));
  }

  /** How many entries of the ascending array {@code a} are at most {@code key}. */
  static int countUpTo(long[] a, long key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The offset after the first {@code count} changes. */
  int offsetAfter(int count) {
    return count == 0 ? initial : after[count - 1];
  }
}
