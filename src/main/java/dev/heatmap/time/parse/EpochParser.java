package dev.heatmap.time.parse;

/**
 * Epoch numbers written as text: {@code 1700000000}, {@code 1700000000.25}, {@code 1700000000123}.
 * The unit is fixed ({@code --epoch-unit}) or, per value, the one that puts the value in the sane
 * range ({@link EpochUnit#guess}); the unit ranges do not overlap, so one input may mix them. Zero,
 * negative numbers and values that fall outside the range are invalid: a 0 or a -1 in a timestamp
 * column is a placeholder, not 1970-01-01.
 */
public final class EpochParser implements TimestampParser {
  private static final long[] DIVISORS = {1L, 1_000L, 1_000_000L, 1_000_000_000L};

  /** The fixed unit, or null to guess per value. */
  private final EpochUnit unit;

  public EpochParser(EpochUnit unit) {
    this.unit = unit;
  }

  @Override
  public String name() {
    return unit == null ? "epoch (unit by magnitude)" : "epoch " + unit.id();
  }

  @Override
  public long parse(CharSequence s) {
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    int n = Scan.countDigits(s, p, end, 20);
    if (n == 0 || n > 19) {
      return INVALID;
    }
    int q = p + n;
    if (q < end && s.charAt(q) == '.') {
      int f = Scan.countDigits(s, q + 1, end, end - q);
      if (f == 0) {
        return INVALID;
      }
      q += 1 + f;
    }
    if (q != end) {
      return INVALID;
    }
    long v = 0;
    for (int i = p; i < p + n; i++) {
      v = v * 10 + (s.charAt(i) - '0');
      if (v < 0) {
        return INVALID; // more than Long.MAX_VALUE
      }
    }
    return seconds(v, unit);
  }

  /** The epoch second of the whole number {@code v} in {@code unit} (null: by magnitude). */
  public static long seconds(long v, EpochUnit unit) {
    if (v <= 0) {
      return INVALID;
    }
    if (unit != null) {
      long t = v / DIVISORS[unit.ordinal()];
      return t > 0 && t <= Calendar.MAX_EPOCH_SECOND ? t : INVALID;
    }
    for (long d : DIVISORS) {
      long t = v / d;
      if (t >= EpochUnit.SANE_FROM && t < EpochUnit.SANE_UNTIL) {
        return t;
      }
    }
    return INVALID;
  }

  /** The epoch second of a JSON number in {@code unit} (null: by magnitude), or INVALID. */
  public static long seconds(double value, EpochUnit unit) {
    if (!Double.isFinite(value) || value <= 0) {
      return INVALID;
    }
    EpochUnit u = unit != null ? unit : EpochUnit.guess(value);
    if (u == null) {
      return INVALID;
    }
    long t = u.toEpochSecond(value);
    return t >= 1 && t <= Calendar.MAX_EPOCH_SECOND ? t : INVALID;
  }
}
