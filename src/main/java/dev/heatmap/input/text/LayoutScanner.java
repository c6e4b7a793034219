package dev.heatmap.input.text;

import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.bytes.LineScanner;
import dev.heatmap.input.bytes.Utf8Text;
import dev.heatmap.input.extract.Groups;
import java.nio.charset.StandardCharsets;

/**
 * Text on bytes in a {@link Layout}: for each non-blank line, the timestamp the layout finds in it
 * goes to the sink as one record (with the layout field {@code --group-by} names as its group), and
 * a line where it finds none is a continuation line (a stack trace, the rest of a multi-line
 * message, a header). Layouts whose lines lack part of the date have it written in from context:
 * the year ({@link YearStart}), irssi's day lines, ZNC's file name.
 */
final class LayoutScanner extends LineScanner {
  private final RecordSink sink;
  private final Layout layout;
  private final int group; // the layout field to group by, or -1
  private final Utf8Text view = new Utf8Text();
  private final byte[] out = new byte[48]; // a date-time written from context

  // Column layouts: Zeek's ts; W3C's date, time, c-ip, cs-username, sc-status.
  private int[] columns;

  // Year-less dates: the year of the line before and its month and day, as month * 32 + day.
  private int year;
  private int lastKey = -1;

  // irssi: the date of the last day line, as yyyymmdd (0 before the first); ZNC: the file's.
  private int date;

  // git: the author of the commit being read.
  private String author;

  // Zeek: the name of the column to group by (a later #fields header may move it), or null.
  private final String zeekGroup;

  LayoutScanner(
      RecordSink sink,
      int maxLineLength,
      boolean whole,
      LayoutDetector.Choice choice,
      int group,
      int firstYear) {
    super(maxLineLength, whole);
    this.sink = sink;
    this.layout = choice.layout();
    this.group = group;
    this.columns = choice.columns();
    this.date = choice.date();
    this.year = firstYear;
    this.zeekGroup = layout == Layout.ZEEK && group >= 0 ? choice.names()[group] : null;
  }

  @Override
  public boolean line(byte[] b, int from, int to) {
    records++;
    // Hot path: the layout's byte tests, then one call to the sink; a String only for a group.
    switch (layout) {
      case SYSLOG:
        syslog(b, from, to);
        return true;
      case IRSSI:
        irssi(b, from, to);
        return true;
      case ZNC:
        znc(b, from, to);
        return true;
      case IIS:
        iis(b, from, to);
        return true;
      case ZEEK:
        zeek(b, from, to);
        return true;
      case SLACK:
        slack(b, from, to);
        return true;
      case GIT:
        if (group >= 0 && Layout.startsWith(b, from, to, AUTHOR)) {
          author = author(b, from + AUTHOR.length, to);
        }
        break;
      default:
        break;
    }
    long span = layout.span(b, from, to);
    if (span == Layout.NONE) {
      sink.continuation(lines);
      return true;
    }
    int s = Layout.start(span);
    int e = Layout.end(span);
    emit(b, s, e, group < 0 ? null : group(b, from, to, e));
    return true;
  }

  private void emit(byte[] b, int from, int to, String g) {
    if (!sink.utf8(b, from, to, g, lines)) {
      sink.text(view.set(b, from, to), g, lines);
    }
  }

  // ---------------------------------------------------------------- year-less syslog

  /**
   * The end of a syslog date at the start of a line ({@code <PRI>} optional, then {@code Mmm dd
   * HH:MM:SS} with the day space- or zero-padded, an optional fraction), followed by a space; or
   * -1.
   */
  static int syslogStamp(byte[] b, int from, int to) {
    int p = skipPri(b, from, to);
    if (Layout.month(b, p, to) < 0 || p + 3 >= to || b[p + 3] != ' ') {
      return -1;
    }
    p += 4;
    if (p < to && b[p] == ' ') {
      p++;
    }
    int d = Layout.digits(b, p, to);
    if (d < 1 || d > 2 || p + d >= to || b[p + d] != ' ') {
      return -1;
    }
    p += d + 1;
    if (!clock(b, p, to, true)) {
      return -1;
    }
    p += 8;
    if (p + 1 < to && b[p] == '.' && Layout.isDigit(b[p + 1])) {
      p += 1 + Layout.digits(b, p + 1, to);
    }
    return p < to && b[p] == ' ' ? p : -1;
  }

  private static int skipPri(byte[] b, int from, int to) {
    if (from < to && b[from] == '<') {
      int n = Layout.digits(b, from + 1, to);
      if (n >= 1 && n <= 3 && from + 1 + n < to && b[from + 1 + n] == '>') {
        return from + 2 + n;
      }
    }
    return from;
  }

  /** Whether {@code HH:MM:SS} (or {@code HH:MM} when not {@code seconds}) is at {@code p}. */
  private static boolean clock(byte[] b, int p, int to, boolean seconds) {
    if (p + 5 > to
        || Layout.digits(b, p, to) != 2
        || b[p + 2] != ':'
        || Layout.digits(b, p + 3, to) != 2) {
      return false;
    }
    return !seconds || (p + 8 <= to && b[p + 5] == ':' && Layout.digits(b, p + 6, to) == 2);
  }

  /** Month * 32 + day of a syslog date at the start of the line; -1 when there is none. */
  static int syslogKey(byte[] b, int from, int to) {
    if (syslogStamp(b, from, to) < 0) {
      return -1;
    }
    int p = skipPri(b, from, to);
    int month = Layout.month(b, p, to);
    p += 4;
    if (b[p] == ' ') {
      p++;
    }
    int d = Layout.digits(b, p, to);
    return month * 32 + Layout.value(b, p, d);
  }

  private void syslog(byte[] b, int from, int to) {
    int end = syslogStamp(b, from, to);
    if (end < 0) {
      sink.continuation(lines);
      return;
    }
    int p = skipPri(b, from, to);
    int month = Layout.month(b, p, to);
    p += 4;
    if (b[p] == ' ') {
      p++;
    }
    int d = Layout.digits(b, p, to);
    int day = Layout.value(b, p, d);
    p += d + 1;
    int key = month * 32 + day;
    // A date more than a month before the line above is in the next year (Dec -> Jan).
    if (lastKey >= 0 && key < lastKey - 32) {
      year++;
    }
    lastKey = key;
    int n = writeDate(year, month, day);
    // HH:MM:SS and the fraction as they are
    out[n++] = 'T';
    for (int i = p; i < end && n < out.length; i++) {
      out[n++] = b[i];
    }
    emit(out, 0, n, group < 0 ? null : hostOrTag(b, end, to, group));
  }

  private int writeDate(int y, int m, int d) {
    out[0] = (byte) ('0' + y / 1000 % 10);
    out[1] = (byte) ('0' + y / 100 % 10);
    out[2] = (byte) ('0' + y / 10 % 10);
    out[3] = (byte) ('0' + y % 10);
    out[4] = '-';
    out[5] = (byte) ('0' + m / 10);
    out[6] = (byte) ('0' + m % 10);
    out[7] = '-';
    out[8] = (byte) ('0' + d / 10);
    out[9] = (byte) ('0' + d % 10);
    return 10;
  }

  // ---------------------------------------------------------------- slackdump

  /**
   * A slackdump header's {@code dd/mm/yyyy HH:MM:SS Z0700}, written as ISO 8601: the order is fixed
   * by slackdump's Go layout, so it is not left to a guess from the sample's days.
   */
  private void slack(byte[] b, int from, int to) {
    long span = Layout.SLACK.span(b, from, to);
    if (span == Layout.NONE) {
      sink.continuation(lines);
      return;
    }
    int s = Layout.start(span);
    int z = Layout.end(span);
    int n = 0;
    for (int i = s + 6; i < s + 10; i++) {
      out[n++] = b[i];
    }
    out[n++] = '-';
    out[n++] = b[s + 3];
    out[n++] = b[s + 4];
    out[n++] = '-';
    out[n++] = b[s];
    out[n++] = b[s + 1];
    out[n++] = 'T';
    for (int i = s + 11; i < s + 19; i++) {
      out[n++] = b[i];
    }
    for (int i = s + 20; i < z; i++) {
      out[n++] = b[i];
    }
    String g = null;
    if (group >= 0) {
      // "> <sender> [<user id>] @ ": the sender ends before the last " [" ahead of the stamp
      int p = from + Layout.slackIndent(b, from, to) + 2;
      int open = s - 4;
      while (open > p && b[open] != '[') {
        open--;
      }
      g = open > p && b[open - 1] == ' ' ? text(b, p, open - 1) : Groups.NONE;
    }
    emit(out, 0, n, g);
  }

  // ---------------------------------------------------------------- irssi

  private static final byte[] IRSSI_OPENED = Layout.ascii("--- Log opened ");
  private static final byte[] IRSSI_CLOSED = Layout.ascii("--- Log closed ");
  private static final byte[] IRSSI_DAY = Layout.ascii("--- Day changed ");

  private void irssi(byte[] b, int from, int to) {
    if (Layout.startsWith(b, from, to, IRSSI_DAY)) {
      // Www Mmm dd yyyy
      int v = dayLine(b, from + IRSSI_DAY.length, to, false);
      if (v > 0) {
        date = v;
      }
      sink.continuation(lines);
      return;
    }
    if (Layout.startsWith(b, from, to, IRSSI_OPENED)
        || Layout.startsWith(b, from, to, IRSSI_CLOSED)) {
      // Www Mmm dd HH:MM:SS yyyy
      int v = dayLine(b, from + IRSSI_OPENED.length, to, true);
      if (v > 0) {
        date = v;
      }
      sink.continuation(lines);
      return;
    }
    if (!clock(b, from, to, false) || (from + 5 < to && b[from + 5] != ' ' && b[from + 5] != ':')) {
      sink.continuation(lines);
      return;
    }
    int clockEnd = from + 5;
    if (clock(b, from, to, true)) {
      clockEnd = from + 8;
    }
    String g = group < 0 ? null : ircSender(b, clockEnd, to);
    if (date == 0) {
      sink.skip(g, lines, SkipReason.NOT_A_TIMESTAMP, "a time with no date line before it");
      return;
    }
    int n = writeDate(date / 10000, date / 100 % 100, date % 100);
    out[n++] = 'T';
    for (int i = from; i < clockEnd; i++) {
      out[n++] = b[i];
    }
    emit(out, 0, n, g);
  }

  /** yyyymmdd of "Www Mmm dd [HH:MM:SS ]yyyy" at {@code p}, or 0. */
  private static int dayLine(byte[] b, int p, int to, boolean withClock) {
    if (Layout.weekday(b, p, to) < 0 || p + 4 >= to || b[p + 3] != ' ') {
      return 0;
    }
    p += 4;
    int month = Layout.month(b, p, to);
    if (month < 0 || p + 4 >= to || b[p + 3] != ' ') {
      return 0;
    }
    p += 4;
    if (b[p] == ' ') {
      p++;
    }
    int d = Layout.digits(b, p, to);
    if (d < 1 || d > 2 || p + d >= to || b[p + d] != ' ') {
      return 0;
    }
    int day = Layout.value(b, p, d);
    p += d + 1;
    if (withClock) {
      if (!clock(b, p, to, true) || p + 8 >= to || b[p + 8] != ' ') {
        return 0;
      }
      p += 9;
    }
    if (Layout.digits(b, p, to) != 4) {
      return 0;
    }
    return Layout.value(b, p, 4) * 10000 + month * 100 + day;
  }

  /** The nick of an irssi line after its time: {@code < nick>}, {@code <@nick>}, {@code * nick}. */
  private static String ircSender(byte[] b, int p, int to) {
    while (p < to && b[p] == ' ') {
      p++;
    }
    if (p < to && b[p] == '<') {
      int s = p + 1;
      while (s < to
          && (b[s] == ' '
              || b[s] == '@'
              || b[s] == '+'
              || b[s] == '%'
              || b[s] == '~'
              || b[s] == '&')) {
        s++;
      }
      int e = s;
      while (e < to && b[e] != '>') {
        e++;
      }
      return e < to ? text(b, s, e) : Groups.NONE;
    }
    if (p + 1 < to && b[p] == '*' && b[p + 1] == ' ') {
      return word(b, p + 2, to);
    }
    return Groups.NONE;
  }

  // ---------------------------------------------------------------- ZNC

  /** The position after {@code [HH:MM:SS] } at the start of a line, or -1. */
  static int zncClock(byte[] b, int from, int to) {
    if (from + 11 > to || b[from] != '[' || !clock(b, from + 1, to, true) || b[from + 9] != ']') {
      return -1;
    }
    return b[from + 10] == ' ' ? from + 11 : -1;
  }

  private void znc(byte[] b, int from, int to) {
    int p = zncClock(b, from, to);
    if (p < 0) {
      sink.continuation(lines);
      return;
    }
    int n = writeDate(date / 10000, date / 100 % 100, date % 100);
    out[n++] = 'T';
    for (int i = from + 1; i < from + 9; i++) {
      out[n++] = b[i];
    }
    String g = null;
    if (group >= 0) {
      g = Groups.NONE;
      if (b[p] == '<') {
        int e = p + 1;
        while (e < to && b[e] != '>') {
          e++;
        }
        g = e < to ? text(b, p + 1, e) : Groups.NONE;
      } else if (b[p] == '-' && p + 1 < to && b[p + 1] != '-') {
        int e = p + 1;
        while (e < to && b[e] != '-' && b[e] != ' ') {
          e++;
        }
        g = text(b, p + 1, e);
      } else if (b[p] == '*' && p + 1 < to && b[p + 1] == ' ') {
        g = word(b, p + 2, to);
      }
    }
    emit(out, 0, n, g);
  }

  // ---------------------------------------------------------------- W3C extended (IIS), Zeek

  private static final byte[] W3C_FIELDS = Layout.ascii("#Fields:");

  private void iis(byte[] b, int from, int to) {
    if (b[from] == '#') {
      if (Layout.startsWith(b, from, to, W3C_FIELDS)) {
        int p = from + W3C_FIELDS.length;
        columns =
            new int[] {
              LayoutDetector.column(b, p, to, (byte) ' ', "date"),
              LayoutDetector.column(b, p, to, (byte) ' ', "time"),
              LayoutDetector.column(b, p, to, (byte) ' ', "c-ip"),
              LayoutDetector.column(b, p, to, (byte) ' ', "cs-username"),
              LayoutDetector.column(b, p, to, (byte) ' ', "sc-status")
            };
      }
      sink.continuation(lines);
      return;
    }
    long date = cell(b, from, to, (byte) ' ', columns[0]);
    long time = cell(b, from, to, (byte) ' ', columns[1]);
    if (date == Layout.NONE || time == Layout.NONE) {
      sink.skip(null, lines, SkipReason.EMPTY, "no date or time field");
      return;
    }
    String g = null;
    if (group >= 0) {
      int column = columns[2 + group];
      long c = column < 0 ? Layout.NONE : cell(b, from, to, (byte) ' ', column);
      g = c == Layout.NONE ? Groups.NONE : dashless(b, Layout.start(c), Layout.end(c));
    }
    if (columns[1] == columns[0] + 1) {
      emit(b, Layout.start(date), Layout.end(time), g); // "2024-03-05 14:22:01": one value
      return;
    }
    int n = 0;
    for (int i = Layout.start(date); i < Layout.end(date) && n < 20; i++) {
      out[n++] = b[i];
    }
    out[n++] = 'T';
    for (int i = Layout.start(time); i < Layout.end(time) && n < out.length; i++) {
      out[n++] = b[i];
    }
    emit(out, 0, n, g);
  }

  private static final byte[] ZEEK_FIELDS = Layout.ascii("#fields\t");

  private void zeek(byte[] b, int from, int to) {
    if (b[from] == '#') {
      if (Layout.startsWith(b, from, to, ZEEK_FIELDS)) {
        // logs of another run or type appended: their own columns from here on
        int p = from + ZEEK_FIELDS.length;
        columns =
            new int[] {
              LayoutDetector.column(b, p, to, (byte) '\t', "ts"),
              zeekGroup == null ? -1 : LayoutDetector.column(b, p, to, (byte) '\t', zeekGroup)
            };
      }
      sink.continuation(lines);
      return;
    }
    String g = null;
    if (group >= 0) {
      int column = columns.length > 1 ? columns[1] : group;
      long c = column < 0 ? Layout.NONE : cell(b, from, to, (byte) '\t', column);
      // "-" is Zeek's unset field, "(empty)" its empty set or string
      g =
          c == Layout.NONE || Layout.startsWith(b, Layout.start(c), Layout.end(c), ZEEK_EMPTY)
              ? Groups.NONE
              : dashless(b, Layout.start(c), Layout.end(c));
    }
    long ts = cell(b, from, to, (byte) '\t', columns[0]);
    if (ts == Layout.NONE) {
      sink.skip(g, lines, SkipReason.EMPTY, "no ts field");
      return;
    }
    emit(b, Layout.start(ts), Layout.end(ts), g);
  }

  private static final byte[] ZEEK_EMPTY = Layout.ascii("(empty)");

  /** The {@code index}-th {@code sep}-separated cell of the line, packed, or NONE. */
  private static long cell(byte[] b, int from, int to, byte sep, int index) {
    if (index < 0) {
      return Layout.NONE;
    }
    int p = from;
    for (int i = 0; i < index; i++) {
      while (p < to && b[p] != sep) {
        p++;
      }
      if (p == to) {
        return Layout.NONE;
      }
      p++;
    }
    int e = p;
    while (e < to && b[e] != sep) {
      e++;
    }
    return e > p ? Layout.pack(p, e) : Layout.NONE;
  }

  // ---------------------------------------------------------------- group fields

  private static final byte[] AUTHOR = Layout.ascii("Author:");

  private static String author(byte[] b, int p, int to) {
    while (p < to && b[p] == ' ') {
      p++;
    }
    int e = p;
    while (e < to && b[e] != '<') {
      e++;
    }
    return Groups.name(text(b, p, e));
  }

  /** The value of the group field of the line whose timestamp ends at {@code end}. */
  private String group(byte[] b, int from, int to, int end) {
    switch (layout) {
      case RFC5424:
        {
          // TIMESTAMP SP HOSTNAME SP APP-NAME: the NILVALUE "-" is no value
          int hs = end + 1;
          int he = token(b, hs, to);
          if (group == 0) {
            return dashless(b, hs, he);
          }
          int as = he + 1;
          return as < to ? dashless(b, as, token(b, as, to)) : Groups.NONE;
        }
      case SYSLOG_ISO:
      case JOURNAL_FULL:
        return hostOrTag(b, end, to, group);
      case NCSA:
        return ncsaField(b, from, to, end);
      case WHATSAPP_IOS:
        return chatSender(b, end + 1, to, false);
      case WHATSAPP_ANDROID:
        return chatSender(b, end + 3, to, true);
      case WEECHAT:
        return weechatSender(b, end, to);
      case DISCORD:
        return discordAuthor(b, end, to);
      case GIT:
        return author == null ? Groups.NONE : author;
      default:
        return Groups.NONE;
    }
  }

  /**
   * Syslog's HOSTNAME (field 0) or program (field 1: the tag before {@code [pid]} or {@code :})
   * after the timestamp ending at {@code end}.
   */
  private static String hostOrTag(byte[] b, int end, int to, int field) {
    int hs = end + 1;
    int he = token(b, hs, to);
    if (field == 0) {
      return text(b, hs, he);
    }
    int ts = he + 1;
    int te = syslogTagEnd(b, ts, to);
    return te < 0 ? Groups.NONE : text(b, ts, te);
  }

  /**
   * After a timestamp ending at {@code end}: the start of the host when a syslog tag ({@code
   * prog[pid]:} or {@code prog:}) follows it, else -1.
   */
  static int syslogTag(byte[] b, int end, int to) {
    if (end >= to || b[end] != ' ') {
      return -1;
    }
    int he = token(b, end + 1, to);
    if (he == end + 1 || he >= to) {
      return -1;
    }
    return syslogTagEnd(b, he + 1, to) >= 0 ? end + 1 : -1;
  }

  /** The end of the program name of the tag at {@code p}, or -1 when the token is not a tag. */
  private static int syslogTagEnd(byte[] b, int p, int to) {
    int e = token(b, p, to);
    if (e == p || b[e - 1] != ':') {
      return -1;
    }
    int name = p;
    while (name < e - 1 && b[name] != '[') {
      name++;
    }
    return name > p ? name : -1;
  }

  /** NCSA {@code %h %l %u [%t] "%r" %>s}: the client (0), user (1) or status (2). */
  private String ncsaField(byte[] b, int from, int to, int end) {
    if (group == 0) {
      return text(b, from, token(b, from, to));
    }
    if (group == 1) {
      int p = token(b, from, to) + 1;
      p = token(b, p, to) + 1;
      return p < to ? dashless(b, p, token(b, p, to)) : Groups.NONE;
    }
    int q = end + 1;
    while (q < to && b[q] != '"') {
      q++;
    }
    q++;
    while (q < to && (b[q] != '"' || b[q - 1] == '\\')) {
      q++;
    }
    if (q + 2 >= to || b[q + 1] != ' ') {
      return Groups.NONE;
    }
    return dashless(b, q + 2, token(b, q + 2, to));
  }

  private static String chatSender(byte[] b, int p, int to, boolean android) {
    while (p < to && b[p] == ' ') {
      p++;
    }
    for (int q = p; q + 1 < to; q++) {
      if (b[q] == ':' && b[q + 1] == ' ') {
        return text(b, p, q);
      }
    }
    return Groups.NONE;
  }

  private static final byte[] PINNED = Layout.ascii(" (pinned)");

  /** The author after a DiscordChatExporter header's bracket, without " (pinned)". */
  private static String discordAuthor(byte[] b, int end, int to) {
    int p = end + 2;
    int e = to;
    while (e > p && b[e - 1] == ' ') {
      e--;
    }
    if (e - p > PINNED.length && Layout.startsWith(b, e - PINNED.length, e, PINNED)) {
      e -= PINNED.length;
    }
    return e > p ? text(b, p, e) : Groups.NONE;
  }

  private static String weechatSender(byte[] b, int end, int to) {
    int p = end + 1;
    int e = p;
    while (e < to && b[e] != '\t') {
      e++;
    }
    if (e == p) {
      return Groups.NONE;
    }
    if (e - p == 2 && b[p] == ' ' && b[p + 1] == '*') {
      return e + 1 < to ? word(b, e + 1, to) : Groups.NONE; // an action: " *\tnick waves"
    }
    byte c = b[p];
    if (c == '-' || c == '<' || c == '=') {
      return Groups.NONE; // "--", "-->", "<--": network and join/part lines
    }
    if (c == '@' || c == '+' || c == '%' || c == '~' || c == '&') {
      p++;
    }
    return text(b, p, e);
  }

  private static int token(byte[] b, int p, int to) {
    while (p < to && b[p] != ' ') {
      p++;
    }
    return p;
  }

  private static String word(byte[] b, int p, int to) {
    return text(b, p, token(b, p, to));
  }

  private static String dashless(byte[] b, int from, int to) {
    return to - from == 1 && b[from] == '-' ? Groups.NONE : text(b, from, to);
  }

  private static String text(byte[] b, int from, int to) {
    return Groups.name(new String(b, from, Math.max(0, to - from), StandardCharsets.UTF_8));
  }
}
