package dev.heatmap.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * How many records were written with each UTC offset in their own text (the {@code +03:00} of an
 * ISO value, the {@code +0300} of a mail {@code Date:} header or a git date): direct evidence of
 * where, or at least in which zone setting, the writer was. A fixed table of one count per minute
 * of offset from −18:00 to +18:00 (17 KB), so it is the same size whatever the input and merges
 * exactly across workers and parts. Not thread-safe.
 */
public final class WrittenOffsets {
  private static final int MAX_MINUTES = 18 * 60;
  private final long[] counts = new long[2 * MAX_MINUTES + 1];
  private long total;

  /**
   * Counts one record written with {@code seconds} east of UTC; offsets past ±18:00 are ignored.
   */
  public void add(int seconds) {
    // Hot path: one division and one increment.
    int minutes = seconds / 60;
    if (minutes < -MAX_MINUTES || minutes > MAX_MINUTES) {
      return;
    }
    counts[minutes + MAX_MINUTES]++;
    total++;
  }

  /** Adds another worker's counts. */
  public void merge(WrittenOffsets other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  /** The counts as saved state, one per minute of offset from −18:00: a copy. */
  public long[] counts() {
    return counts.clone();
  }

  /**
   * Counts rebuilt from {@link #counts} saved elsewhere (a Spark task's).
   *
   * @throws IllegalArgumentException when the array has the wrong length
   */
  public static WrittenOffsets of(long[] counts) {
    WrittenOffsets w = new WrittenOffsets();
    if (counts.length != w.counts.length) {
      throw new IllegalArgumentException("written offsets of the wrong shape");
    }
    for (int i = 0; i < counts.length; i++) {
      w.counts[i] = counts[i];
      w.total += counts[i];
    }
    return w;
  }

  /** How many records carried an offset of their own. */
  public long total() {
    return total;
  }

  /** One offset and how many records were written with it. */
  public record Entry(int seconds, long count) {
    /** The offset as {@code +03:00}, {@code -09:30}, {@code +00:00}. */
    public String offset() {
      int abs = Math.abs(seconds);
      int h = abs / 3600;
      int m = abs % 3600 / 60;
      return (seconds < 0 ? "-" : "+") + (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
    }
  }

  /** The offsets written, most records first (ties: west first). */
  public List<Entry> entries() {
    List<Entry> list = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        list.add(new Entry((i - MAX_MINUTES) * 60, counts[i]));
      }
    }
    list.sort(
        (a, b) ->
            a.count() != b.count()
                ? Long.compare(b.count(), a.count())
                : a.seconds() - b.seconds());
    return list;
  }
}
