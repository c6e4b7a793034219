package dev.heatmap.time.parse;

/**
 * Turns the text of one timestamp into an instant.
 *
 * <p>Contract: {@link #parse} returns the instant in epoch seconds, or {@link #INVALID} when the
 * text is not a valid timestamp in this parser's format. It never throws for bad text and never
 * rolls an invalid field (day 30 of February, hour 25) over into another date. Values that carry no
 * offset are read in the zone the parser was built with. Implementations on the hot path hold no
 * per-call state and allocate nothing.
 */
public interface TimestampParser {
  /** Returned by {@link #parse} for text that is not a valid timestamp. */
  long INVALID = Long.MIN_VALUE;

  /** The instant {@code text} names, in epoch seconds, or {@link #INVALID}. */
  long parse(CharSequence text);

  /** A short human name of the format, for messages ("ISO-8601", "m/d/yy H:mm"). */
  String name();
}
