package dev.heatmap.time;

/** Receives resolved instants: what the time layer hands to the grid layer. */
public interface InstantSink {
  /** A record whose timestamp is {@code epochSecond}; {@code group} is null when not grouping. */
  void instant(long epochSecond, String group);

  /**
   * A record whose timestamp is {@code epochSecond} and whose text carried the UTC offset {@code
   * writtenOffset} (seconds east of UTC), or {@link WrittenOffset#NONE} when it carried none. Sinks
   * that do not use the written offset need not override this.
   */
  default void instant(long epochSecond, int writtenOffset, String group) {
    instant(epochSecond, group);
  }

  /** A record that gave no usable timestamp; it counts as skipped. */
  void skipped(String group);

  /**
   * A record whose timestamp ({@code epochSecond}) lies outside {@code --since}/{@code --until}; it
   * counts as filtered, not skipped. Sinks that report no such count may ignore it.
   */
  default void filtered(long epochSecond, String group) {}

  /**
   * A line with no timestamp in a log whose other lines have one (a stack trace, the rest of a
   * multi-line message, a header): neither an event nor skipped.
   */
  default void continuation() {}

  /**
   * {@code n} events at {@code epochSecond} (a pre-aggregated record, {@code --count-field}); by
   * default {@code n} calls of {@link #instant}.
   */
  default void instants(long epochSecond, String group, long n) {
    for (long i = 0; i < n; i++) {
      instant(epochSecond, group);
    }
  }
}
