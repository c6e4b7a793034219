package dev.heatmap.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * How reports spell days, hours, numbers and shares, so that every format says the same thing in
 * the same words. Plain text only: each renderer escapes for where it writes.
 */
final class Labels {
  private Labels() {}

  static final String[] ABBREV = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  /**
   * The months' English abbreviations, January first: a table rather than {@code
   * Month.getDisplayName}, whose first call loads the locale data (tens of milliseconds of a short
   * run's start).
   */
  static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** The day's name, 0 = Monday. */
  static String day(int day) {
    return Report.DAYS.get(day);
  }

  /** A column header: {@code 00}…{@code 23}, or {@code 12a} … {@code 11p} with 12-hour labels. */
  static String hourShort(int hour, boolean hour12) {
    if (!hour12) {
      return hour < 10 ? "0" + hour : Integer.toString(hour);
    }
    return clock12(hour) + (hour < 12 ? "a" : "p");
  }

  /** An hour as a time: {@code 09:00}, or {@code 9 AM} with 12-hour labels. */
  static String hour(int hour, boolean hour12) {
    if (!hour12) {
      return (hour < 10 ? "0" : "") + hour + ":00";
    }
    return clock12(hour) + (hour < 12 ? " AM" : " PM");
  }

  /** The hour as a span: {@code 09:00–09:59}, or {@code 9 AM–10 AM} with 12-hour labels. */
  static String hourSpan(int hour, boolean hour12) {
    if (!hour12) {
      String h = (hour < 10 ? "0" : "") + hour;
      return h + ":00–" + h + ":59";
    }
    return hour(hour, true) + "–" + hour((hour + 1) % 24, true);
  }

  /** The night as {@link Summary} counts it: {@code 22:00–06:00} or {@code 10 PM–6 AM}. */
  static String night(boolean hour12) {
    return hour(Summary.NIGHT_START, hour12) + "–" + hour(Summary.NIGHT_END, hour12);
  }

  private static int clock12(int hour) {
    int h = hour % 12;
    return h == 0 ? 12 : h;
  }

  /** A count with thousands separators: {@code 16,823}. */
  /** "1 event", "2 events", "16,823 events". */
  static String events(long n) {
    return grouped(n) + (n == 1 ? " event" : " events");
  }

  static String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (n < 0) {
      sb.append('-');
    }
    int lead = digits.length() % 3;
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (i - lead) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  /**
   * {@code part} as a percentage of {@code whole} with one decimal ({@code 12.5%}), "0.0%" of 0.
   */
  static String percent(long part, long whole) {
    if (whole == 0) {
      return "0.0%";
    }
    return BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN)
            .toPlainString()
        + "%";
  }

  /** An instant as ISO-8601 UTC, or an em dash for none. */
  static String instant(long epochSecond) {
    String iso = Instants.iso(epochSecond);
    return iso == null ? "—" : iso;
  }

  /**
   * The zone a report's label names (labels are written by {@code Zones.label}: {@code UTC}, an
   * IANA id or an offset); UTC for a label that names none, which only hand-built reports have.
   */
  static ZoneId zone(String label) {
    try {
      return ZoneId.of(label);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** How reports name the inferred offset's clock: {@code UTC+08:00}. */
  static String offsetZone(String offset) {
    return offset.startsWith("UTC") ? offset : "UTC" + offset;
  }

  /** The cell's day and hour in words: {@code Tuesday 10:00–10:59}. */
  static String cell(int day, int hour, boolean hour12) {
    return day(day) + " " + hourSpan(hour, hour12);
  }

  /**
   * {@code s} cut at spaces into lines of at most {@code width} characters, at most {@code lines}
   * of them (the last cut short with an ellipsis): SVG text does not wrap by itself, and a text
   * report keeps to its width.
   */
  static List<String> wrap(String s, int width, int lines) {
    List<String> out = new ArrayList<>();
    String rest = s;
    while (!rest.isEmpty()) {
      if (out.size() == lines - 1 || rest.length() <= width) {
        out.add(Labels.truncate(rest, width));
        break;
      }
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    return out;
  }

  /** {@code s} cut to {@code max} characters, ending in an ellipsis when cut. */
  static String truncate(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end) + "…";
  }

  /** A zone-inference score with three decimals. */
  static String score(double score) {
    if (Double.isNaN(score) || Double.isInfinite(score)) {
      return String.valueOf(score);
    }
    return new BigDecimal(score).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Up to {@code max} zone names, then how many more: {@code A, B and 3 more}; a dash for none. */
  static String zoneList(List<String> zones, int max) {
    if (zones.isEmpty()) {
      return "—";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < zones.size() && i < max; i++) {
      sb.append(i == 0 ? "" : ", ").append(zones.get(i));
    }
    if (zones.size() > max) {
      sb.append(" and ").append(zones.size() - max).append(" more");
    }
    return sb.toString();
  }

  /** The clock of an inferred offset ({@code +08:00}), for redrawing the grid in it. */
  static ZoneId offsetZoneId(String offset) {
    try {
      return ZoneOffset.of(offset.startsWith("UTC") ? offset.substring(3) : offset);
    } catch (DateTimeException e) {
      return zone(offset);
    }
  }

  /** A number with its unit: {@code 425 events}, {@code 2.53% of all events}. */
  static String quantity(String number, Normalize mode) {
    String unit = mode.unit();
    return unit.startsWith("%") ? number + unit : number + " " + unit;
  }

  /** The legend's note on the top of the scale: {@code busiest hour: 425 events}. */
  static String busiest(CellValues values) {
    return values.mode() == Normalize.MAX
        ? "busiest hour = 1.00"
        : "busiest hour: " + quantity(values.shown(values.max()), values.mode());
  }
}
