package dev.heatmap.time.parse;

/**
 * The character-level steps the hand-written parsers share: trimming, ASCII digits, English month
 * and weekday names, and named zones. Positions are plain ints so that nothing is allocated per
 * value; a negative result means "does not match here".
 */
public final class Scan {
  private Scan() {}

  /** Marks a field that did not parse. */
  public static final int NO = -1;

  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  private static final String[] WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };

  /** Whether {@code c} is trimmed from both ends of a value: white space, quotes, a BOM. */
  static boolean isTrimmed(char c) {
    return c == ' '
        || c == '\t'
        || c == '\r'
        || c == '\n'
        || c == '"'
        || c == '\''
        || c == '\u00a0'
        || c == '\ufeff';
  }

  /** The first position of {@code s} that is not trimmed. */
  public static int start(CharSequence s) {
    int p = 0;
    int end = s.length();
    while (p < end && isTrimmed(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** The position after the last character of {@code s} that is not trimmed, at least {@code p}. */
  public static int end(CharSequence s, int p) {
    int end = s.length();
    while (end > p && isTrimmed(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A space between fields: also U+00A0 and U+202F, which WhatsApp writes before AM/PM. */
  static boolean isSpace(char c) {
    // U+202F (narrow no-break space) is what WhatsApp and ICU put before AM/PM; U+00A0 alike.
    return c == ' ' || c == '\t' || c == '\u202f' || c == '\u00a0';
  }

  /** How many ASCII digits start at {@code p} (at most {@code max}, never past {@code end}). */
  public static int countDigits(CharSequence s, int p, int end, int max) {
    int n = 0;
    while (p + n < end && n < max && isDigit(s.charAt(p + n))) {
      n++;
    }
    return n;
  }

  /** The value of the {@code n} ASCII digits at {@code p}; the caller has checked them. */
  static int value(CharSequence s, int p, int n) {
    int v = 0;
    for (int i = p; i < p + n; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** The value of exactly {@code n} ASCII digits at {@code p}, or {@link #NO}. */
  static int fixed(CharSequence s, int p, int end, int n) {
    if (p + n > end) {
      return NO;
    }
    int v = 0;
    for (int i = p; i < p + n; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return NO;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The position after a run of spaces and tabs starting at {@code p}. */
  static int skipSpaces(CharSequence s, int p, int end) {
    while (p < end && isSpace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** How many ASCII letters start at {@code p}. */
  static int countLetters(CharSequence s, int p, int end) {
    int n = 0;
    while (p + n < end && isLetter(s.charAt(p + n))) {
      n++;
    }
    return n;
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /**
   * The month (1–12) named by the {@code n} letters at {@code p}: its English three-letter
   * abbreviation or its full name, any case; or {@link #NO}. {@code Sept} is accepted too.
   */
  static int month(CharSequence s, int p, int n) {
    return name(MONTHS, s, p, n);
  }

  /** The ISO weekday (1 = Monday … 7 = Sunday) named by the {@code n} letters at {@code p}. */
  static int weekday(CharSequence s, int p, int n) {
    return name(WEEKDAYS, s, p, n);
  }

  private static int name(String[] names, CharSequence s, int p, int n) {
    if (n < 3) {
      return NO;
    }
    for (int i = 0; i < names.length; i++) {
      String full = names[i];
      if (n == 3 || n == full.length() || (n == 4 && full.equals("september"))) {
        if (n > full.length()) {
          continue;
        }
        boolean match = true;
        for (int k = 0; k < n; k++) {
          if (lower(s.charAt(p + k)) != full.charAt(k)) {
            match = false;
            break;
          }
        }
        if (match) {
          return i + 1;
        }
      }
    }
    return NO;
  }

  /** Whether the {@code n} characters at {@code p} spell {@code word}, ignoring ASCII case. */
  static boolean word(CharSequence s, int p, int n, String word) {
    if (n != word.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (lower(s.charAt(p + k)) != lower(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Marks a zone name that is not known; {@link #zoneName} returns it. */
  static final int UNKNOWN_ZONE = Integer.MIN_VALUE;

  /**
   * Seconds east of UTC for the zone name of {@code n} letters at {@code p}: {@code UT}, {@code
   * UTC}, {@code GMT}, {@code Z} and the North American names RFC 5322 defines ({@code EST}, {@code
   * EDT}, {@code CST}, {@code CDT}, {@code MST}, {@code MDT}, {@code PST}, {@code PDT}), and the
   * abbreviations that name one offset wherever they are used: the European {@code WET}, {@code
   * CET}, {@code EET} and their summer {@code WEST}, {@code CEST}, {@code EEST} (tagged with {@link
   * #EU_WINTER} or {@link #EU_SUMMER}, checked against the date by {@link Calendar#resolve}), and
   * {@code JST}, {@code KST}, {@code HKT}, {@code SGT}. Ambiguous ones ({@code IST}, {@code BST},
   * {@code CST} in China) give {@link #UNKNOWN_ZONE}.
   */
  static int zoneName(CharSequence s, int p, int n) {
    if (word(s, p, n, "UTC") || word(s, p, n, "GMT") || word(s, p, n, "UT") || word(s, p, n, "Z")) {
      return 0;
    }
    // European and other names that name one offset each (journalctl -o short-full, date(1)).
    for (int i = 0; i < ZONE_NAMES.length; i++) {
      if (word(s, p, n, ZONE_NAMES[i])) {
        return ZONE_OFFSETS[i];
      }
    }
    if (n != 3) {
      return UNKNOWN_ZONE;
    }
    char a = lower(s.charAt(p));
    char b = lower(s.charAt(p + 1));
    char c = lower(s.charAt(p + 2));
    if (c != 't') {
      return UNKNOWN_ZONE;
    }
    int base;
    switch (a) {
      case 'e':
        base = -5;
        break;
      case 'c':
        base = -6;
        break;
      case 'm':
        base = -7;
        break;
      case 'p':
        base = -8;
        break;
      default:
        return UNKNOWN_ZONE;
    }
    if (b == 's') {
      return base * 3600;
    }
    if (b == 'd') {
      return (base + 1) * 3600;
    }
    return UNKNOWN_ZONE;
  }

  /** Tags {@link #zoneName}'s offset of a European winter-time name ({@code CET}). */
  static final int EU_WINTER = 1 << 20;

  /** Tags {@link #zoneName}'s offset of a European summer-time name ({@code CEST}). */
  static final int EU_SUMMER = 1 << 21;

  // The European names carry whether they are summer time, so that Calendar#resolve can refuse a
  // CEST in January; the others name one offset the year round.
  private static final String[] ZONE_NAMES = {
    "WET", "WEST", "CET", "CEST", "EET", "EEST", "JST", "KST", "HKT", "SGT"
  };
  private static final int[] ZONE_OFFSETS = {
    EU_WINTER,
    EU_SUMMER | 3600,
    EU_WINTER | 3600,
    EU_SUMMER | 7200,
    EU_WINTER | 7200,
    EU_SUMMER | 10800,
    32400,
    32400,
    28800,
    28800
  };

  /**
   * Parses a numeric offset at {@code p}: {@code ±HH:MM}, {@code ±HHMM} or {@code ±HH} (the minus
   * may be U+2212), returning seconds east of UTC packed with the position after it by {@link
   * #packOffset}, or {@link #NO}.
   */
  static long numericOffset(CharSequence s, int p, int end) {
    if (p >= end) {
      return NO;
    }
    char sign = s.charAt(p);
    if (sign != '+' && sign != '-' && sign != '\u2212') {
      return NO;
    }
    int hh = fixed(s, p + 1, end, 2);
    if (hh < 0) {
      return NO;
    }
    int q = p + 3;
    int mm = 0;
    if (q < end && s.charAt(q) == ':') {
      mm = fixed(s, q + 1, end, 2);
      if (mm < 0) {
        return NO;
      }
      q += 3;
    } else if (q + 1 < end && isDigit(s.charAt(q)) && isDigit(s.charAt(q + 1))) {
      mm = value(s, q, 2);
      q += 2;
    }
    if (q < end && isDigit(s.charAt(q))) {
      return NO;
    }
    if (hh > 18 || mm > 59 || (hh == 18 && mm > 0)) { // no offset lies past ±18:00
      return NO;
    }
    int seconds = hh * 3600 + mm * 60;
    return packOffset(sign == '+' ? seconds : -seconds, q);
  }

  /** Packs an offset in seconds and a position into one long; never equals {@link #NO}. */
  static long packOffset(int seconds, int position) {
    return ((long) (seconds + 100_000) << 32) | position;
  }

  static int offsetOf(long packed) {
    return (int) (packed >>> 32) - 100_000;
  }

  static int positionOf(long packed) {
    return (int) packed;
  }

  /**
   * The ISO weekday (1 = Monday) of a date given as days since 1970-01-01 (a Thursday), for checks
   * of a written weekday against its date.
   */
  static int isoWeekday(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L) + 1;
  }

  /**
   * A two-digit year as POSIX {@code strptime} reads it: 69–99 are 1969–1999, 00–68 are 2000–2068.
   */
  static int pivotYear(int yy) {
    return yy >= 69 ? 1900 + yy : 2000 + yy;
  }

  /**
   * Parses a time of day at {@code p}: {@code H:MM}, {@code HH:MM}, optionally {@code :SS} and a
   * fraction of up to nine digits after {@code .} or {@code ,} (dropped: the grid needs seconds).
   * Returns the fields packed by {@link #packClock}, or {@link #NO}. Only the shape is checked
   * here; the caller validates the hour for its 12- or 24-hour clock.
   *
   * @param hourDigits 2 when the hour must have two digits, 1 when one or two are allowed
   */
  static long clock(CharSequence s, int p, int end, int hourDigits) {
    int hn = countDigits(s, p, end, 2);
    if (hn < hourDigits) {
      return NO;
    }
    int hour = value(s, p, hn);
    p += hn;
    if (p >= end || s.charAt(p) != ':') {
      return NO;
    }
    int minute = fixed(s, p + 1, end, 2);
    if (minute < 0) {
      return NO;
    }
    p += 3;
    int second = 0;
    if (p < end && s.charAt(p) == ':') {
      second = fixed(s, p + 1, end, 2);
      if (second < 0) {
        return NO;
      }
      p += 3;
      if (p < end && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
        int f = countDigits(s, p + 1, end, 10);
        if (f == 0 || f > 9) {
          return NO;
        }
        p += 1 + f;
      }
    }
    if (p < end && isDigit(s.charAt(p))) {
      return NO;
    }
    return packClock(hour, minute, second, p);
  }

  /**
   * A clock written with dots, {@code H.mm} or {@code H.mm.ss} (Finnish and other locales), packed
   * as {@link #clock} packs it, or {@link #NO}.
   */
  static long dottedClock(CharSequence s, int p, int end) {
    int hn = countDigits(s, p, end, 2);
    if (hn == 0 || p + hn >= end || s.charAt(p + hn) != '.') {
      return NO;
    }
    int hour = value(s, p, hn);
    p += hn;
    int minute = fixed(s, p + 1, end, 2);
    if (minute < 0) {
      return NO;
    }
    p += 3;
    int second = 0;
    if (p < end && s.charAt(p) == '.') {
      second = fixed(s, p + 1, end, 2);
      if (second < 0) {
        return NO;
      }
      p += 3;
    }
    if (p < end && (isDigit(s.charAt(p)) || s.charAt(p) == '.')) {
      return NO;
    }
    return packClock(hour, minute, second, p);
  }

  /** Packs clock fields and a position; the fields are small, the position non-negative. */
  static long packClock(int hour, int minute, int second, int position) {
    return ((long) (hour * 10_000 + minute * 100 + second) << 32) | position;
  }

  static int hourOf(long packed) {
    return (int) (packed >>> 32) / 10_000;
  }

  static int minuteOf(long packed) {
    return (int) (packed >>> 32) / 100 % 100;
  }

  static int secondOf(long packed) {
    return (int) (packed >>> 32) % 100;
  }

  /**
   * Reads what may follow a date-time: nothing, {@code Z}, a numeric offset, or a zone name, each
   * optionally after spaces, and an optional trailing comment in parentheses or zone id in
   * brackets. Returns seconds east of UTC, {@link #LOCAL} when there is no zone (the value is a
   * wall time), or {@link #UNKNOWN_ZONE} when what follows is not a zone.
   */
  static int zoneTail(CharSequence s, int p, int end) {
    int q = skipSpaces(s, p, end);
    if (q == end) {
      return LOCAL;
    }
    int offset;
    char c = s.charAt(q);
    if (c == '+' || c == '-' || c == '\u2212') {
      long packed = numericOffset(s, q, end);
      if (packed == NO) {
        return UNKNOWN_ZONE;
      }
      offset = offsetOf(packed);
      q = positionOf(packed);
    } else if (isLetter(c)) {
      int n = countLetters(s, q, end);
      offset = zoneName(s, q, n);
      if (offset == UNKNOWN_ZONE) {
        return UNKNOWN_ZONE;
      }
      q += n;
      if (offset == 0 && q < end && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
        // GMT+05:30, UTC-3
        long packed = numericOffset(s, q, end);
        if (packed == NO) {
          return UNKNOWN_ZONE;
        }
        offset = offsetOf(packed);
        q = positionOf(packed);
      }
    } else {
      return UNKNOWN_ZONE;
    }
    q = skipSpaces(s, q, end);
    if (q < end && (s.charAt(q) == '(' || s.charAt(q) == '[')) {
      char close = s.charAt(q) == '(' ? ')' : ']';
      if (s.charAt(end - 1) != close) {
        return UNKNOWN_ZONE;
      }
      q = end;
    }
    return q == end ? offset : UNKNOWN_ZONE;
  }

  /** Returned by {@link #zoneTail} for a value that names no zone. */
  static final int LOCAL = Integer.MAX_VALUE;
}
