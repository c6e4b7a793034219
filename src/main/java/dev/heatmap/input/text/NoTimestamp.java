package dev.heatmap.input.text;

import dev.heatmap.input.extract.Source;
import java.nio.charset.StandardCharsets;

/**
 * What to say when a text input gives no timestamp: its first non-blank line (cleaned, cut at 80
 * characters), what it nearly is when a known layout almost fits, and the command to try next.
 */
final class NoTimestamp {
  private NoTimestamp() {}

  static String hint(byte[] head, String name) {
    String line = TextExtractor.firstLine(head);
    if (line.isEmpty()) {
      return null;
    }
    boolean stdin = name.equals(Source.STDIN_NAME);
    String file = name.indexOf(' ') >= 0 || name.indexOf('\'') >= 0 ? "'" + name + "'" : name;
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    String quoted = "the first line is \"" + line + "\"";
    int open = line.indexOf('[');
    int close = open < 0 ? -1 : line.indexOf(']', open);
    if (clockFirst(b)) {
      return quoted
          + ": the lines carry only a time of day, no date; heatmap takes the date from day lines"
          + " (irssi's '--- Day changed') or from a file name holding it (ZNC's YYYY-MM-DD.log):"
          + (stdin
              ? " save it to a file named by its day, e.g. 2024-03-05.log"
              : " try naming the file by its day, e.g. cp " + file + " 2024-03-05.log");
    }
    String example = open == 0 && close > 0 ? "'^\\[(?<ts>[^]]+)\\]'" : "'^(?<ts>\\S+ \\S+)'";
    return quoted
        + ": no known log layout or timestamp format fits it; try: heatmap "
        + (stdin ? "" : file + " ")
        + "--regex "
        + example
        + " (the group ts around the timestamp), with --time-format PATTERN if needed";
  }

  /** Whether the line starts with {@code HH:MM}, bracketed or not. */
  private static boolean clockFirst(byte[] b) {
    int p = b.length > 0 && b[0] == '[' ? 1 : 0;
    return b.length >= p + 5
        && Layout.digits(b, p, b.length) == 2
        && b[p + 2] == ':'
        && Layout.digits(b, p + 3, b.length) == 2;
  }
}
