package dev.heatmap.time.parse;

/**
 * The unit of an epoch number. {@link #guess} picks the unit that puts a value in the sane range
 * (1990 to 2100 by default) so that seconds, milliseconds, microseconds and nanoseconds since 1970
 * all read right with no flag.
 */
public enum EpochUnit {
  S("s", 1L),
  MS("ms", 1_000L),
  US("us", 1_000_000L),
  NS("ns", 1_000_000_000L);

  /** 1990-01-01T00:00:00Z and 2100-01-01T00:00:00Z in epoch seconds. */
  public static final long SANE_FROM = 631_152_000L;

  public static final long SANE_UNTIL = 4_102_444_800L;

  private final String id;
  private final long perSecond;

  EpochUnit(String id, long perSecond) {
    this.id = id;
    this.perSecond = perSecond;
  }

  /** The name used on the command line ({@code --epoch-unit ms}). */
  public String id() {
    return id;
  }

  /**
   * The value in epoch seconds (fractions dropped toward the past), by an exact division of the
   * whole part: multiplying by 1e-3 could round 1704067199999.9998 ms up into the next second.
   */
  public long toEpochSecond(double value) {
    return Math.floorDiv((long) Math.floor(value), perSecond);
  }

  /** The unit that puts {@code value} in [SANE_FROM, SANE_UNTIL), or null when none does. */
  public static EpochUnit guess(double value) {
    for (EpochUnit u : values()) {
      long s = u.toEpochSecond(value);
      if (s >= SANE_FROM && s < SANE_UNTIL) {
        return u;
      }
    }
    return null;
  }
}
