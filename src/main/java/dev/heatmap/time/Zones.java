package dev.heatmap.time;

import dev.heatmap.core.HeatmapException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Parses and names time zones as the command line and the reports spell them. */
public final class Zones {
  private Zones() {}

  /**
   * Reads a zone: an IANA name ({@code Europe/Moscow}), {@code UTC}/{@code Z}, or a fixed offset
   * ({@code +08:00}, {@code +0530}, {@code -03}, {@code UTC+5:30}, {@code GMT-3}).
   *
   * @throws HeatmapException a usage error naming the bad value
   */
  public static ZoneId parse(String text) {
    String s = text.strip();
    if (s.equalsIgnoreCase("utc") || s.equalsIgnoreCase("z") || s.equalsIgnoreCase("gmt")) {
      return ZoneOffset.UTC;
    }
    String offset = s;
    if (s.regionMatches(true, 0, "UTC", 0, 3) || s.regionMatches(true, 0, "GMT", 0, 3)) {
      offset = s.substring(3);
    }
    if (!offset.isEmpty() && (offset.charAt(0) == '+' || offset.charAt(0) == '-')) {
      ZoneOffset parsed = parseOffset(offset);
      if (parsed != null) {
        return parsed;
      }
      throw bad(text);
    }
    try {
      return ZoneId.of(s).normalized();
    } catch (DateTimeException e) {
      throw bad(text);
    }
  }

  private static ZoneOffset parseOffset(String s) {
    int sign = s.charAt(0) == '-' ? -1 : 1;
    String body = s.substring(1);
    int hours;
    int minutes = 0;
    try {
      int colon = body.indexOf(':');
      if (colon >= 0) {
        hours = Integer.parseInt(body.substring(0, colon));
        minutes = Integer.parseInt(body.substring(colon + 1));
        if (body.length() - colon - 1 != 2) {
          return null;
        }
      } else if (body.length() <= 2) {
        hours = Integer.parseInt(body);
      } else if (body.length() == 4) {
        hours = Integer.parseInt(body.substring(0, 2));
        minutes = Integer.parseInt(body.substring(2));
      } else {
        return null;
      }
      if (body.isEmpty() || hours > 18 || minutes > 59 || hours < 0 || minutes < 0) {
        return null;
      }
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  private static HeatmapException bad(String text) {
    return HeatmapException.usage(
        "unknown time zone '"
            + text
            + "': use an IANA name such as Europe/Berlin or an offset such as +05:30");
  }

  /** The label reports use: {@code UTC} for UTC, the id otherwise. */
  public static String label(ZoneId zone) {
    ZoneId z = zone.normalized();
    if (z.equals(ZoneOffset.UTC)) {
      return "UTC";
    }
    return z.getId();
  }
}
