package dev.heatmap.grid.calendar;

import java.time.LocalDate;

/**
 * Events per local day, in fixed memory per year: one array of 366 longs (2.9 KB) for each year
 * from {@value #FIRST_YEAR} to {@value #LAST_YEAR} that has an event, allocated when its first
 * event arrives, as {@code TzEvidence} keeps its quarter-hours. Days are counted in the report's
 * zone by the caller (a local day number, days since 1970-01-01 on that zone's clock); days outside
 * the years kept are counted in {@link #outside} only.
 *
 * <p>Until an input has events on more than {@value #SPARSE_DAYS} distinct days, they are kept as a
 * short list of (day, count) instead: a report with ten thousand groups of a few events each then
 * costs a few hundred bytes per group, not a year's array.
 *
 * <p>Counts of disjoint inputs {@link #merge} into the counts of the combined input, whatever the
 * order, so parallel workers and file parts each keep their own. Not thread-safe.
 */
public final class DayCounts {
  /** The first year counted day by day. */
  public static final int FIRST_YEAR = 1970;

  /** The last year counted day by day. */
  public static final int LAST_YEAR = 2100;

  /** The most distinct days kept as a list before the counts move to one array per year. */
  static final int SPARSE_DAYS = 16;

  // Null while the days are few (kept in sparseDays/sparseCounts), then one array per year.
  private long[][] years;
  private long[] sparseDays = new long[4];
  private long[] sparseCounts = new long[4];
  private int sparse;
  private long first = Long.MAX_VALUE;
  private long last = Long.MIN_VALUE;
  private long outside;
  // The year the last event fell in, as local day numbers [yearStart, yearEnd).
  private long yearStart = Long.MAX_VALUE;
  private long yearEnd = Long.MIN_VALUE;
  private long[] year;

  /** Counts one event on local day {@code day} (days since 1970-01-01). */
  public void add(long day) {
    add(day, 1);
  }

  /** Counts {@code n} events on local day {@code day} (days since 1970-01-01). */
  public void add(long day, long n) {
    // Hot path: a range check and an increment; the year is looked up only when it changes.
    if (day >= yearStart && day < yearEnd) {
      year[(int) (day - yearStart)] += n;
      if (day < first) {
        first = day;
      }
      if (day > last) {
        last = day;
      }
      return;
    }
    addSlowly(day, n);
  }

  /** Counts {@code n} events on {@code day}, the slow way: the list, or a year's array. */
  private void addSlowly(long day, long n) {
    if (day < JAN1_FIRST || day >= JAN1_AFTER_LAST) {
      outside += n;
      return;
    }
    if (day < first) {
      first = day;
    }
    if (day > last) {
      last = day;
    }
    if (years == null) {
      for (int i = 0; i < sparse; i++) {
        if (sparseDays[i] == day) {
          sparseCounts[i] += n;
          return;
        }
      }
      if (sparse < SPARSE_DAYS) {
        if (sparse == sparseDays.length) {
          sparseDays = java.util.Arrays.copyOf(sparseDays, sparse * 2);
          sparseCounts = java.util.Arrays.copyOf(sparseCounts, sparse * 2);
        }
        sparseDays[sparse] = day;
        sparseCounts[sparse++] = n;
        return;
      }
      dense();
    }
    enterYear(day);
    year[(int) (day - yearStart)] += n;
  }

  /** Moves the listed days into arrays per year, for good. */
  private void dense() {
    years = new long[LAST_YEAR - FIRST_YEAR + 1][];
    for (int i = 0; i < sparse; i++) {
      enterYear(sparseDays[i]);
      year[(int) (sparseDays[i] - yearStart)] += sparseCounts[i];
    }
    sparse = 0;
    sparseDays = null;
    sparseCounts = null;
  }

  /**
   * Makes {@code day}'s year (within the years kept) the current one. Found in a table of the
   * years' first days, not through {@code LocalDate}: input out of time order (a text file of mixed
   * years, parts merged) changes year on many records, and this is on the path of every one.
   */
  private void enterYear(long day) {
    int i = (int) ((day - JAN1[0]) * 4 / 1461); // a year of 365.25 days: at most one off
    if (i > JAN1.length - 2) {
      i = JAN1.length - 2;
    }
    while (i > 0 && JAN1[i] > day) {
      i--;
    }
    while (i < JAN1.length - 2 && JAN1[i + 1] <= day) {
      i++;
    }
    if (years[i] == null) {
      years[i] = new long[366];
    }
    year = years[i];
    yearStart = JAN1[i];
    yearEnd = JAN1[i + 1];
  }

  // The local day number of January 1st of each year kept, and of the year after the last.
  private static final long[] JAN1 = new long[LAST_YEAR - FIRST_YEAR + 2];

  static {
    for (int i = 0; i < JAN1.length; i++) {
      JAN1[i] = LocalDate.of(FIRST_YEAR + i, 1, 1).toEpochDay();
    }
  }

  private static final long JAN1_FIRST = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
  private static final long JAN1_AFTER_LAST = LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay();

  /** Adds another worker's counts. */
  public void merge(DayCounts other) {
    if (other.years == null) {
      for (int i = 0; i < other.sparse; i++) {
        add(other.sparseDays[i], other.sparseCounts[i]); // days within the years kept
      }
      outside += other.outside;
      return;
    }
    if (years == null) {
      dense();
    }
    for (int i = 0; i < years.length; i++) {
      long[] o = other.years[i];
      if (o == null) {
        continue;
      }
      if (years[i] == null) {
        years[i] = o.clone();
      } else {
        long[] mine = years[i];
        for (int d = 0; d < mine.length; d++) {
          mine[d] += o[d];
        }
      }
    }
    first = Math.min(first, other.first);
    last = Math.max(last, other.last);
    outside += other.outside;
    yearStart = Long.MAX_VALUE; // the current year's array may have been replaced
    yearEnd = Long.MIN_VALUE;
  }

  /**
   * The counts of {@code year} as saved state: one per day of the year from January 1st (366, the
   * last unused in a common year); null when the year had no event or lies outside {@value
   * #FIRST_YEAR}–{@value #LAST_YEAR}. A copy.
   */
  public long[] year(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    if (years == null) {
      long jan1 = LocalDate.of(year, 1, 1).toEpochDay();
      long[] y = null;
      for (int i = 0; i < sparse; i++) {
        long k = sparseDays[i] - jan1;
        if (k >= 0 && k < 366 && LocalDate.ofEpochDay(sparseDays[i]).getYear() == year) {
          if (y == null) {
            y = new long[366];
          }
          y[(int) k] += sparseCounts[i];
        }
      }
      return y;
    }
    long[] y = years[year - FIRST_YEAR];
    return y == null ? null : y.clone();
  }

  /**
   * Counts rebuilt from saved state, as a worker that counted elsewhere (a Spark task) saved them:
   * {@link #year} of each year from {@value #FIRST_YEAR} (index 0) to {@value #LAST_YEAR}, null for
   * a year with none, and {@link #outside}.
   *
   * @throws IllegalArgumentException when the arrays have the wrong shape or a count is negative
   */
  public static DayCounts of(long[][] years, long outside) {
    DayCounts d = new DayCounts();
    if (years.length != LAST_YEAR - FIRST_YEAR + 1 || outside < 0) {
      throw new IllegalArgumentException("day counts of the wrong shape");
    }
    d.dense();
    for (int i = 0; i < years.length; i++) {
      long[] y = years[i];
      if (y == null) {
        continue;
      }
      if (y.length != 366) {
        throw new IllegalArgumentException("a year of the wrong length");
      }
      long jan1 = LocalDate.of(FIRST_YEAR + i, 1, 1).toEpochDay();
      for (int k = 0; k < y.length; k++) {
        if (y[k] < 0) {
          throw new IllegalArgumentException("a negative day count");
        }
        if (y[k] > 0) {
          d.first = Math.min(d.first, jan1 + k);
          d.last = Math.max(d.last, jan1 + k);
        }
      }
      d.years[i] = y.clone();
    }
    d.outside = outside;
    return d;
  }

  /** Whether no event fell in the years kept. */
  public boolean isEmpty() {
    return first == Long.MAX_VALUE;
  }

  /** The first local day with an event; only when not {@link #isEmpty}. */
  public LocalDate first() {
    return LocalDate.ofEpochDay(first);
  }

  /** The last local day with an event; only when not {@link #isEmpty}. */
  public LocalDate last() {
    return LocalDate.ofEpochDay(last);
  }

  /** Events before {@value #FIRST_YEAR} or after {@value #LAST_YEAR}, not counted by day. */
  public long outside() {
    return outside;
  }

  /** The events of local day {@code day} (days since 1970-01-01). */
  public long count(long day) {
    if (day < JAN1_FIRST || day >= JAN1_AFTER_LAST) {
      return 0;
    }
    if (years == null) {
      for (int i = 0; i < sparse; i++) {
        if (sparseDays[i] == day) {
          return sparseCounts[i];
        }
      }
      return 0;
    }
    LocalDate d = LocalDate.ofEpochDay(day);
    long[] y = years[d.getYear() - FIRST_YEAR];
    return y == null ? 0 : y[d.getDayOfYear() - 1];
  }

  /** One count per day from {@code from} to {@code to}, both included. */
  public long[] counts(LocalDate from, LocalDate to) {
    int n = (int) (to.toEpochDay() - from.toEpochDay() + 1);
    long[] out = new long[Math.max(0, n)];
    if (years == null) {
      long start = from.toEpochDay();
      for (int k = 0; k < sparse; k++) {
        long at = sparseDays[k] - start;
        if (at >= 0 && at < n) {
          out[(int) at] = sparseCounts[k];
        }
      }
      return out;
    }
    LocalDate d = from;
    int i = 0;
    while (i < n) {
      long[] y =
          d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR
              ? null
              : years[d.getYear() - FIRST_YEAR];
      int doy = d.getDayOfYear() - 1;
      int len = d.lengthOfYear();
      while (doy < len && i < n) {
        out[i++] = y == null ? 0 : y[doy];
        doy++;
      }
      d = LocalDate.of(d.getYear() + 1, 1, 1);
    }
    return out;
  }
}
