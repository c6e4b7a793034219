package dev.heatmap.time.parse;

import dev.heatmap.core.HeatmapException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Compiles {@code --time-format}: a strftime pattern (it contains {@code %}: {@code '%Y-%m-%d
 * %H:%M:%S'}, {@code '%d/%b/%Y:%H:%M:%S %z'}) or a java.time pattern ({@code 'dd.MM.yyyy HH:mm'}).
 * Both become a {@link PatternParser} matched by hand; java.time patterns that use fields it does
 * not know fall back to a strict {@link DateTimeFormatter}.
 */
public final class TimeFormats {
  private TimeFormats() {}

  /** The strftime directives {@code --time-format} understands, for messages and help. */
  public static final String STRFTIME_DIRECTIVES =
      "%Y %y %m %b %B %h %d %e %j %H %I %M %S %f %p %z %Z %a %A %u %w %s %T %D %F %R %r %c %x %X"
          + " %n %t %%";

  /**
   * The parser for {@code pattern}, reading values without an offset in {@code inputZone}.
   *
   * @throws HeatmapException a usage error saying what is wrong with the pattern
   */
  public static TimestampParser compile(String pattern, ZoneId inputZone) {
    if (pattern.isBlank()) {
      throw bad(pattern, "it is empty");
    }
    TimestampParser parser;
    if (pattern.indexOf('%') >= 0) {
      parser = strftime(pattern, inputZone);
    } else {
      parser = javaPattern(pattern, inputZone);
      // Check that the pattern can say a whole date-time: format one and read it back.
      TimestampParser check = javaPattern(pattern, ZoneOffset.UTC);
      ZonedDateTime sample = ZonedDateTime.of(2001, 2, 3, 16, 0, 0, 0, ZoneOffset.UTC);
      String text;
      try {
        text = formatter(pattern).format(sample);
      } catch (DateTimeException e) {
        throw bad(pattern, "it cannot write 2001-02-03 16:00 (" + e.getMessage() + ")");
      }
      if (check.parse(text) != sample.toEpochSecond()) {
        throw bad(
            pattern,
            "it does not give a whole date and time of day (it needs the year, month, day and"
                + " hour; a 12-hour 'h' needs 'a')");
      }
    }
    return parser;
  }

  private static HeatmapException bad(String pattern, String why) {
    return HeatmapException.usage("bad --time-format '" + pattern + "': " + why);
  }

  /** Builds the field list of a pattern one field at a time. */
  private static final class Fields {
    int size;
    PatternParser.Field[] kinds = new PatternParser.Field[16];
    char[] chars = new char[16];
    int[] min = new int[16];
    int[] max = new int[16];

    void add(PatternParser.Field kind, char c, int minDigits, int maxDigits) {
      if (size == kinds.length) {
        kinds = java.util.Arrays.copyOf(kinds, size * 2);
        chars = java.util.Arrays.copyOf(chars, size * 2);
        min = java.util.Arrays.copyOf(min, size * 2);
        max = java.util.Arrays.copyOf(max, size * 2);
      }
      kinds[size] = kind;
      chars[size] = c;
      min[size] = minDigits;
      max[size] = maxDigits;
      size++;
    }

    void literal(char c) {
      if (c == ' ' || c == '\t' || c == '\n') {
        if (size == 0 || kinds[size - 1] != PatternParser.Field.SPACE) {
          add(PatternParser.Field.SPACE, ' ', 0, 0);
        }
      } else {
        add(PatternParser.Field.LITERAL, c, 0, 0);
      }
    }

    boolean has(PatternParser.Field kind) {
      for (int i = 0; i < size; i++) {
        if (kinds[i] == kind) {
          return true;
        }
      }
      return false;
    }

    PatternParser build(String name, ZoneId zone) {
      return new PatternParser(
          name,
          java.util.Arrays.copyOf(kinds, size),
          java.util.Arrays.copyOf(chars, size),
          java.util.Arrays.copyOf(min, size),
          java.util.Arrays.copyOf(max, size),
          zone);
    }
  }

  static TimestampParser strftime(String pattern, ZoneId zone) {
    Fields f = new Fields();
    directives(pattern, f, pattern);
    boolean epoch = f.has(PatternParser.Field.EPOCH);
    boolean year =
        f.has(PatternParser.Field.YEAR) || f.has(PatternParser.Field.YEAR2_POSIX) || epoch;
    boolean date =
        epoch
            || f.has(PatternParser.Field.DAY_OF_YEAR)
            || ((f.has(PatternParser.Field.MONTH) || f.has(PatternParser.Field.MONTH_NAME))
                && f.has(PatternParser.Field.DAY));
    boolean hour = epoch || f.has(PatternParser.Field.HOUR24) || f.has(PatternParser.Field.HOUR12);
    if (!year) {
      throw bad(pattern, "it has no year (%Y or %y), so no weekday can be placed");
    }
    if (!date) {
      throw bad(pattern, "it has no month and day (%m or %b, and %d) or day of the year (%j)");
    }
    if (!hour) {
      throw bad(pattern, "it has no hour (%H or %I): a date alone is not a timestamp");
    }
    return f.build(pattern, zone);
  }

  private static void directives(String pattern, Fields f, String whole) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        f.literal(c);
        continue;
      }
      if (++i == pattern.length()) {
        throw bad(whole, "it ends with a lone %");
      }
      char d = pattern.charAt(i);
      if (d == '-' && i + 1 < pattern.length()) {
        d = pattern.charAt(++i); // %-d, %-H: glibc's unpadded forms read the same
      }
      switch (d) {
        case 'Y' -> f.add(PatternParser.Field.YEAR, d, 4, 4);
        case 'y' -> f.add(PatternParser.Field.YEAR2_POSIX, d, 2, 2);
        case 'm' -> f.add(PatternParser.Field.MONTH, d, 1, 2);
        case 'b', 'B', 'h' -> f.add(PatternParser.Field.MONTH_NAME, d, 0, 0);
        case 'd', 'e' -> f.add(PatternParser.Field.DAY, d, 1, 2);
        case 'j' -> f.add(PatternParser.Field.DAY_OF_YEAR, d, 1, 3);
        case 'H', 'k' -> f.add(PatternParser.Field.HOUR24, d, 1, 2);
        case 'I', 'l' -> f.add(PatternParser.Field.HOUR12, d, 1, 2);
        case 'M' -> f.add(PatternParser.Field.MINUTE, d, 1, 2);
        case 'S' -> f.add(PatternParser.Field.SECOND, d, 1, 2);
        case 'f' -> f.add(PatternParser.Field.FRACTION, d, 1, 9);
        case 'p', 'P' -> f.add(PatternParser.Field.AMPM, d, 0, 0);
        case 'z' -> f.add(PatternParser.Field.OFFSET, d, 0, 0);
        case 'Z' -> f.add(PatternParser.Field.ZONE_NAME, d, 0, 0);
        case 'a', 'A' -> f.add(PatternParser.Field.WEEKDAY_NAME, d, 0, 0);
        case 'u', 'w' -> f.add(PatternParser.Field.WEEKDAY_NUMBER, d, 1, 1);
        case 's' -> f.add(PatternParser.Field.EPOCH, d, 1, 19);
        case 'T', 'X' -> directives("%H:%M:%S", f, whole);
        case 'D', 'x' -> directives("%m/%d/%y", f, whole);
        case 'F' -> directives("%Y-%m-%d", f, whole);
        case 'R' -> directives("%H:%M", f, whole);
        case 'r' -> directives("%I:%M:%S %p", f, whole);
        case 'c' -> directives("%a %b %e %H:%M:%S %Y", f, whole);
        case 'n', 't' -> f.literal(' ');
        case '%' -> f.literal('%');
        default -> throw bad(whole, "%" + d + " is not supported; use " + STRFTIME_DIRECTIVES);
      }
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    try {
      return DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw bad(pattern, e.getMessage());
    }
  }

  /**
   * The pattern with year-of-era {@code y} turned into proleptic year {@code u} outside quotes:
   * strict resolving needs an era for {@code y}, and users mean the plain year.
   */
  static String strictYears(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      sb.append(!quoted && c == 'y' ? 'u' : c);
    }
    return sb.toString();
  }

  /** A java.time pattern: by hand when every letter is one {@link PatternParser} knows. */
  static TimestampParser javaPattern(String pattern, ZoneId zone) {
    DateTimeFormatter formatter = formatter(pattern); // reports a malformed pattern
    Fields f = new Fields();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int close = pattern.indexOf('\'', i + 1);
        if (close < 0) {
          return new JavaTimeParser(pattern, formatter, zone);
        }
        if (close == i + 1) {
          f.add(PatternParser.Field.LITERAL, '\'', 0, 0);
        } else {
          for (int k = i + 1; k < close; k++) {
            f.add(PatternParser.Field.LITERAL, pattern.charAt(k), 0, 0);
          }
        }
        i = close + 1;
        continue;
      }
      if (!Scan.isLetter(c)) {
        if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
          return new JavaTimeParser(pattern, formatter, zone);
        }
        f.add(PatternParser.Field.LITERAL, c, 0, 0);
        i++;
        continue;
      }
      int n = 1;
      while (i + n < pattern.length() && pattern.charAt(i + n) == c) {
        n++;
      }
      i += n;
      boolean known = true;
      switch (c) {
        case 'y', 'u' -> {
          if (n == 2) {
            f.add(PatternParser.Field.YEAR2_2000, c, 2, 2);
          } else if (n == 1) {
            f.add(PatternParser.Field.YEAR, c, 1, 4);
          } else {
            f.add(PatternParser.Field.YEAR, c, n, Math.max(n, 4));
          }
        }
        case 'M', 'L' -> {
          if (n >= 3) {
            f.add(PatternParser.Field.MONTH_NAME, c, 0, 0);
          } else {
            f.add(PatternParser.Field.MONTH, c, n, 2);
          }
        }
        case 'd' -> f.add(PatternParser.Field.DAY, c, n, 2);
        case 'D' -> f.add(PatternParser.Field.DAY_OF_YEAR, c, n, 3);
        case 'H' -> f.add(PatternParser.Field.HOUR24, c, n, 2);
        case 'h' -> f.add(PatternParser.Field.HOUR12, c, n, 2);
        case 'm' -> f.add(PatternParser.Field.MINUTE, c, n, 2);
        case 's' -> f.add(PatternParser.Field.SECOND, c, n, 2);
        case 'S' -> f.add(PatternParser.Field.FRACTION, c, n, n);
        case 'a' -> f.add(PatternParser.Field.AMPM, c, 0, 0);
        case 'X', 'x', 'Z' -> {
          if (n <= 3) {
            f.add(PatternParser.Field.OFFSET, c, 0, 0);
          } else {
            known = false;
          }
        }
        case 'z' -> {
          if (n <= 3) {
            f.add(PatternParser.Field.ZONE_NAME, c, 0, 0);
          } else {
            known = false;
          }
        }
        case 'E' -> f.add(PatternParser.Field.WEEKDAY_NAME, c, 0, 0);
        default -> known = false;
      }
      if (!known || n > 4 && c != 'S') {
        return new JavaTimeParser(pattern, formatter, zone);
      }
    }
    return f.build(pattern, zone);
  }
}
