package dev.heatmap.core;

/**
 * The group names the tool makes up: {@link #NONE} for records without a group value, {@link
 * #OTHER} for the groups folded past the top N, {@link #ALL} for CSV's overall block. A real value
 * spelled like one of them is renamed where names are made (input.extract.Groups), so that a name
 * equal to one of these is always the tool's own ({@link #synthetic}).
 */
public final class GroupNames {
  public static final String NONE = "(none)";

  public static final String OTHER = "(other)";

  public static final String ALL = "(all)";

  private GroupNames() {}

  /** Whether {@code s} is a made-up name inside zero or more pairs of double quotes. */
  public static boolean reserved(String s) {
    int a = 0;
    int b = s.length();
    while (b - a >= 2 && s.charAt(a) == '"' && s.charAt(b - 1) == '"') {
      a++;
      b--;
    }
    return b - a == NONE.length() && s.startsWith(NONE, a)
        || b - a == OTHER.length() && s.startsWith(OTHER, a)
        || b - a == ALL.length() && s.startsWith(ALL, a);
  }

  /** Whether {@code name} is one the tool made up rather than a value read from the input. */
  public static boolean synthetic(String name) {
    return name.equals(NONE) || name.equals(OTHER) || name.equals(ALL);
  }
}
