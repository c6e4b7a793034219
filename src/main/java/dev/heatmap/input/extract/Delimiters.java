package dev.heatmap.input.extract;

/**
 * Finds the delimiter of delimited text among {@code ,} {@code ;} TAB and {@code |}: the one that
 * occurs, outside double quotes, the same number of times (at least once) on each of the first
 * lines. Lines are counted physically; a quoted field that spans lines keeps its quote state across
 * them.
 */
public final class Delimiters {
  static final char[] CANDIDATES = {',', ';', '\t', '|'};

  /** How many lines are looked at. */
  static final int LINES = 20;

  private Delimiters() {}

  /**
   * The consistent delimiter in {@code text}, or 0 when none is. When {@code needTwoLines} is set a
   * single line is not evidence enough (content sniffing); else one line with delimiters will do.
   */
  public static char detect(CharSequence text, boolean needTwoLines) {
    int[][] counts = new int[CANDIDATES.length][LINES];
    int lines = 0;
    boolean quoted = false;
    boolean blank = true;
    int len = text.length();
    for (int i = 0; i < len && lines < LINES; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        if (!blank) {
          lines++;
        }
        blank = true;
        continue;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            counts[k][lines]++;
          }
        }
      }
      if (c != '\r' && c != ' ') {
        blank = false;
      }
    }
    int complete = lines;
    if (!blank && lines < LINES) {
      // A last line with no newline may be cut short by the sample: it counts only when alone.
      lines++;
      complete = lines == 1 ? 1 : lines - 1;
    }
    if (complete == 0 || (needTwoLines && lines < 2)) {
      return 0;
    }
    char best = 0;
    int bestCount = 0;
    for (int k = 0; k < CANDIDATES.length; k++) {
      int first = counts[k][0];
      if (first == 0) {
        continue;
      }
      boolean consistent = true;
      for (int l = 1; l < complete; l++) {
        if (counts[k][l] != first) {
          consistent = false;
          break;
        }
      }
      if (consistent && first > bestCount) {
        best = CANDIDATES[k];
        bestCount = first;
      }
    }
    return best;
  }
}
