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
    return negative ? -value : value;
  }
}
