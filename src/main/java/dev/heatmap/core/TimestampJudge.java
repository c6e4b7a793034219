package dev.heatmap.core;

import java.util.List;

/**
 * How the time layer judges sampled values, for the input layer's choice of the timestamp field:
 * the seam through which {@code input} asks {@code time} without importing it. {@code run} hands
 * the time layer's judge ({@code time.FormatDetector.JUDGE}) to the input configuration.
 */
public interface TimestampJudge {
  /**
   * How many of {@code texts} read as timestamps in the one known format that fits most of them
   * (values read as UTC; only the count matters).
   */
  int timestamps(List<String> texts);

  /** Whether a number reads as an epoch value in some unit (seconds to nanoseconds). */
  boolean epoch(double value);

  /** What {@link #instants} and {@link #epochSecond} give for a value that is no timestamp. */
  long NONE = Long.MIN_VALUE;

  /**
   * The epoch second of each of {@code texts}, read in the one known format that fits most of them
   * (as UTC), {@link #NONE} where it does not read; null when this judge cannot tell (the default).
   * For comparing two fields on the same records, not for counting.
   */
  default long[] instants(List<String> texts) {
    return null;
  }

  /** The epoch second of a number read as an epoch value, {@link #NONE} when it is not one. */
  default long epochSecond(double value) {
    return NONE;
  }
}
