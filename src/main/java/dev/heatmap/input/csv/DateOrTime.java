package dev.heatmap.input.csv;

/**
 * Cells that hold half a timestamp: a date alone ({@code 2024-03-05}, {@code 05.03.2024}, {@code
 * 3/5/2024}) or a time alone ({@code 14:05}, {@code 14:05:09.123}, {@code 2:05 PM}), and the one
 * value two such cells make.
 */
final class DateOrTime {
  private DateOrTime() {}

  /** Digits in three groups split by one of {@code - / .}, one group of four digits; no time. */
  static boolean isDateOnly(String v) {
    int groups = 1;
    int digits = 0;
    int four = 0;
    char sep = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (digits > 4) {
          return false;
        }
      } else if (c == '-' || c == '/' || c == '.') {
        if (digits == 0 || (sep != 0 && c != sep)) {
          return false;
        }
        sep = c;
        four += digits == 4 ? 1 : 0;
        digits = 0;
        groups++;
      } else {
        return false;
      }
    }
    four += digits == 4 ? 1 : 0;
    return groups == 3 && digits > 0 && four == 1;
  }

  /** {@code H:MM}, {@code HH:MM:SS} with an optional fraction and an optional AM/PM. */
  static boolean isTimeOnly(String v) {
    int i = 0;
    int n = v.length();
    int h = 0;
    while (i < n && Character.isDigit(v.charAt(i)) && h < 3) {
      i++;
      h++;
    }
    if (h == 0 || h > 2 || i >= n || v.charAt(i) != ':') {
      return false;
    }
    i++;
    int m = 0;
    while (i < n && Character.isDigit(v.charAt(i))) {
      i++;
      m++;
    }
    if (m != 2) {
      return false;
    }
    if (i < n && v.charAt(i) == ':') {
      i++;
      int sec = 0;
      while (i < n && Character.isDigit(v.charAt(i))) {
        i++;
        sec++;
      }
      if (sec != 2) {
        return false;
      }
      if (i < n && (v.charAt(i) == '.' || v.charAt(i) == ',')) {
        i++;
        while (i < n && Character.isDigit(v.charAt(i))) {
          i++;
        }
      }
    }
    String rest = v.substring(i).strip();
    return rest.isEmpty() || rest.equalsIgnoreCase("AM") || rest.equalsIgnoreCase("PM");
  }

  /**
   * Plaso l2tcsv's {@code MM/DD/YYYY} date and {@code HH:MM:SS} time as ISO-8601, with {@code UTC}
   * when the timezone column says UTC (else the value carries no zone and is read in {@code
   * --input-tz}); the date unchanged when it is not in that form.
   */
  static String isoFromMonthFirst(String date, String time, String zone) {
    String d = date.strip();
    int a = d.indexOf('/');
    int b = a < 0 ? -1 : d.indexOf('/', a + 1);
    if (a <= 0 || b < 0 || b - a < 2 || d.length() - b != 5) {
      return d + " " + time.strip();
    }
    StringBuilder sb = new StringBuilder(32);
    sb.append(d, b + 1, d.length()).append('-');
    if (a == 1) {
      sb.append('0');
    }
    sb.append(d, 0, a).append('-');
    if (b - a == 2) {
      sb.append('0');
    }
    sb.append(d, a + 1, b).append('T').append(time.strip());
    if (zone != null) {
      String z = zone.strip();
      if (z.equalsIgnoreCase("UTC") || z.equalsIgnoreCase("GMT")) {
        sb.append('Z');
      }
    }
    return sb.toString();
  }
}
