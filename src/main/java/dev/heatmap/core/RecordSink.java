package dev.heatmap.core;

/**
 * Receives the records an {@code input.extract.Extractor} finds: for each, the raw timestamp value,
 * the group key ({@code null} when not grouping) and the 1-based line (0 when the format has none).
 *
 * <p>Values passed as {@link CharSequence} may be reused buffers: a sink that keeps one must copy
 * it. Exactly one method is called per record.
 */
public interface RecordSink {
  /** A timestamp written as text, in whatever format the input uses. */
  void text(CharSequence value, String group, long line);

  /**
   * A timestamp written as text, offered as its UTF-8 bytes {@code b[from, to)} before they are
   * decoded: a sink that can read it straight from the bytes does so and returns true; one that
   * returns false (the default) gets the same value again through {@link #text}. The bytes are a
   * reused buffer, valid only during the call.
   */
  default boolean utf8(byte[] b, int from, int to, String group, long line) {
    return false;
  }

  /** A timestamp written as a number: an epoch value in an as yet unknown unit. */
  void number(double value, String group, long line);

  /**
   * A wall-clock time with no zone (an Excel date cell), given as the epoch second its fields would
   * have if read as UTC.
   */
  void wallTime(long wallEpochSecond, String group, long line);

  /**
   * A value from further into the input (its middle, its end), offered only to decide the format
   * over the whole input, not just its start (a day-first file whose first thousand days are all 12
   * or less); not a record, never counted. The default ignores it.
   */
  default void sample(CharSequence value) {}

  /** A record that has no usable timestamp value at all. */
  void skip(String group, long line, SkipReason reason, String detail);

  /**
   * A line of a log layout that carries no timestamp where the layout puts one (a stack trace, the
   * rest of a multi-line message, a header): not a record, counted apart from skipped records.
   */
  default void continuation(long line) {}

  /**
   * Pre-aggregated input ({@code --count-field}): the next record handed to this sink counts {@code
   * n} events at its timestamp, not one. Sinks that count nothing may ignore it.
   */
  default void count(long n) {}
}
