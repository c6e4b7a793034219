package dev.heatmap.grid;

import java.util.Arrays;

/**
 * Events per UTC quarter-hour (counted from 1970-01-01 00:00 UTC), in an open-addressed table that
 * grows with the quarter-hours that have events: the 15-minute series a Spark job writes with
 * {@code --emit-series}, which the CLI reads back with {@code --count-field} to redraw the grid in
 * another zone without reading the events again. Series of disjoint inputs {@link #merge} into the
 * series of the combined input. Not thread-safe.
 */
public final class QuarterSeries {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys = new long[16];
  private long[] counts = new long[16];
  private int size;

  public QuarterSeries() {
    Arrays.fill(keys, EMPTY);
  }

  /** Counts one event at {@code epochSecond}. */
  public void add(long epochSecond) {
    // Hot path: one hash probe and an increment.
    add(Math.floorDiv(epochSecond, 900L), 1);
  }

  /** Counts {@code n} events in quarter-hour {@code quarter}. */
  public void add(long quarter, long n) {
    int mask = keys.length - 1;
    int i = mix(quarter) & mask;
    while (true) {
      long k = keys[i];
      if (k == quarter) {
        counts[i] += n;
        return;
      }
      if (k == EMPTY) {
        break;
      }
      i = (i + 1) & mask;
    }
    keys[i] = quarter;
    counts[i] = n;
    size++;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  private static int mix(long q) {
    long h = q * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldCounts[i]);
      }
    }
  }

  /** Adds another input's series. */
  public void merge(QuarterSeries other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        add(other.keys[i], other.counts[i]);
      }
    }
  }

  /** How many quarter-hours have events. */
  public int size() {
    return size;
  }

  /** The quarter-hours with events, ascending. */
  public long[] quarters() {
    long[] q = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != EMPTY) {
        q[n++] = k;
      }
    }
    Arrays.sort(q);
    return q;
  }

  /** The events of quarter-hour {@code quarter} (0 when it has none). */
  public long count(long quarter) {
    int mask = keys.length - 1;
    int i = mix(quarter) & mask;
    while (keys[i] != EMPTY) {
      if (keys[i] == quarter) {
        return counts[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }
}
