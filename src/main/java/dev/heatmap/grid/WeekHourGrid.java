package dev.heatmap.grid;

import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * A 7×24 grid of activity counts, Monday first and hours 0–23, with the totals a report needs.
 *
 * <p>Cells are addressed by {@code day * 24 + hour} where day 0 is Monday. A grid is filled in one
 * streaming pass and never holds the timestamps themselves; two grids built over different inputs
 * {@link #merge merge} into the grid of the combined input. Not thread-safe: each thread fills its
 * own grid and the results are merged.
 */
public final class WeekHourGrid {
  public static final int DAYS = 7;
  public static final int HOURS = 24;
  public static final int CELLS = DAYS * HOURS;

  /** Marks "no instant seen yet" for {@link #first()} and {@link #last()}. */
  public static final long NONE = Long.MIN_VALUE;

  private final long[] counts = new long[CELLS];
  private long total;
  private long skipped;
  private long filtered;
  private long first = NONE;
  private long last = NONE;
  private long filteredFirst = NONE;
  private long filteredLast = NONE;

  /** Counts one timestamp at {@code epochSecond} that falls into {@code cell}. */
  public void add(int cell, long epochSecond) {
    counts[cell]++;
    total++;
    if (first == NONE || epochSecond < first) {
      first = epochSecond;
    }
    if (last == NONE || epochSecond > last) {
      last = epochSecond;
    }
  }

  /** Counts a record that gave no usable timestamp. */
  public void skip() {
    skipped++;
  }

  /** Counts a record whose timestamp lay outside the requested range. */
  public void filter() {
    filtered++;
  }

  /**
   * Counts a record at {@code epochSecond} that lay outside the requested range, keeping the span
   * of such records (so that a range that misses the data can say where the data is).
   */
  public void filter(long epochSecond) {
    filtered++;
    if (filteredFirst == NONE || epochSecond < filteredFirst) {
      filteredFirst = epochSecond;
    }
    if (filteredLast == NONE || epochSecond > filteredLast) {
      filteredLast = epochSecond;
    }
  }

  /** Adds every count of {@code other} into this grid. */
  public void merge(WeekHourGrid other) {
    for (int i = 0; i < CELLS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
    skipped += other.skipped;
    filtered += other.filtered;
    if (other.first != NONE && (first == NONE || other.first < first)) {
      first = other.first;
    }
    if (other.last != NONE && (last == NONE || other.last > last)) {
      last = other.last;
    }
    if (other.filteredFirst != NONE
        && (filteredFirst == NONE || other.filteredFirst < filteredFirst)) {
      filteredFirst = other.filteredFirst;
    }
    if (other.filteredLast != NONE && (filteredLast == NONE || other.filteredLast > filteredLast)) {
      filteredLast = other.filteredLast;
    }
  }

  public static int cell(int day, int hour) {
    return day * HOURS + hour;
  }

  /** The cell of a weekday (ISO, Monday = 1) and hour. */
  public static int cell(DayOfWeek day, int hour) {
    return cell(day.getValue() - 1, hour);
  }

  /** The count at {@code day} (0 = Monday) and {@code hour}. */
  public long count(int day, int hour) {
    return counts[cell(day, hour)];
  }

  public long countAt(int cell) {
    return counts[cell];
  }

  /** A copy of the counts in cell order. */
  public long[] counts() {
    return Arrays.copyOf(counts, CELLS);
  }

  /** The largest count in any cell, 0 for an empty grid. */
  public long max() {
    long max = 0;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    return max;
  }

  public long total() {
    return total;
  }

  public long skipped() {
    return skipped;
  }

  public long filtered() {
    return filtered;
  }

  /** The earliest instant counted, in epoch seconds, or {@link #NONE}. */
  public long first() {
    return first;
  }

  /** The latest instant counted, in epoch seconds, or {@link #NONE}. */
  public long last() {
    return last;
  }

  /**
   * The earliest instant seen, counted or filtered out, or {@link #NONE} (filtered records whose
   * instant was not given count but do not move it).
   */
  public long firstSeen() {
    return minSeen(first, filteredFirst);
  }

  /** The latest instant seen, counted or filtered out, or {@link #NONE}. */
  public long lastSeen() {
    return first == NONE
        ? filteredLast
        : filteredLast == NONE ? last : Math.max(last, filteredLast);
  }

  private static long minSeen(long a, long b) {
    return a == NONE ? b : b == NONE ? a : Math.min(a, b);
  }
}
