package dev.heatmap.grid;

import java.util.Arrays;

/**
 * One group's {@link TzEvidence}, kept small while the group is small: the records per UTC
 * quarter-hour (counted from 1970-01-01 00:00 UTC) in an open-addressed table while fewer than
 * {@value #SPARSE_MAX} quarter-hours are active, the dense evidence itself past that. A group with
 * a handful of records then costs a few hundred bytes instead of some 10 KB, so that a task can
 * gather the evidence of every group of its input (a Spark job ranks the groups only after merging
 * its tasks) and still hold a field with a distinct value per record.
 *
 * <p>Both forms hold the same information: the set of active quarter-hours and the records per
 * quarter-hour of the week are the keys and the sums of the counts. {@link #evidence} gives the
 * same {@link TzEvidence} whichever form the records arrived in and in whatever order they were
 * merged. Not thread-safe.
 */
public final class CompactEvidence {
  /** The most active quarter-hours kept in the sparse form (some 8 KB); past it the dense one. */
  public static final int SPARSE_MAX = 256;

  private static final long EMPTY = Long.MIN_VALUE;

  // Sparse form: quarter-hour keys (EMPTY where free) and their record counts.
  private long[] keys;
  private long[] counts;
  private int size;
  // Dense form, once the sparse one is full; then keys and counts are null.
  private TzEvidence dense;

  /** Empty evidence. */
  public CompactEvidence() {
    keys = new long[16];
    counts = new long[16];
    Arrays.fill(keys, EMPTY);
  }

  /** Adds one record at {@code epochSecond}. */
  public void add(long epochSecond) {
    // Hot path: a hash probe and an increment while sparse, the dense evidence's own add after.
    if (dense != null) {
      dense.add(epochSecond);
      return;
    }
    addQuarter(Math.floorDiv(epochSecond, 900L), 1);
  }

  /** Adds {@code n} records at {@code epochSecond} (a pre-aggregated record). */
  public void add(long epochSecond, long n) {
    long quarter = Math.floorDiv(epochSecond, 900L);
    if (dense != null) {
      dense.addQuarter(quarter, n);
    } else {
      addQuarter(quarter, n);
    }
  }

  private void addQuarter(long quarter, long n) {
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
    if (size >= SPARSE_MAX) {
      toDense();
      addDense(dense, quarter, n);
      return;
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
        addQuarter(oldKeys[i], oldCounts[i]);
      }
    }
  }

  private void toDense() {
    dense = denseOf(keys, counts);
    keys = null;
    counts = null;
    size = 0;
  }

  /** {@code n} records at UTC quarter-hour {@code quarter}, added to dense evidence. */
  private static void addDense(TzEvidence e, long quarter, long n) {
    e.addQuarter(quarter, n);
  }

  private static TzEvidence denseOf(long[] keys, long[] counts) {
    TzEvidence e = new TzEvidence();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        addDense(e, keys[i], counts[i]);
      }
    }
    return e;
  }

  /** Adds another group's (or worker's) evidence. */
  public void merge(CompactEvidence other) {
    if (other.dense != null) {
      if (dense == null) {
        TzEvidence mine = denseOf(keys, counts);
        mine.merge(other.dense);
        dense = mine;
        keys = null;
        counts = null;
        size = 0;
      } else {
        dense.merge(other.dense);
      }
      return;
    }
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        if (dense != null) {
          addDense(dense, other.keys[i], other.counts[i]);
        } else {
          addQuarter(other.keys[i], other.counts[i]);
        }
      }
    }
  }

  /** The evidence the inference reads: a new object in the sparse form, the dense one after. */
  public TzEvidence evidence() {
    return dense != null ? dense : denseOf(keys, counts);
  }

  /** Whether the evidence is still in its sparse form ({@link #sparseQuarters} then gives it). */
  public boolean sparse() {
    return dense == null;
  }

  /**
   * The active UTC quarter-hours (from 1970-01-01 00:00 UTC) in ascending order, as saved state;
   * null past the sparse form.
   */
  public long[] sparseQuarters() {
    if (dense != null) {
      return null;
    }
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

  /**
   * The records of each of {@link #sparseQuarters}, in the same order; null past the sparse form.
   */
  public long[] sparseCounts() {
    long[] q = sparseQuarters();
    if (q == null) {
      return null;
    }
    long[] c = new long[q.length];
    int mask = keys.length - 1;
    for (int j = 0; j < q.length; j++) {
      int i = mix(q[j]) & mask;
      while (keys[i] != q[j]) {
        i = (i + 1) & mask;
      }
      c[j] = counts[i];
    }
    return c;
  }

  /**
   * Evidence rebuilt from the saved sparse form: {@link #sparseQuarters} and {@link #sparseCounts}.
   *
   * @throws IllegalArgumentException when the arrays differ in length, a quarter-hour repeats or a
   *     count is not positive
   */
  public static CompactEvidence ofSparse(long[] quarters, long[] records) {
    if (quarters.length != records.length) {
      throw new IllegalArgumentException("quarter-hours and counts differ in length");
    }
    CompactEvidence e = new CompactEvidence();
    for (int j = 0; j < quarters.length; j++) {
      if (records[j] < 1 || quarters[j] == EMPTY || (j > 0 && quarters[j] <= quarters[j - 1])) {
        throw new IllegalArgumentException("saved evidence out of order or with an empty count");
      }
      if (e.dense != null) {
        addDense(e.dense, quarters[j], records[j]);
      } else {
        e.addQuarter(quarters[j], records[j]);
      }
    }
    return e;
  }

  /** Evidence rebuilt from the dense form (a copy of {@code dense} is not made: it is taken). */
  public static CompactEvidence ofDense(TzEvidence dense) {
    CompactEvidence e = new CompactEvidence();
    e.dense = dense;
    e.keys = null;
    e.counts = null;
    return e;
  }
}
