package dev.heatmap.time;

/**
 * A {@link TimestampParser} that also reads a value straight from a char array, with the same
 * answers as {@link #parse(CharSequence)} gives for the same characters. Not thread-safe: it may
 * keep a view to hand spellings it has no array path for to the general path.
 */
public interface ArrayParser extends TimestampParser {
  /** The instant {@code chars[from, to)} names, in epoch seconds, or {@link #INVALID}. */
  long parse(char[] chars, int from, int to);
}
