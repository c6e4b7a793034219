package dev.heatmap.input.extract;

/**
 * Reads a plain decimal number written as text ({@code 1609495200}, {@code -12.5}): digits with an
 * optional sign and one decimal point, nothing else. Epoch values come as text in CSV cells and in
 * exports such as Telegram's {@code "date_unixtime": "1609495200"}.
 */
public final class NumberText {
  private NumberText() {}

  /** The value of {@code s} (surrounding blanks allowed), or NaN when it is not a plain number. */
  public static double parse(CharSequence s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    if (start == end || end - start > 40) {
      return Double.NaN;
    }
    boolean negative = false;
    if (s.charAt(start) == '-' || s.charAt(start) == '+') {
      negative = s.charAt(start) == '-';
      start++;
    }
    long whole = 0;
    int digits = 0;
    int i = start;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      if (digits < 18) {
        whole = whole * 10 + (c - '0');
      } else {
        return Double.NaN; // too many digits to be an epoch value
      }
      digits++;
    }
    double value = whole;
    if (i < end && s.charAt(i) == '.') {
      double scale = 0.1;
      int fraction = 0;
      for (i++; i < end; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return Double.NaN;
        }
        value += (c - '0') * scale;
        scale /= 10;
        fraction++;
      }
      digits += fraction;
    }
    if (i != end || digits == 0) {
      return Double.NaN;
    }
    if ((long) Math.floor(value) > whole) {
      value = down(whole); // the summed fraction rounded up past the whole part
    }
    return negative ? -value : value;
  }

  /**
   * The largest double not above {@code v}: a long past 2^53 converts to the nearest double, which
   * may be above it and so land an epoch value in the next second (or hour, or day).
   */
  public static double down(long v) {
    double d = v;
    return d > 0 && (long) d > v ? Math.nextDown(d) : d;
  }

  /**
   * A JSON number's text as a double whose whole part is never above the number's own: the nearest
   * double to {@code 1704067199.9999999} is 1704067200, a second (and here an hour and a day) later
   * than the digits say, so such a value is moved down to the largest double under its whole part
   * plus one. Epoch seconds of every unit then match the same digits in a string.
   */
  public static double exact(CharSequence text) {
    double d = Double.parseDouble(text.toString());
    if (!Double.isFinite(d)) {
      return d; // NaN and Infinity, which Jackson reads when told to
    }
    int n = text.length();
    int p = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    long whole = 0;
    int digits = 0;
    for (; p < n; p++) {
      char c = text.charAt(p);
      if (c < '0' || c > '9') {
        if (c == 'e' || c == 'E') {
          return d; // an exponent: read as written
        }
        break;
      }
      whole = whole * 10 + (c - '0');
      if (++digits > 19 || whole < 0) {
        return d; // past a long, and any epoch value in any unit
      }
    }
    if (p < n && text.charAt(p) == '.') {
      for (int q = p + 1; q < n; q++) {
        char c = text.charAt(q);
        if (c == 'e' || c == 'E') {
          return d;
        }
      }
    }
    if (digits > 0 && d > 0 && (long) Math.floor(d) > whole) {
      return down(whole);
    }
    return d;
  }
}
