package dev.heatmap.render;

/**
 * The terminal's background, as far as it can be known, which picks the terminal's colour ramp so
 * that the busiest cells are the most visible: brightest on a dark background, darkest on a light
 * one, and a ramp that reads on both when nothing says which it is.
 */
public enum Background {
  /** Light text on a dark background. */
  DARK,
  /** Dark text on a light background. */
  LIGHT,
  /** Not known: the ramp must read on both. */
  UNKNOWN;

  /**
   * What {@code COLORFGBG} says (rxvt, Konsole, iTerm2 and others set it: {@code "15;0"}, the
   * foreground and background colour numbers, sometimes with a middle field): the background is
   * dark for colours 0-6 and 8, light for 7 and 9-15; anything else, or no variable, is unknown.
   */
  public static Background fromColorFgBg(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    int semicolon = value.lastIndexOf(';');
    String bg = value.substring(semicolon + 1).strip();
    if (bg.isEmpty() || bg.length() > 2) {
      return UNKNOWN;
    }
    int n = 0;
    for (int i = 0; i < bg.length(); i++) {
      char c = bg.charAt(i);
      if (c < '0' || c > '9') {
        return UNKNOWN;
      }
      n = n * 10 + (c - '0');
    }
    if (n > 15) {
      return UNKNOWN;
    }
    return n <= 6 || n == 8 ? DARK : LIGHT;
  }
}
