package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * A user's timestamp pattern ({@code --time-format}), compiled by {@link TimeFormats} from strftime
 * or java.time syntax into a list of fields that this class matches by hand, so that a forced
 * format is as fast and as strict as the detected ones. Numeric fields take one to their maximum
 * number of digits, or exactly the maximum when another numeric field follows with nothing between
 * ({@code %Y%m%d}). A run of white space in the pattern matches one or more spaces or tabs.
 */
final class PatternParser implements TimestampParser {
  /** What one field of a pattern is; {@link #numeric} fields are digits. */
  enum Field {
    LITERAL(false),
    SPACE(false),
    YEAR(true),
    YEAR2_POSIX(true),
    YEAR2_2000(true),
    MONTH(true),
    MONTH_NAME(false),
    DAY(true),
    DAY_OF_YEAR(true),
    HOUR24(true),
    HOUR12(true),
    MINUTE(true),
    SECOND(true),
    FRACTION(true),
    AMPM(false),
    OFFSET(false),
    ZONE_NAME(false),
    WEEKDAY_NAME(false),
    WEEKDAY_NUMBER(true),
    EPOCH(true);

    /** Whether fields of this kind are digits. */
    final boolean numeric;

    Field(boolean numeric) {
      this.numeric = numeric;
    }
  }

  private final String name;
  private final Field[] kinds;
  private final char[] chars;
  private final int[] minDigits;
  private final int[] maxDigits;
  private final LocalTimes local;

  /**
   * @param name the pattern as the user wrote it
   * @param kinds the field kinds in order
   * @param chars the character of each LITERAL field
   * @param minDigits the fewest digits of each numeric field
   * @param maxDigits the most digits of each numeric field
   */
  PatternParser(
      String name, Field[] kinds, char[] chars, int[] minDigits, int[] maxDigits, ZoneId zone) {
    this.name = name;
    this.kinds = kinds.clone();
    this.chars = chars.clone();
    this.minDigits = minDigits.clone();
    this.maxDigits = maxDigits.clone();
    this.local = LocalTimes.of(zone);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long parse(CharSequence s) {
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    int year = Scan.NO;
    int month = Scan.NO;
    int day = Scan.NO;
    int dayOfYear = Scan.NO;
    int hour = 0;
    int hour12 = Scan.NO;
    int meridiem = 0;
    int minute = 0;
    int second = 0;
    int weekday = 0;
    int zone = Scan.LOCAL;
    long epoch = INVALID;
    for (int i = 0; i < kinds.length; i++) {
      Field kind = kinds[i];
      if (kind == Field.LITERAL) {
        if (p >= end || !same(s.charAt(p), chars[i])) {
          return INVALID;
        }
        p++;
        continue;
      }
      if (kind == Field.SPACE) {
        int q = Scan.skipSpaces(s, p, end);
        if (q == p) {
          return INVALID;
        }
        p = q;
        continue;
      }
      if (kind.numeric) {
        int max = maxDigits[i];
        boolean fixed = i + 1 < kinds.length && kinds[i + 1].numeric;
        if ((kind == Field.DAY || kind == Field.HOUR24 || kind == Field.HOUR12)
            && !fixed
            && p < end) {
          if (s.charAt(p) == ' ' && minDigits[i] == 1) {
            p++; // a space-padded day or hour: " 4"
          }
        }
        int n = Scan.countDigits(s, p, end, max);
        if (n < (fixed ? max : minDigits[i])) {
          return INVALID;
        }
        if (kind == Field.EPOCH) {
          long v = 0;
          for (int k = p; k < p + n; k++) {
            v = v * 10 + (s.charAt(k) - '0');
          }
          epoch = v;
        } else if (kind != Field.FRACTION) {
          int v = Scan.value(s, p, n);
          switch (kind) {
            case YEAR:
              year = v;
              break;
            case YEAR2_POSIX:
              year = Scan.pivotYear(v);
              break;
            case YEAR2_2000:
              year = 2000 + v;
              break;
            case MONTH:
              month = v;
              break;
            case DAY:
              day = v;
              break;
            case DAY_OF_YEAR:
              dayOfYear = v;
              break;
            case HOUR24:
              hour = v;
              break;
            case HOUR12:
              hour12 = v;
              break;
            case MINUTE:
              minute = v;
              break;
            case SECOND:
              second = v;
              break;
            default:
              break; // a weekday number is read and not checked
          }
        }
        p += n;
        continue;
      }
      int n = Scan.countLetters(s, p, end);
      switch (kind) {
        case MONTH_NAME:
          month = Scan.month(s, p, n);
          if (month < 0) {
            return INVALID;
          }
          break;
        case WEEKDAY_NAME:
          weekday = Scan.weekday(s, p, n);
          if (weekday < 0) {
            return INVALID;
          }
          break;
        case AMPM:
          if (Scan.word(s, p, n, "AM")) {
            meridiem = 1;
          } else if (Scan.word(s, p, n, "PM")) {
            meridiem = 2;
          } else {
            return INVALID;
          }
          break;
        case ZONE_NAME:
          zone = Scan.zoneName(s, p, n);
          if (zone == Scan.UNKNOWN_ZONE) {
            return INVALID;
          }
          break;
        default: // OFFSET
          if (n == 1 && (s.charAt(p) == 'Z' || s.charAt(p) == 'z')) {
            zone = 0;
            break;
          }
          long packed = Scan.numericOffset(s, p, end);
          if (packed == Scan.NO) {
            return INVALID;
          }
          zone = Scan.offsetOf(packed);
          p = Scan.positionOf(packed);
          continue;
      }
      p += n;
    }
    if (p != end) {
      return INVALID;
    }
    if (epoch != INVALID) {
      return epoch > 0 && epoch <= Calendar.MAX_EPOCH_SECOND ? epoch : INVALID;
    }
    if (hour12 != Scan.NO) {
      if (hour12 < 1 || hour12 > 12) {
        return INVALID;
      }
      // As strptime does: without AM/PM a 12-hour clock reads as AM.
      hour = hour12 % 12 + (meridiem == 2 ? 12 : 0);
    } else if (meridiem != 0) {
      if (hour < 1 || hour > 12) {
        return INVALID;
      }
      hour = hour % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (dayOfYear != Scan.NO && year > 0 && year <= 9999) {
      if (dayOfYear < 1 || dayOfYear > (Calendar.isLeap(year) ? 366 : 365)) {
        return INVALID;
      }
      month = 1;
      day = dayOfYear;
      while (day > Calendar.daysInMonth(year, month)) {
        day -= Calendar.daysInMonth(year, month);
        month++;
      }
    }
    if (!Calendar.valid(year, month, day, hour, minute, second)) {
      return INVALID;
    }
    if (weekday != 0 && Scan.isoWeekday(Calendar.epochDay(year, month, day)) != weekday) {
      return INVALID;
    }
    return Calendar.resolve(local, year, month, day, hour, minute, second, zone);
  }

  private static boolean same(char a, char b) {
    if (a == b) {
      return true;
    }
    return Scan.isLetter(a) && Scan.isLetter(b) && (a | 0x20) == (b | 0x20);
  }
}
