package dev.heatmap.grid;

/**
 * What {@code --infer-tz} needs from the records, gathered in the per-record path in fixed memory
 * whatever the input's size: the set of active UTC quarter-hours of each year from {@value
 * #FIRST_YEAR} to {@value #LAST_YEAR} (one bit each, 4.4 KB per year that has records, so at most
 * 580 KB), and how many records fell in each UTC quarter-hour of the week (to redraw the grid in
 * another offset).
 *
 * <p>Activity is counted in active quarter-hours, not in records: a burst of 200 chat lines in one
 * quarter-hour weighs as one quarter-hour at the keyboard, as it should for the question "when is
 * this person awake and working". Because the evidence is a set, the count does not depend on the
 * order of the records, and {@link #merge} of two workers' evidence is exact. Records before
 * {@value #FIRST_YEAR} or after {@value #LAST_YEAR} are not used for inference. Not thread-safe.
 */
public final class TzEvidence {
  /** Weeks of the year: day of the year / 7, so 0..52. */
  public static final int WEEKS = 53;

  /** Quarter-hours in a week. */
  public static final int QUARTERS = 7 * 96;

  /** The first year whose activity is kept. */
  public static final int FIRST_YEAR = 1970;

  /** The last year whose activity is kept. */
  public static final int LAST_YEAR = 2100;

  private static final int YEAR_QUARTERS = 366 * 96;

  private final long[][] bits = new long[LAST_YEAR - FIRST_YEAR + 1][];
  private final long[] records = new long[QUARTERS];
  private long total;
  // The year the last record fell in, as quarter-hours since the epoch: [yearStart, yearEnd).
  private long yearStart = Long.MAX_VALUE;
  private long yearEnd = Long.MIN_VALUE;
  private long[] yearBits;

  /** Adds {@code n} records at {@code epochSecond} (a pre-aggregated record). */
  public void add(long epochSecond, long n) {
    addQuarter(Math.floorDiv(epochSecond, 900L), n);
  }

  /** Adds one record at {@code epochSecond}. */
  public void add(long epochSecond) {
    // Hot path: integer arithmetic and one bit set; the year is looked up only when it changes.
    long quarter = Math.floorDiv(epochSecond, 900L);
    long day = Math.floorDiv(quarter, 96L);
    int weekday = (int) Math.floorMod(day + 3, 7L); // 1970-01-01 was a Thursday; Monday = 0
    records[weekday * 96 + (int) (quarter - day * 96L)]++;
    total++;
    if (quarter < yearStart || quarter >= yearEnd) {
      if (!enterYear(day)) {
        return;
      }
    }
    int i = (int) (quarter - yearStart);
    yearBits[i >>> 6] |= 1L << i;
  }

  /**
   * Adds {@code n} records in UTC quarter-hour {@code quarter} (counted from 1970-01-01 00:00 UTC),
   * as {@code n} calls of {@link #add} within it would: for {@link CompactEvidence}'s sparse form.
   */
  void addQuarter(long quarter, long n) {
    long day = Math.floorDiv(quarter, 96L);
    int weekday = (int) Math.floorMod(day + 3, 7L);
    records[weekday * 96 + (int) (quarter - day * 96L)] += n;
    total += n;
    if (quarter < yearStart || quarter >= yearEnd) {
      if (!enterYear(day)) {
        return;
      }
    }
    int i = (int) (quarter - yearStart);
    yearBits[i >>> 6] |= 1L << i;
  }

  /** Makes the year of {@code day} current; false when it is outside the years kept. */
  private boolean enterYear(long day) {
    long year = yearOf(day);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      yearStart = Long.MAX_VALUE;
      yearEnd = Long.MIN_VALUE;
      return false;
    }
    int y = (int) year - FIRST_YEAR;
    if (bits[y] == null) {
      bits[y] = new long[YEAR_QUARTERS / 64];
    }
    yearBits = bits[y];
    yearStart = jan1(year) * 96L;
    yearEnd = jan1(year + 1) * 96L;
    return true;
  }

  /** The proleptic Gregorian year of a day counted from 1970-01-01 (Hinnant's civil_from_days). */
  static long yearOf(long day) {
    long z = day + 719_468L;
    long era = Math.floorDiv(z, 146_097L);
    long doe = z - era * 146_097L;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doyMarch = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doyMarch + 2) / 153;
    return yoe + era * 400 + (mp >= 10 ? 1 : 0);
  }

  /** Days from 1970-01-01 to January 1st of {@code year}. */
  static long jan1(long year) {
    long y = year - 1;
    long era = Math.floorDiv(y, 400L);
    long yoe = y - era * 400;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + 306; // Jan 1 is day 306 of a March-based year
    return era * 146_097 + doe - 719_468;
  }

  /** Adds another worker's evidence. */
  public void merge(TzEvidence other) {
    for (int y = 0; y < bits.length; y++) {
      if (other.bits[y] == null) {
        continue;
      }
      if (bits[y] == null) {
        bits[y] = other.bits[y].clone();
      } else {
        for (int i = 0; i < bits[y].length; i++) {
          bits[y][i] |= other.bits[y][i];
        }
      }
    }
    for (int i = 0; i < QUARTERS; i++) {
      records[i] += other.records[i];
    }
    total += other.total;
    yearStart = Long.MAX_VALUE; // the current year's array may have been replaced
    yearEnd = Long.MIN_VALUE;
  }

  /**
   * The active quarter-hours of {@code year} as saved state: bit {@code i} of word {@code i / 64}
   * is the {@code i}-th quarter-hour from January 1st 00:00 UTC; null when the year had no record
   * (or lies outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}). A copy.
   */
  public long[] activeQuarters(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    long[] b = bits[year - FIRST_YEAR];
    return b == null ? null : b.clone();
  }

  /** The records per UTC quarter-hour of the week ({@value #QUARTERS} of them), a copy. */
  public long[] quarterRecords() {
    return records.clone();
  }

  /**
   * Evidence rebuilt from saved state, as a worker that gathered it elsewhere (a Spark task) saved
   * it: {@link #activeQuarters} of each year from {@value #FIRST_YEAR} (index 0) to {@value
   * #LAST_YEAR}, null for a year with none, then {@link #quarterRecords} and {@link #total}.
   *
   * @throws IllegalArgumentException when the arrays have the wrong shape or the total is not the
   *     records' sum
   */
  public static TzEvidence of(long[][] years, long[] quarterRecords, long total) {
    TzEvidence e = new TzEvidence();
    if (years.length != e.bits.length || quarterRecords.length != QUARTERS) {
      throw new IllegalArgumentException("evidence of the wrong shape");
    }
    long sum = 0;
    for (long r : quarterRecords) {
      sum += r;
    }
    if (sum != total) {
      throw new IllegalArgumentException("the total is not the sum of the records");
    }
    for (int y = 0; y < years.length; y++) {
      if (years[y] != null) {
        if (years[y].length != YEAR_QUARTERS / 64) {
          throw new IllegalArgumentException("a year of the wrong length");
        }
        e.bits[y] = years[y].clone();
      }
    }
    System.arraycopy(quarterRecords, 0, e.records, 0, QUARTERS);
    e.total = total;
    return e;
  }

  /** Records at UTC quarter-hour of the week {@code q} (0 = Monday 00:00–00:15 UTC). */
  public long records(int q) {
    return records[q];
  }

  /** How many records were added. */
  public long total() {
    return total;
  }

  /** The activity as a table the inference reads. */
  public Summary summary() {
    long[] active = new long[WEEKS * QUARTERS];
    long[] perYear = new long[bits.length];
    long count = 0;
    long days = 0;
    for (int y = 0; y < bits.length; y++) {
      long[] b = bits[y];
      if (b == null) {
        continue;
      }
      long start = jan1(FIRST_YEAR + y);
      int lastDay = -1;
      for (int i = 0; i < b.length; i++) {
        long word = b[i];
        while (word != 0) {
          int bit = Long.numberOfTrailingZeros(word);
          word &= word - 1;
          int index = i * 64 + bit;
          int dayOfYear = index / 96;
          if (dayOfYear != lastDay) {
            days++;
            lastDay = dayOfYear;
          }
          int weekday = (int) Math.floorMod(start + dayOfYear + 3, 7L);
          active[(dayOfYear / 7) * QUARTERS + weekday * 96 + index % 96]++;
          perYear[y]++;
          count++;
        }
      }
    }
    int busiest = 0;
    for (int y = 1; y < perYear.length; y++) {
      if (perYear[y] > perYear[busiest]) {
        busiest = y;
      }
    }
    return new Summary(active, count, days, FIRST_YEAR + busiest);
  }

  /**
   * The activity the inference reads.
   *
   * @param active active quarter-hours by week of the year and UTC quarter-hour of the week,
   *     indexed {@code week * QUARTERS + q}
   * @param count how many quarter-hours were active
   * @param days how many UTC days had any activity
   * @param busiestYear the year with the most active quarter-hours
   */
  public record Summary(long[] active, long count, long days, int busiestYear) {
    public long active(int week, int q) {
      return active[week * QUARTERS + q];
    }
  }
}
