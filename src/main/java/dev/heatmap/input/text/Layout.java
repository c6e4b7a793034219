package dev.heatmap.input.text;

import dev.heatmap.input.bytes.LineScanner;

/**
 * The line layouts of logs and chat transcripts whose timestamp sits inside each line: where the
 * timestamp is and which other fields a line names. The layout of an input is chosen once from its
 * first lines ({@link LayoutDetector}); each line is then cut by hand-written byte tests, no regex.
 *
 * <p>A layout either hands the time layer the timestamp's own bytes ({@link #span}), or, for the
 * layouts whose lines lack part of the date (syslog without a year, irssi and ZNC with only the
 * time), has {@link LayoutScanner} write the whole date-time from the line and its context.
 */
enum Layout {
  /** Each line is a bare timestamp: the plain text path. */
  BARE("bare timestamps", false),
  RFC5424("syslog RFC 5424", false, "host", "program"),
  SYSLOG("syslog RFC 3164 / journalctl short (no year)", true, "host", "program"),
  SYSLOG_ISO(
      "syslog with ISO 8601 stamps (rsyslog, journalctl short-iso)", false, "host", "program"),
  JOURNAL_FULL("journalctl short-full", false, "host", "program"),
  NCSA("web server access log (NCSA common/combined)", false, "client", "user", "status"),
  APACHE_ERROR("Apache error log", false),
  WHATSAPP_IOS("WhatsApp chat export (iOS)", false, "sender"),
  WHATSAPP_ANDROID("WhatsApp chat export (Android)", false, "sender"),
  /** DiscordChatExporter's plain text: {@code [3/5/2024 2:22 PM] name} above each message. */
  DISCORD("Discord chat export (DiscordChatExporter text)", false, "sender"),
  /** slackdump's text: {@code > name [U123] @ 05/03/2024 14:22:01 Z:} above each message. */
  SLACK("Slack conversation as text (slackdump)", false, "sender"),
  GIT("git log", true, "author"),
  IIS("W3C extended log (IIS)", true, "client", "user", "status"),
  ZEEK("Zeek TSV log", false),
  IRSSI("irssi log", true, "sender"),
  WEECHAT("WeeChat log", false, "sender"),
  ZNC("ZNC log (date from the file name)", false, "sender"),
  SETUPAPI("Windows SetupAPI log", false),
  /** A date-time at the start of the line, bracketed or not (application logs). */
  ISO_PREFIX("lines starting with a date and time", false);

  /** Returned by {@link #span} for a line with no timestamp where the layout puts one. */
  static final long NONE = -1;

  final String description;

  /** Whether a line depends on the lines before it (dates, years, headers): no file parts. */
  final boolean stateful;

  private final String[] fields;

  Layout(String description, boolean stateful, String... fields) {
    this.description = description;
    this.stateful = stateful;
    this.fields = fields;
  }

  /** The index of the group field called {@code name} (any case), or -1. */
  int field(String name) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The field names, for messages. */
  String fieldList() {
    return String.join(", ", fields);
  }

  static long pack(int start, int end) {
    return ((long) start << 32) | (end & 0xffffffffL);
  }

  static int start(long span) {
    return (int) (span >>> 32);
  }

  static int end(long span) {
    return (int) span;
  }

  /**
   * Where the timestamp of the stateless layouts lies in {@code b[from, to)}, packed by {@link
   * #pack}, or {@link #NONE}. The stateful layouts and the column layouts are cut by {@link
   * LayoutScanner}.
   */
  long span(byte[] b, int from, int to) {
    // Hot path: a few byte comparisons per line; no String, no regex.
    switch (this) {
      case BARE:
        return pack(from, to);
      case RFC5424:
        return rfc5424(b, from, to);
      case SYSLOG_ISO:
      case ISO_PREFIX:
      case WEECHAT:
        {
          int e = isoEnd(b, from, to);
          if (e > 0) {
            return pack(from, e);
          }
          if (this == ISO_PREFIX && from < to && b[from] == '[') {
            e = isoEnd(b, from + 1, to);
            if (e > 0 && e < to && b[e] == ']') {
              return pack(from + 1, e);
            }
          }
          return NONE;
        }
      case JOURNAL_FULL:
        {
          if (weekday(b, from, to) < 0 || from + 4 >= to || b[from + 3] != ' ') {
            return NONE;
          }
          int e = isoEnd(b, from + 4, to);
          return e > 0 ? pack(from + 4, e) : NONE;
        }
      case NCSA:
        return ncsa(b, from, to);
      case APACHE_ERROR:
        return apacheError(b, from, to);
      case WHATSAPP_IOS:
        return whatsappIos(b, from, to);
      case WHATSAPP_ANDROID:
        return whatsappAndroid(b, from, to);
      case DISCORD:
        return discord(b, from, to);
      case SLACK:
        return slack(b, from, to);
      case SETUPAPI:
        return setupapi(b, from, to);
      case GIT:
        return git(b, from, to);
      default:
        return NONE;
    }
  }

  // ---------------------------------------------------------------- the layouts

  private static long rfc5424(byte[] b, int from, int to) {
    int p = from;
    if (p >= to || b[p] != '<') {
      return NONE;
    }
    int n = digits(b, p + 1, to);
    if (n == 0 || n > 3 || p + 1 + n >= to || b[p + 1 + n] != '>') {
      return NONE;
    }
    p += 2 + n;
    int v = digits(b, p, to);
    if (v == 0 || v > 2 || p + v >= to || b[p + v] != ' ') {
      return NONE;
    }
    p += v + 1;
    int e = isoEnd(b, p, to);
    return e > 0 && (e == to || b[e] == ' ') ? pack(p, e) : NONE;
  }

  private static long ncsa(byte[] b, int from, int to) {
    // The first '[' after the client and ident fields: [18/Mar/2024:10:15:31 +0100]
    int limit = Math.min(to, from + 400);
    int p = LineScanner.find(b, from, limit, (byte) '[');
    if (p == limit || p == from || b[p - 1] != ' ') {
      return NONE;
    }
    int s = p + 1;
    // The spelling %t writes, at fixed places: dd/Mmm/yyyy:HH:MM:SS, then " +hhmm", then ']'
    // (the same answer as the general steps below, without their loops).
    if (s + 27 <= limit
        && isDigit(b[s])
        && isDigit(b[s + 1])
        && b[s + 2] == '/'
        && b[s + 6] == '/'
        && isDigit(b[s + 7])
        && isDigit(b[s + 8])
        && isDigit(b[s + 9])
        && isDigit(b[s + 10])
        && b[s + 11] == ':'
        && isDigit(b[s + 12])
        && isDigit(b[s + 13])
        && b[s + 14] == ':'
        && isDigit(b[s + 15])
        && isDigit(b[s + 16])
        && b[s + 17] == ':'
        && isDigit(b[s + 18])
        && isDigit(b[s + 19])
        && b[s + 20] == ' '
        && (b[s + 21] == '+' || b[s + 21] == '-')
        && isDigit(b[s + 22])
        && isDigit(b[s + 23])
        && isDigit(b[s + 24])
        && isDigit(b[s + 25])
        && b[s + 26] == ']'
        && month(b, s + 3, to) > 0) {
      return pack(s, s + 26);
    }
    int q = s;
    int d = digits(b, q, to);
    if (d < 1 || d > 2 || q + d >= to || b[q + d] != '/') {
      return NONE;
    }
    q += d + 1;
    if (month(b, q, to) < 0 || q + 3 >= to || b[q + 3] != '/') {
      return NONE;
    }
    q += 4;
    if (digits(b, q, to) != 4 || q + 4 >= to || b[q + 4] != ':') {
      return NONE;
    }
    int close = q + 5;
    while (close < limit && b[close] != ']') {
      close++;
    }
    return close < limit ? pack(s, close) : NONE;
  }

  private static long apacheError(byte[] b, int from, int to) {
    // [Tue Mar 05 14:22:01.123456 2024] [core:error] ...
    if (to - from < 26 || b[from] != '[' || weekday(b, from + 1, to) < 0 || b[from + 4] != ' ') {
      return NONE;
    }
    if (month(b, from + 5, to) < 0 || b[from + 8] != ' ') {
      return NONE;
    }
    int close = from + 9;
    int limit = Math.min(to, from + 40);
    while (close < limit && b[close] != ']') {
      close++;
    }
    if (close == limit || !isDigit(b[close - 1])) {
      return NONE;
    }
    return pack(from + 1, close);
  }

  /** The length of a WhatsApp date and time ("12/31/20, 11:59 PM", "5.3.2024, 14.22.01"). */
  private static int chatStamp(byte[] b, int p, int to, int limit) {
    int a = digits(b, p, to);
    if (a < 1 || a > 4 || p + a >= to) {
      return -1;
    }
    byte sep = b[p + a];
    if (sep != '/' && sep != '.' && sep != '-') {
      return -1;
    }
    int q = p + a + 1;
    int m = digits(b, q, to);
    if (m < 1 || m > 2 || q + m >= to || b[q + m] != sep) {
      return -1;
    }
    q += m + 1;
    int y = digits(b, q, to);
    if (y < 1 || y > 4) {
      return -1;
    }
    q += y;
    if (q < to && b[q] == sep) {
      q++; // "31.12.20." in some locales
    }
    if (q < to && b[q] == ',') {
      q++;
    }
    while (q < to && b[q] == ' ') {
      q++;
    }
    int h = digits(b, q, to);
    if (h < 1 || h > 2 || q + h >= to || (b[q + h] != ':' && b[q + h] != '.')) {
      return -1;
    }
    return q + h + 1 <= limit ? q + h + 1 - p : -1;
  }

  private static long whatsappIos(byte[] b, int from, int to) {
    int p = from;
    if (p + 3 <= to
        && (b[p] & 0xff) == 0xe2
        && (b[p + 1] & 0xff) == 0x80
        && (b[p + 2] & 0xff) == 0x8e) {
      p += 3; // U+200E LEFT-TO-RIGHT MARK before attachment lines
    }
    if (p >= to || b[p] != '[') {
      return NONE;
    }
    int s = p + 1;
    int limit = Math.min(to, s + 40);
    if (chatStamp(b, s, to, limit) < 0) {
      return NONE;
    }
    int close = s;
    while (close < limit && b[close] != ']') {
      close++;
    }
    return close < limit ? pack(s, close) : NONE;
  }

  private static long whatsappAndroid(byte[] b, int from, int to) {
    // "12/31/20, 11:59 PM - ", "31.12.20, 23:59 - ", "2024-03-05 14:22 - ": minutes, maybe
    // seconds, maybe AM/PM, then " - "; never a fraction (that is an application log).
    int limit = Math.min(to, from + 40);
    int n = chatStamp(b, from, to, limit);
    if (n < 0) {
      return NONE;
    }
    int q = from + n;
    if (Layout.digits(b, q, to) != 2) {
      return NONE;
    }
    q += 2;
    if (q + 3 <= to && (b[q] == ':' || b[q] == '.') && digits(b, q + 1, to) == 2) {
      q += 3;
    }
    int m = meridiem(b, q, to);
    if (m > 0) {
      q += m;
    }
    if (q + 3 <= to && b[q] == ' ' && b[q + 1] == '-' && b[q + 2] == ' ') {
      return pack(from, q);
    }
    return NONE;
  }

  /**
   * DiscordChatExporter's message header, {@code [<date in the export's culture>] <author>[
   * (pinned)]}: the date is .NET's "g" pattern of the culture ({@code 3/5/2024 2:22 PM}, {@code
   * 05.03.2024 14:22}, {@code 2024/03/05 14:22}); only the author follows the bracket, no {@code ":
   * "} as in a WhatsApp line.
   */
  private static long discord(byte[] b, int from, int to) {
    if (from >= to || b[from] != '[') {
      return NONE;
    }
    int s = from + 1;
    int limit = Math.min(to, s + 40);
    if (chatStamp(b, s, to, limit) < 0) {
      return NONE;
    }
    int close = s;
    while (close < limit && b[close] != ']') {
      close++;
    }
    if (close >= limit || close + 2 >= to || b[close + 1] != ' ' || b[close + 2] == ' ') {
      return NONE;
    }
    for (int q = close + 2; q + 1 < to; q++) {
      if (b[q] == ':' && b[q + 1] == ' ') {
        return NONE; // "name: text" is a WhatsApp line
      }
    }
    return pack(s, close);
  }

  /** The length of {@code "| "}, slackdump's prefix of a thread reply, at {@code p}, or 0. */
  static int slackIndent(byte[] b, int p, int to) {
    int n = 0;
    while (p + n + 4 <= to
        && b[p + n] == '|'
        && b[p + n + 1] == ' '
        && b[p + n + 2] == ' '
        && b[p + n + 3] == ' ') {
      n += 4;
    }
    return n;
  }

  /**
   * slackdump's message header, {@code > <sender> [<user id>] @ 02/01/2006 15:04:05 Z0700:} (Go
   * layout: day first, the zone {@code Z} or {@code +0100}), after {@code "| "} in a thread: the
   * span of {@code dd/mm/yyyy HH:MM:SS}, its zone after it. The stamp is found from the line's end,
   * so a sender holding " @ " does not move it.
   */
  private static long slack(byte[] b, int from, int to) {
    int p = from + slackIndent(b, from, to);
    if (p + 2 > to || b[p] != '>' || b[p + 1] != ' ') {
      return NONE;
    }
    int e = to;
    while (e > p && b[e - 1] == ' ') {
      e--;
    }
    if (e - p < 25 || b[e - 1] != ':') {
      return NONE;
    }
    int z = e - 1; // the zone ends here: "Z" or "+hhmm"
    int zs;
    if (b[z - 1] == 'Z') {
      zs = z - 1;
    } else if (z - 5 > p && (b[z - 5] == '+' || b[z - 5] == '-') && digits(b, z - 4, z) == 4) {
      zs = z - 5;
    } else {
      return NONE;
    }
    int s = zs - 20; // "dd/mm/yyyy HH:MM:SS "
    if (s < p + 2 || b[zs - 1] != ' ' || b[s - 1] != ' ' || b[s - 2] != '@' || b[s - 3] != ' ') {
      return NONE;
    }
    if (digits(b, s, to) != 2 || b[s + 2] != '/' || digits(b, s + 3, to) != 2 || b[s + 5] != '/') {
      return NONE;
    }
    if (digits(b, s + 6, to) != 4 || b[s + 10] != ' ' || digits(b, s + 11, to) != 2) {
      return NONE;
    }
    if (b[s + 13] != ':' || digits(b, s + 14, to) != 2 || b[s + 16] != ':') {
      return NONE;
    }
    return digits(b, s + 17, to) == 2 ? pack(s, z) : NONE;
  }

  /** The length of " AM", " PM" (after a space, U+202F or U+00A0), "a. m." forms excluded; or 0. */
  private static int meridiem(byte[] b, int p, int to) {
    int s;
    if (p < to && b[p] == ' ') {
      s = 1;
    } else if (p + 3 <= to
        && (b[p] & 0xff) == 0xe2
        && (b[p + 1] & 0xff) == 0x80
        && (b[p + 2] & 0xff) == 0xaf) {
      s = 3; // U+202F NARROW NO-BREAK SPACE, WhatsApp since 2023
    } else if (p + 2 <= to && (b[p] & 0xff) == 0xc2 && (b[p + 1] & 0xff) == 0xa0) {
      s = 2;
    } else {
      return 0;
    }
    if (p + s + 2 > to) {
      return 0;
    }
    int a = b[p + s] | 0x20;
    int m = b[p + s + 1] | 0x20;
    return (a == 'a' || a == 'p') && m == 'm' ? s + 2 : 0;
  }

  private static final byte[] SECTION_START = ascii(">>>  Section start ");
  private static final byte[] SECTION_END = ascii("<<<  Section end ");
  private static final byte[] BOOT_SESSION = ascii("[Boot Session: ");

  private static long setupapi(byte[] b, int from, int to) {
    int p;
    if (startsWith(b, from, to, SECTION_START)) {
      p = from + SECTION_START.length;
    } else if (startsWith(b, from, to, SECTION_END)) {
      p = from + SECTION_END.length;
    } else if (startsWith(b, from, to, BOOT_SESSION)) {
      p = from + BOOT_SESSION.length;
    } else {
      return NONE;
    }
    int e = isoEnd(b, p, to);
    return e > 0 ? pack(p, e) : NONE;
  }

  private static final byte[] DATE = ascii("Date:");

  private static long git(byte[] b, int from, int to) {
    if (!startsWith(b, from, to, DATE)) {
      return NONE;
    }
    int p = from + DATE.length;
    while (p < to && b[p] == ' ') {
      p++;
    }
    int e = to;
    while (e > p && b[e - 1] == ' ') {
      e--;
    }
    if (p == e) {
      return NONE;
    }
    // --date=raw: "1709644921 +0100": the epoch alone names the instant.
    int d = digits(b, p, e);
    if (d >= 9 && p + d < e && b[p + d] == ' ') {
      return pack(p, p + d);
    }
    return pack(p, e);
  }

  // ---------------------------------------------------------------- byte tests

  static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** How many ASCII digits start at {@code p}. */
  static int digits(byte[] b, int p, int to) {
    int n = 0;
    while (p + n < to && isDigit(b[p + n])) {
      n++;
    }
    return n;
  }

  /** The value of the {@code n} digits at {@code p}. */
  static int value(byte[] b, int p, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
      v = v * 10 + (b[p + i] - '0');
    }
    return v;
  }

  private static final int[] MONTHS = packed("janfebmaraprmayjunjulaugsepoctnovdec");
  private static final int[] WEEKDAYS = packed("montuewedthufrisatsun");

  /** Each three letters of {@code names} as one int, for {@link #name}. */
  private static int[] packed(String names) {
    int[] out = new int[names.length() / 3];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          (names.charAt(3 * i) << 16) | (names.charAt(3 * i + 1) << 8) | names.charAt(3 * i + 2);
    }
    return out;
  }

  /** The month 1-12 named by the three letters at {@code p} (any case), or -1. */
  static int month(byte[] b, int p, int to) {
    return name(MONTHS, b, p, to);
  }

  /** The ISO weekday 1-7 named by the three letters at {@code p} (any case), or -1. */
  static int weekday(byte[] b, int p, int to) {
    return name(WEEKDAYS, b, p, to);
  }

  private static int name(int[] names, byte[] b, int p, int to) {
    // Hot path: the three letters, lower-cased, as one int against a dozen ints.
    if (p + 3 > to) {
      return -1;
    }
    int key = ((b[p] | 0x20) << 16) | ((b[p + 1] | 0x20) << 8) | (b[p + 2] | 0x20);
    for (int i = 0; i < names.length; i++) {
      if (names[i] == key) {
        return i + 1;
      }
    }
    return -1;
  }

  static boolean startsWith(byte[] b, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  // Zone names that may follow a date-time in a log line; the time layer decides which it reads.
  private static final String[] ZONE_WORDS = {
    "UTC", "GMT", "UT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT", "CST",
    "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "JST", "KST", "IST", "AEST", "AEDT",
    "ACST", "ACDT", "AWST", "NZST", "NZDT", "BST", "HKT", "SGT", "PHT", "WIB"
  };

  /**
   * The end of a date and time at {@code p}: {@code yyyy-mm-dd} or {@code yyyy/mm/dd}, {@code T} or
   * a space, {@code HH:MM}, optional {@code :SS}, optional fraction after {@code .} or {@code ,},
   * and an optional zone ({@code Z}, {@code +01:00}, {@code +0100}, or after a space {@code +0100}
   * or a zone name). Returns -1 when there is none.
   */
  static int isoEnd(byte[] b, int p, int to) {
    if (digits(b, p, to) != 4 || p + 10 > to) {
      return -1;
    }
    byte sep = b[p + 4];
    if ((sep != '-' && sep != '/') || b[p + 7] != sep) {
      return -1;
    }
    if (digits(b, p + 5, to) != 2 || digits(b, p + 8, to) != 2) {
      return -1;
    }
    int q = p + 10;
    if (q >= to || (b[q] != 'T' && b[q] != ' ')) {
      return -1;
    }
    q++;
    if (digits(b, q, to) != 2 || q + 5 > to || b[q + 2] != ':' || digits(b, q + 3, to) != 2) {
      return -1;
    }
    q += 5;
    if (q + 3 <= to && b[q] == ':' && digits(b, q + 1, to) == 2) {
      q += 3;
      if (q + 1 < to && (b[q] == '.' || b[q] == ',') && isDigit(b[q + 1])) {
        q += 1 + digits(b, q + 1, to);
      }
    }
    if (q == to) {
      return q;
    }
    byte c = b[q];
    if (c == 'Z') {
      return q + 1;
    }
    if (c == '+' || c == '-') {
      int n = offsetLength(b, q, to);
      return n > 0 ? q + n : q;
    }
    if (c == ' ' && q + 1 < to) {
      byte d = b[q + 1];
      if (d == '+' || d == '-') {
        int n = offsetLength(b, q + 1, to);
        if (n == 5 && (q + 6 == to || b[q + 6] == ' ')) {
          return q + 6; // git --date=iso: "2024-03-05 14:22:01 +0100"
        }
        return q;
      }
      for (String z : ZONE_WORDS) {
        int n = z.length();
        if (q + 1 + n <= to
            && (q + 1 + n == to || b[q + 1 + n] == ' ' || b[q + 1 + n] == '\t')
            && matches(b, q + 1, z)) {
          return q + 1 + n;
        }
      }
    }
    return q;
  }

  private static boolean matches(byte[] b, int p, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (b[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The length of {@code +HH:MM}, {@code +HHMM} or {@code +HH} at {@code p}, or 0. */
  private static int offsetLength(byte[] b, int p, int to) {
    if (digits(b, p + 1, to) == 4) {
      return 5;
    }
    if (digits(b, p + 1, to) == 2) {
      if (p + 6 <= to && b[p + 3] == ':' && digits(b, p + 4, to) == 2) {
        return 6;
      }
      return 3;
    }
    return 0;
  }
}
