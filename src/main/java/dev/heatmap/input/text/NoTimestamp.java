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
    String access = accessLogDate(b);
    if (access != null) {
      String format = numericMonth(access);
      return quoted
          + ": looks like a web server access log, but its date ["
          + access
          + "] is not NCSA's [18/Mar/2024:10:15:31 +0100]; try: heatmap "
          + (stdin ? "" : file + " ")
          + "--regex '\\[(?<ts>[^]]+)\\]'"
          + (format != null
              ? " --time-format '" + format + "'"
              : ", with --time-format PATTERN if its spelling is not detected");
    }
    String example = open == 0 && close > 0 ? "'^\\[(?<ts>[^]]+)\\]'" : "'^(?<ts>\\S+ \\S+)'";
    return quoted
        + ": no known log layout or timestamp format fits it; try: heatmap "
        + (stdin ? "" : file + " ")
        + "--regex "
        + example
        + " (the group ts around the timestamp), with --time-format PATTERN if needed";
  }

  /**
   * The bracketed text of an access-log line, {@code host ident user [date] "request"}, when a
   * date-like text (a digit first, a colon in it) is in the brackets; else null.
   */
  private static String accessLogDate(byte[] b) {
    int p = 0;
    for (int token = 0; token < 3; token++) {
      int e = p;
      while (e < b.length && b[e] != ' ') {
        e++;
      }
      if (e == p || e >= b.length) {
        return null;
      }
      p = e + 1;
    }
    if (p >= b.length || b[p] != '[') {
      return null;
    }
    int close = p + 1;
    while (close < b.length && b[close] != ']') {
      close++;
    }
    if (close + 2 >= b.length || b[close + 1] != ' ' || b[close + 2] != '"') {
      return null;
    }
    String date = new String(b, p + 1, close - p - 1, StandardCharsets.UTF_8);
    return !date.isEmpty() && Character.isDigit(date.charAt(0)) && date.indexOf(':') > 0
        ? date
        : null;
  }

  /** The --time-format of {@code dd/mm/yyyy:HH:MM:SS[ +hhmm]}, the month as a number, or null. */
  private static String numericMonth(String date) {
    byte[] d = date.getBytes(StandardCharsets.US_ASCII);
    if (d.length < 19
        || Layout.digits(d, 0, d.length) != 2
        || d[2] != '/'
        || Layout.digits(d, 3, d.length) != 2
        || d[5] != '/'
        || Layout.digits(d, 6, d.length) != 4
        || d[10] != ':') {
      return null;
    }
    if (d.length == 19) {
      return "%d/%m/%Y:%H:%M:%S";
    }
    return d.length == 25 && d[19] == ' ' ? "%d/%m/%Y:%H:%M:%S %z" : null;
  }

  /**
   * The caution for an access log whose dates have no offset, which NCSA's {@code %t} always writes
   * (a custom LogFormat or a proxy's log): what was seen and what to give; or null.
   */
  static String accessLogWithoutOffset(byte[] head) {
    int p = 0;
    while (p < head.length) {
      int lf = p;
      while (lf < head.length && head[lf] != '\n') {
        lf++;
      }
      long span = Layout.NCSA.span(head, p, lf);
      if (span != Layout.NONE) {
        int s = Layout.start(span);
        int e = Layout.end(span);
        for (int i = s; i + 1 < e; i++) {
          if (head[i] == ' ' && (head[i + 1] == '+' || head[i + 1] == '-')) {
            return null;
          }
        }
        return "the access log's dates have no UTC offset ["
            + new String(head, s, e - s, StandardCharsets.UTF_8)
            + "], where NCSA writes one [18/Mar/2024:10:15:31 +0100]: they are read in the"
            + " --input-tz zone (UTC unless given); give --input-tz ZONE, the web server's zone";
      }
      p = lf + 1;
    }
    return null;
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
