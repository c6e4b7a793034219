package dev.heatmap.time;

/**
 * The UTC offset a timestamp value carries in its own text, if any: the {@code +03:00} of ISO-8601,
 * the {@code +0300} of a mail {@code Date:} header (RFC 2822) and of git's dates, {@code Z}, {@code
 * GMT}, {@code UTC} and {@code UT} for zero, and the named zones RFC 822 allows ({@code EST},
 * {@code PDT}, ...). The offset is read at the end of the value (a trailing comment in parentheses,
 * as in {@code +0300 (MSK)}, is skipped). A sign followed by digits counts only where it cannot be
 * part of a date: after a time (a digit preceded by a colon, as {@code 10:00:00+03:00}) or after a
 * space ({@code 2024 +0300}), and only within ±18:00.
 *
 * <p>Hot path: called once per parsed text value; no allocation, no regex.
 */
public final class WrittenOffset {
  private WrittenOffset() {}

  /** Returned when the value carries no offset of its own. */
  public static final int NONE = Integer.MIN_VALUE;

  /** The offset written in {@code s}, in seconds east of UTC, or {@link #NONE}. */
  /**
   * Whether the UTF-8 value {@code b[from, to)} can end in a written offset at all, a filter in
   * front of {@link #of} for the per-record byte path that never says no where {@link #of} would
   * find one: a value that ends in a digit carries a numeric offset only with its sign three, five
   * or six bytes from the end ({@code +HH}, {@code +HHMM}, {@code +HH:MM}); any other last byte (a
   * letter, {@code Z}, a closing comment, a blank) is left to {@link #of}. Most values without an
   * offset ({@code 2024-03-01 09:15:00}, epoch digits) are told apart in four byte loads.
   */
  public static boolean mayCarry(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 2) {
      return false;
    }
    byte last = b[to - 1];
    if (last < '0' || last > '9') {
      return true;
    }
    return (n >= 3 && isSign(b[to - 3]))
        || (n >= 5 && isSign(b[to - 5]))
        || (n >= 6 && isSign(b[to - 6]));
  }

  private static boolean isSign(byte c) {
    return c == '+' || c == '-';
  }

  public static int of(CharSequence s) {
    int end = s.length();
    end = trim(s, end);
    if (end > 0 && s.charAt(end - 1) == ')') {
      int open = end - 1;
      while (open > 0 && s.charAt(open) != '(') {
        open--;
      }
      if (s.charAt(open) != '(') {
        return NONE;
      }
      end = trim(s, open);
    }
    if (end < 2) {
      return NONE;
    }
    char last = s.charAt(end - 1);
    if (last == 'Z' || last == 'z') {
      return end >= 2 && isDigit(s.charAt(end - 2)) ? 0 : letters(s, end);
    }
    if (isLetter(last)) {
      return letters(s, end);
    }
    // [+-]HH:MM, [+-]HHMM or [+-]HH at the end.
    int digits = 0;
    int p = end - 1;
    int colon = -1;
    while (p >= 0 && (isDigit(s.charAt(p)) || (s.charAt(p) == ':' && colon < 0 && digits == 2))) {
      if (s.charAt(p) == ':') {
        colon = p;
      } else {
        digits++;
      }
      p--;
    }
    if (p < 1 || (s.charAt(p) != '+' && s.charAt(p) != '-')) {
      return NONE;
    }
    int sign = s.charAt(p) == '-' ? -1 : 1;
    int h;
    int m;
    if (digits == 4) {
      h = digit(s, p + 1) * 10 + digit(s, p + 2);
      int mAt = colon < 0 ? p + 3 : p + 4;
      m = digit(s, mAt) * 10 + digit(s, mAt + 1);
    } else if (digits == 2 && colon < 0) {
      h = digit(s, p + 1) * 10 + digit(s, p + 2);
      m = 0;
    } else {
      return NONE;
    }
    char before = s.charAt(p - 1);
    boolean afterTime =
        isDigit(before) && p >= 3 && s.charAt(p - 3) == ':' && isDigit(s.charAt(p - 2));
    boolean afterTimeOrFraction =
        afterTime || (isDigit(before) && (fractionBefore(s, p) || basicTimeBefore(s, p)));
    boolean afterSpace = before == ' ' && digits == 4 && colon < 0 && timeBefore(s, p);
    if (!(afterTimeOrFraction || afterSpace) || h > 18 || m > 59) {
      return NONE;
    }
    return sign * (h * 3600 + m * 60);
  }

  /** Whether the digits before {@code p} are a fraction of a second after a time (:SS.fff). */
  private static boolean fractionBefore(CharSequence s, int p) {
    int q = p - 1;
    while (q >= 0 && isDigit(s.charAt(q))) {
      q--;
    }
    return q >= 3 && (s.charAt(q) == '.' || s.charAt(q) == ',') && s.charAt(q - 3) == ':';
  }

  /** Whether ISO-8601's basic time ({@code T100000}, {@code T1000}) ends at {@code p}. */
  private static boolean basicTimeBefore(CharSequence s, int p) {
    int q = p - 1;
    while (q >= 0 && isDigit(s.charAt(q))) {
      q--;
    }
    int n = p - 1 - q;
    return (n == 4 || n == 6) && q >= 0 && (s.charAt(q) == 'T' || s.charAt(q) == 't');
  }

  /** Whether the value has a time (a colon between digits) or is all digits before {@code p}. */
  private static boolean timeBefore(CharSequence s, int p) {
    boolean allDigits = true;
    for (int i = 1; i < p - 1; i++) {
      char c = s.charAt(i);
      if (c == ':' && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
        return true;
      }
      allDigits &= isDigit(c) || c == ' ';
    }
    return allDigits && p > 1; // git's raw "1704178800 +0300"
  }

  /** A zone name at the end of the value, RFC 822's or zero's; {@link #NONE} for any other. */
  private static int letters(CharSequence s, int end) {
    int from = end;
    while (from > 0 && isLetter(s.charAt(from - 1))) {
      from--;
    }
    int len = end - from;
    if (from == 0 || s.charAt(from - 1) != ' ' && !isDigit(s.charAt(from - 1))) {
      return NONE;
    }
    if (len == 1) {
      char c = upper(s.charAt(from));
      return c == 'Z' ? 0 : NONE;
    }
    if (len == 2) {
      return upper(s.charAt(from)) == 'U' && upper(s.charAt(from + 1)) == 'T' ? 0 : NONE;
    }
    if (len != 3) {
      return NONE;
    }
    char a = upper(s.charAt(from));
    char b = upper(s.charAt(from + 1));
    char c = upper(s.charAt(from + 2));
    if ((a == 'G' && b == 'M' && c == 'T') || (a == 'U' && b == 'T' && c == 'C')) {
      return 0;
    }
    if (c != 'T' || (b != 'S' && b != 'D')) {
      return NONE;
    }
    int base =
        switch (a) {
          case 'E' -> -5;
          case 'C' -> -6;
          case 'M' -> -7;
          case 'P' -> -8;
          default -> 99;
        };
    if (base == 99) {
      return NONE;
    }
    return (base + (b == 'D' ? 1 : 0)) * 3600;
  }

  private static int trim(CharSequence s, int end) {
    while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return end;
  }

  private static int digit(CharSequence s, int i) {
    return s.charAt(i) - '0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }
}
