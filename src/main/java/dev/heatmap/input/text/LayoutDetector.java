package dev.heatmap.input.text;

import dev.heatmap.input.bytes.LineScanner;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.Input;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the {@link Layout} of a text input once, from its first lines: a header that names the
 * layout (Zeek's {@code #fields}, W3C's {@code #Fields:}, git's {@code commit}, irssi's {@code ---
 * Log opened}, SetupAPI's sections) decides at once; otherwise the line layout that finds a
 * timestamp on the most sampled lines wins, ties going to the more specific one. Lines that are a
 * bare timestamp keep the plain text path.
 */
public final class LayoutDetector {
  /** How many non-blank lines the layout is chosen from. */
  static final int SAMPLE = 200;

  private LayoutDetector() {}

  /** The order line layouts are tried in: the more specific first, so that ties go to them. */
  private static final Layout[] LINE_LAYOUTS = {
    Layout.SLACK,
    Layout.RFC5424,
    Layout.NCSA,
    Layout.APACHE_ERROR,
    Layout.WHATSAPP_IOS,
    Layout.WHATSAPP_ANDROID,
    Layout.JOURNAL_FULL,
    Layout.SYSLOG,
    Layout.WEECHAT,
    Layout.SYSLOG_ISO,
    Layout.ISO_PREFIX
  };

  /**
   * What was chosen, with the columns of the column layouts.
   *
   * @param layout the layout
   * @param matched how many sampled lines it found a timestamp in
   * @param sampled how many non-blank lines were sampled
   * @param columns for {@link Layout#ZEEK} {ts}; for {@link Layout#IIS} {date, time, c-ip,
   *     cs-username, sc-status} (-1 when absent); else empty
   * @param date for {@link Layout#ZNC} the file name's date as yyyymmdd, else 0
   * @param names for {@link Layout#ZEEK} the column names of its {@code #fields} header, which are
   *     its group fields ({@code id.orig_h}, {@code uid}, ...); else empty
   */
  record Choice(Layout layout, int matched, int sampled, int[] columns, int date, String[] names) {
    static final Choice BARE = new Choice(Layout.BARE, 0, 0, new int[0], 0);

    Choice(Layout layout, int matched, int sampled, int[] columns, int date) {
      this(layout, matched, sampled, columns, date, new String[0]);
    }

    /** The index of the group field called {@code name}: a header column or a layout field. */
    int field(String name) {
      if (layout != Layout.ZEEK) {
        return layout.field(name);
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    /** The group fields, for messages. */
    String fieldList() {
      return layout == Layout.ZEEK ? String.join(", ", names) : layout.fieldList();
    }

    /** The note that names the layout, or null for bare timestamps. */
    String note() {
      if (layout == Layout.BARE) {
        return null;
      }
      return "layout "
          + layout.description
          + " ("
          + matched
          + " of "
          + sampled
          + " sampled lines carry its timestamp)";
    }
  }

  /**
   * Whether the text whose first bytes are {@code head} is a log whose layout says where each
   * line's timestamp is (not bare timestamps, not merely lines starting with a date), so that its
   * brackets or delimiters do not make it JSON or CSV.
   */
  public static boolean isLog(byte[] head, String name) {
    Layout layout = detect(head, name).layout();
    return layout != Layout.BARE && layout != Layout.ISO_PREFIX;
  }

  /** The layout of the text whose first bytes are {@code head}, from a file called {@code name}. */
  static Choice detect(byte[] head, String name) {
    TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
    byte[] b;
    if (TextDecoder.isUtf8(bom)) {
      b = head;
    } else {
      b = TextDecoder.decode(head, head.length).getBytes(StandardCharsets.UTF_8);
    }
    int start = TextDecoder.isUtf8(bom) ? bom.length() : 0;
    List<int[]> lines = lines(b, start, head.length == Input.HEAD);
    if (lines.isEmpty()) {
      return Choice.BARE;
    }
    Choice header = byHeader(b, lines, name);
    if (header != null) {
      return header;
    }
    Layout best = null;
    int bestCount = 0;
    for (Layout layout : LINE_LAYOUTS) {
      int n = 0;
      for (int[] l : lines) {
        if (matches(layout, b, l[0], l[1])) {
          n++;
        }
      }
      if (n > bestCount) {
        best = layout;
        bestCount = n;
      }
    }
    // A layout must find its timestamp on a tenth of the lines at least (stack traces and
    // multi-line messages make up the rest).
    if (best == null || bestCount * 10 < lines.size()) {
      return Choice.BARE;
    }
    if (best == Layout.ISO_PREFIX && wholeLines(b, lines)) {
      return Choice.BARE;
    }
    return new Choice(best, bestCount, lines.size(), new int[0], 0);
  }

  /**
   * Whether no line that a date-time starts goes on after it as a log line does (a separator, then
   * more text): bare timestamps, read as they always were, so that a stray byte after one is still
   * a value that is not a timestamp rather than the start of a log message.
   */
  private static boolean wholeLines(byte[] b, List<int[]> lines) {
    for (int[] l : lines) {
      long s = Layout.ISO_PREFIX.span(b, l[0], l[1]);
      if (s == Layout.NONE) {
        continue;
      }
      int e = Layout.end(s);
      if (e < l[1] && b[e] == ']') {
        e++;
      }
      if (e < trimEnd(b, l[0], l[1]) && isSeparator(b[e])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSeparator(byte c) {
    return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '|' || c == ':' || c == '-';
  }

  private static int trimEnd(byte[] b, int from, int to) {
    while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
      to--;
    }
    return to;
  }

  /** Whether {@code layout} finds its timestamp in the line {@code b[from, to)}. */
  static boolean matches(Layout layout, byte[] b, int from, int to) {
    switch (layout) {
      case SYSLOG:
        return LayoutScanner.syslogStamp(b, from, to) > 0;
      case WEECHAT:
        {
          long s = layout.span(b, from, to);
          return s != Layout.NONE && Layout.end(s) < to && b[Layout.end(s)] == '\t';
        }
      case SYSLOG_ISO:
        {
          long s = layout.span(b, from, to);
          return s != Layout.NONE
              && b[Layout.start(s) + 10] == 'T'
              && LayoutScanner.syslogTag(b, Layout.end(s), to) >= 0;
        }
      default:
        return layout.span(b, from, to) != Layout.NONE;
    }
  }

  private static final byte[] ZEEK_FIELDS = Layout.ascii("#fields\t");
  private static final byte[] ZEEK_SEPARATOR = Layout.ascii("#separator");
  private static final byte[] W3C_FIELDS = Layout.ascii("#Fields:");
  private static final byte[] COMMIT = Layout.ascii("commit ");
  private static final byte[] IRSSI_OPENED = Layout.ascii("--- Log opened ");
  private static final byte[] IRSSI_DAY = Layout.ascii("--- Day changed ");
  private static final byte[] GUILD = Layout.ascii("Guild: ");

  private static Choice byHeader(byte[] b, List<int[]> lines, String name) {
    boolean zeek = false;
    boolean commit = false;
    int dates = 0;
    int sections = 0;
    int zncLines = 0;
    boolean rule = false;
    boolean guild = false;
    for (int[] l : lines) {
      int from = l[0];
      int to = l[1];
      if (Layout.startsWith(b, from, to, ZEEK_SEPARATOR)) {
        zeek = true;
      } else if (zeek && Layout.startsWith(b, from, to, ZEEK_FIELDS)) {
        int ts = column(b, from + ZEEK_FIELDS.length, to, (byte) '\t', "ts");
        if (ts >= 0) {
          return new Choice(
              Layout.ZEEK,
              count(Layout.ZEEK, b, lines),
              lines.size(),
              new int[] {ts},
              0,
              names(b, from + ZEEK_FIELDS.length, to));
        }
      } else if (Layout.startsWith(b, from, to, W3C_FIELDS)) {
        int p = from + W3C_FIELDS.length;
        int date = column(b, p, to, (byte) ' ', "date");
        int time = column(b, p, to, (byte) ' ', "time");
        if (date >= 0 && time >= 0) {
          int[] columns = {
            date,
            time,
            column(b, p, to, (byte) ' ', "c-ip"),
            column(b, p, to, (byte) ' ', "cs-username"),
            column(b, p, to, (byte) ' ', "sc-status")
          };
          return new Choice(Layout.IIS, count(Layout.IIS, b, lines), lines.size(), columns, 0);
        }
      } else if (Layout.startsWith(b, from, to, COMMIT) && hex(b, from + COMMIT.length, to) >= 7) {
        commit = true;
      } else if (Layout.startsWith(b, from, to, IRSSI_OPENED)
          || Layout.startsWith(b, from, to, IRSSI_DAY)) {
        return new Choice(Layout.IRSSI, count(Layout.IRSSI, b, lines), lines.size(), new int[0], 0);
      }
      if (Layout.GIT.span(b, from, to) != Layout.NONE) {
        dates++;
      }
      // DiscordChatExporter's preamble: a rule of 62 '=', then "Guild: <name>"
      if (to - from == 62 && b[from] == '=' && b[to - 1] == '=') {
        rule = true;
      } else if (rule && Layout.startsWith(b, from, to, GUILD)) {
        guild = true;
      }
      if (Layout.SETUPAPI.span(b, from, to) != Layout.NONE) {
        sections++;
      }
      if (LayoutScanner.zncClock(b, from, to) >= 0) {
        zncLines++;
      }
    }
    if (guild) {
      int n = count(Layout.DISCORD, b, lines);
      if (n > 0) {
        return new Choice(Layout.DISCORD, n, lines.size(), new int[0], 0);
      }
    }
    if (commit && dates > 0) {
      return new Choice(Layout.GIT, dates, lines.size(), new int[0], 0);
    }
    if (sections > 0) {
      return new Choice(Layout.SETUPAPI, sections, lines.size(), new int[0], 0);
    }
    int date = fileNameDate(name);
    if (date > 0 && zncLines * 2 >= lines.size()) {
      return new Choice(Layout.ZNC, zncLines, lines.size(), new int[0], date);
    }
    return null;
  }

  private static int count(Layout layout, byte[] b, List<int[]> lines) {
    int n = 0;
    for (int[] l : lines) {
      if (layout == Layout.IRSSI || layout == Layout.IIS || layout == Layout.ZEEK) {
        // message lines: not a header or a date line
        if (l[1] > l[0]
            && b[l[0]] != '#'
            && !(b[l[0]] == '-' && l[1] - l[0] > 3 && b[l[0] + 1] == '-')) {
          n++;
        }
      } else if (matches(layout, b, l[0], l[1])) {
        n++;
      }
    }
    return n;
  }

  /** The tab-separated names of a Zeek {@code #fields} line from {@code p}. */
  static String[] names(byte[] b, int p, int to) {
    List<String> out = new ArrayList<>();
    while (p <= to) {
      int e = p;
      while (e < to && b[e] != '\t') {
        e++;
      }
      if (e > p) {
        out.add(new String(b, p, e - p, StandardCharsets.UTF_8));
      }
      p = e + 1;
    }
    return out.toArray(new String[0]);
  }

  /** The 0-based position of {@code name} in the {@code sep}-separated list at {@code p}. */
  static int column(byte[] b, int p, int to, byte sep, String name) {
    int index = 0;
    while (p < to && b[p] == sep) {
      p++;
    }
    while (p < to) {
      int e = p;
      while (e < to && b[e] != sep) {
        e++;
      }
      if (e - p == name.length()) {
        boolean same = true;
        for (int i = 0; i < name.length() && same; i++) {
          same = (b[p + i] | 0x20) == (name.charAt(i) | 0x20);
        }
        if (same) {
          return index;
        }
      }
      index++;
      p = e;
      while (p < to && b[p] == sep) {
        p++;
      }
    }
    return -1;
  }

  private static int hex(byte[] b, int p, int to) {
    int n = 0;
    while (p + n < to) {
      byte c = b[p + n];
      if (!(Layout.isDigit(c) || (c >= 'a' && c <= 'f'))) {
        break;
      }
      n++;
    }
    return n;
  }

  /**
   * The date a file name carries as {@code yyyy-mm-dd} or {@code yyyymmdd} before its extension
   * (ZNC writes {@code 2024-03-05.log}), as yyyymmdd, or 0.
   */
  static int fileNameDate(String name) {
    if (name == null) {
      return 0;
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    for (int i = 0; i + 8 <= base.length(); i++) {
      int v = date(base, i);
      if (v > 0) {
        return v;
      }
    }
    return 0;
  }

  private static int date(String s, int i) {
    if (i > 0 && Character.isDigit(s.charAt(i - 1))) {
      return 0;
    }
    int y;
    int m;
    int d;
    int end;
    if (i + 10 <= s.length() && s.charAt(i + 4) == '-' && s.charAt(i + 7) == '-') {
      y = number(s, i, 4);
      m = number(s, i + 5, 2);
      d = number(s, i + 8, 2);
      end = i + 10;
    } else {
      y = number(s, i, 4);
      m = number(s, i + 4, 2);
      d = number(s, i + 6, 2);
      end = i + 8;
    }
    if (end < s.length() && Character.isDigit(s.charAt(end))) {
      return 0;
    }
    if (y < 1970 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) {
      return 0;
    }
    return y * 10000 + m * 100 + d;
  }

  private static int number(String s, int i, int n) {
    int v = 0;
    for (int k = 0; k < n; k++) {
      char c = s.charAt(i + k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The first {@link #SAMPLE} non-blank lines of {@code b} from {@code start}, as {from, to}. */
  private static List<int[]> lines(byte[] b, int start, boolean cut) {
    List<int[]> out = new ArrayList<>();
    int p = start;
    while (p < b.length && out.size() < SAMPLE) {
      int lf = p;
      while (lf < b.length && b[lf] != '\n') {
        lf++;
      }
      if (lf == b.length && cut) {
        break; // the head ends inside this line
      }
      int end = lf > p && b[lf - 1] == '\r' ? lf - 1 : lf;
      if (!LineScanner.blank(b, p, end)) {
        out.add(new int[] {p, end});
      }
      p = lf + 1;
    }
    return out;
  }
}
