package dev.heatmap.time.parse;

/**
 * A {@link TimestampParser} that also reads a value straight from a char array, with the same
 * answers as {@link #parse(CharSequence)} gives for the same characters. Not thread-safe: it may
 * keep a view to hand spellings it has no array path for to the general path.
 */
public interface ArrayParser extends TimestampParser {
  /** The instant {@code chars[from, to)} names, in epoch seconds, or {@link #INVALID}. */
  long parse(char[] chars, int from, int to);

  /** Returned by {@link #parseUtf8} for a value it leaves to {@link #parse(char[], int, int)}. */
  long UNDECIDED = Long.MIN_VALUE + 1;

  /**
   * The instant the UTF-8 bytes {@code b[from, to)} name, read straight from the bytes, or {@link
   * #UNDECIDED} when this parser has no byte path for them (a spelling it reads only from
   * characters, a byte that is not ASCII, an invalid value): then the caller decodes them and asks
   * {@link #parse(char[], int, int)}, which gives the answer and the reason. When it returns an
   * instant, it is the one the character path gives for the same text.
   */
  default long parseUtf8(byte[] b, int from, int to) {
    return UNDECIDED;
  }
}
