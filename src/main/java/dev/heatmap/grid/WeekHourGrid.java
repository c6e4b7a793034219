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
  private long continuation;
  private long first = NONE;
  private long last = NONE;
  private long filteredFirst = NONE;
  private long filteredLast = NONE;

  /**
   * A grid rebuilt from what its accessors gave ({@link #counts}, {@link #total}, {@link #skipped},
   * {@link #filtered}, {@link #first}, {@link #last}), as saved by a worker that counted elsewhere
   * (a Spark task): merging it is merging the grid it was saved from.
   *
   * @throws IllegalArgumentException when the values cannot have come from a grid
   */
  public static WeekHourGrid of(
      long[] counts, long total, long skipped, long filtered, long first, long last) {
    if (counts.length != CELLS) {
      throw new IllegalArgumentException("a grid has " + CELLS + " cells, not " + counts.length);
    }
    long sum = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("a negative count");
      }
      sum += c;
    }
    if (sum != total || skipped < 0 || filtered < 0) {
      throw new IllegalArgumentException("the total is not the sum of the cells");
    }
    if ((total == 0) != (first == NONE) || (first == NONE) != (last == NONE) || first > last) {
      throw new IllegalArgumentException("first and last do not fit the total");
    }
    WeekHourGrid g = new WeekHourGrid();
    System.arraycopy(counts, 0, g.counts, 0, CELLS);
    g.total = total;
    g.skipped = skipped;
    g.filtered = filtered;
    g.first = first;
    g.last = last;
    return g;
  }

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

  /** Counts {@code n} events at {@code epochSecond} in {@code cell} (a pre-aggregated record). */
  public void add(int cell, long epochSecond, long n) {
    counts[cell] += n;
    total += n;
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

  /** Counts a line of a log that carries no timestamp (a stack trace, a message's second line). */
  public void addContinuation() {
    continuation++;
  }

  /** Adds every count of {@code other} into this grid. */
  public void merge(WeekHourGrid other) {
    for (int i = 0; i < CELLS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
    skipped += other.skipped;
    filtered += other.filtered;
    continuation += other.continuation;
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

  /** Lines that carry no timestamp in an input whose other lines do; neither events nor skipped. */
  public long continuation() {
    return continuation;
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
