package dev.heatmap.render;

/** Makes untrusted text safe to print on a terminal. */
public final class Terminal {
  private Terminal() {}

  /**
   * Removes ANSI escape sequences (CSI, and OSC strings such as OSC 52 clipboard writes and OSC 0
   * titles, up to their BEL or string terminator) and replaces other control characters (C0, DEL,
   * C1, bidi marks, embeddings, overrides and isolates) with {@code ?}, so data cannot move the
   * cursor, recolour or retitle a terminal, write the clipboard, or reorder what is shown.
   */
  public static String clean(String s) {
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean control =
          c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u061c'
              || c == '\u200e'
              || c == '\u200f'
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
      boolean csi = (c == 0x1b && i + 1 < n && s.charAt(i + 1) == '[') || c == 0x9b;
      if (csi) {
        // CSI (ESC [ or C1's one character): skip parameters and intermediates to the final byte.
        int j = i + (c == 0x9b ? 1 : 2);
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3f) {
          j++;
        }
        i = j < n ? j : n - 1;
        continue;
      }
      boolean osc = (c == 0x1b && i + 1 < n && s.charAt(i + 1) == ']') || c == 0x9d;
      if (osc) {
        // OSC (and DCS-like strings): skip to BEL, ESC \ or ST; an unterminated one to the end.
        int j = i + (c == 0x9d ? 1 : 2);
        while (j < n) {
          char d = s.charAt(j);
          if (d == 0x07 || d == 0x9c) {
            break;
          }
          if (d == 0x1b && j + 1 < n && s.charAt(j + 1) == '\\') {
            j++;
            break;
          }
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
