package dev.heatmap.input.extract;

import dev.heatmap.core.GroupNames;

/**
 * Group names as they go to the grid: a record without a group value goes to {@link #NONE}, and a
 * value is cut to {@link #MAX_LENGTH} characters so that a hostile cell cannot make names of
 * unbounded size.
 *
 * <p>The names the tool makes up ({@code (none)}, {@code (other)}, and {@code (all)} for the
 * overall block of CSV) cannot be spoofed: a real value spelled like one, inside any number of
 * double quotes, gets one more pair of quotes ({@code (all)} → {@code "(all)"}, {@code "(all)"} →
 * {@code ""(all)""}), the same in every format. That keeps distinct values distinct and no value
 * equal to a made-up name.
 */
public final class Groups {
  /** The group of records whose group field is missing or empty. */
  public static final String NONE = GroupNames.NONE;

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
    String name = value.subSequence(start, end).toString();
    return GroupNames.reserved(name) ? '"' + name + '"' : name;
  }
}
