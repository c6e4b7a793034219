package dev.heatmap.render;

/** Makes untrusted text safe to print on a terminal. */
public final class Terminal {
  private Terminal() {}

  /**
   * Removes ANSI escape sequences and replaces other control characters (C0, DEL, C1, bidi
   * overrides) with {@code ?}, so data cannot move the cursor, recolour or retitle a terminal.
   */
  public static String clean(String s) {
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean control =
          c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069');
      if (!control) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n).append(s, 0, i);
      }
      if (c == 0x1b && i + 1 < n && s.charAt(i + 1) == '[') {
        // CSI: skip parameters and intermediates up to the final byte.
        int j = i + 2;
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3f) {
          j++;
        }
        i = j < n ? j : n - 1;
        continue;
      }
      sb.append('?');
    }
    return sb == null ? s : sb.toString();
  }
}
