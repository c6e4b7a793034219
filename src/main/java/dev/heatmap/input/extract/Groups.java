package dev.heatmap.input.extract;

/**
 * Group names as they go to the grid: a record without a group value goes to {@link #NONE}, and a
 * value is cut to {@link #MAX_LENGTH} characters so that a hostile cell cannot make names of
 * unbounded size.
 */
public final class Groups {
  /** The group of records whose group field is missing or empty. */
  public static final String NONE = "(none)";

  static final int MAX_LENGTH = 256;

  private Groups() {}

  /** The group name for a raw value (possibly null). */
  public static String name(CharSequence value) {
    if (value == null) {
      return NONE;
    }
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && value.charAt(end - 1) <= ' ') {
      end--;
    }
    if (start == end) {
      return NONE;
    }
    if (end - start > MAX_LENGTH) {
      end = start + MAX_LENGTH;
    }
    return value.subSequence(start, end).toString();
  }
}
