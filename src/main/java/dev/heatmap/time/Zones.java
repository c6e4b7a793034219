package dev.heatmap.time;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.Spelling;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
      // europe/moscow is Europe/Moscow: no two IANA names differ only in case.
      for (String id : ZoneId.getAvailableZoneIds()) {
        if (id.equalsIgnoreCase(s)) {
          return ZoneId.of(id).normalized();
        }
      }
      throw bad(text);
    }
  }

  /**
   * Names people use that are no IANA name, with the zone they mean: capitals and large cities that
   * share a zone named after another city, and abbreviations that name one zone. Ambiguous
   * abbreviations (IST, CST, BST) are left out on purpose.
   */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("beijing", "Asia/Shanghai"),
          Map.entry("peking", "Asia/Shanghai"),
          Map.entry("china", "Asia/Shanghai"),
          Map.entry("chengdu", "Asia/Shanghai"),
          Map.entry("shenzhen", "Asia/Shanghai"),
          Map.entry("guangzhou", "Asia/Shanghai"),
          Map.entry("hangzhou", "Asia/Shanghai"),
          Map.entry("wuhan", "Asia/Shanghai"),
          Map.entry("msk", "Europe/Moscow"),
          Map.entry("saint_petersburg", "Europe/Moscow"),
          Map.entry("st_petersburg", "Europe/Moscow"),
          Map.entry("petersburg", "Europe/Moscow"),
          Map.entry("russia", "Europe/Moscow"),
          Map.entry("delhi", "Asia/Kolkata"),
          Map.entry("new_delhi", "Asia/Kolkata"),
          Map.entry("mumbai", "Asia/Kolkata"),
          Map.entry("bombay", "Asia/Kolkata"),
          Map.entry("calcutta", "Asia/Kolkata"),
          Map.entry("india", "Asia/Kolkata"),
          Map.entry("pyongyang", "Asia/Pyongyang"),
          Map.entry("north_korea", "Asia/Pyongyang"),
          Map.entry("korea", "Asia/Seoul"),
          Map.entry("japan", "Asia/Tokyo"),
          Map.entry("osaka", "Asia/Tokyo"),
          Map.entry("iran", "Asia/Tehran"),
          Map.entry("saigon", "Asia/Ho_Chi_Minh"),
          Map.entry("hanoi", "Asia/Bangkok"),
          Map.entry("washington", "America/New_York"),
          Map.entry("boston", "America/New_York"),
          Map.entry("miami", "America/New_York"),
          Map.entry("san_francisco", "America/Los_Angeles"),
          Map.entry("seattle", "America/Los_Angeles"),
          Map.entry("pacific", "America/Los_Angeles"),
          Map.entry("pst", "America/Los_Angeles"),
          Map.entry("pdt", "America/Los_Angeles"),
          Map.entry("eastern", "America/New_York"),
          Map.entry("edt", "America/New_York"),
          Map.entry("central", "America/Chicago"),
          Map.entry("cdt", "America/Chicago"),
          Map.entry("mountain", "America/Denver"),
          Map.entry("london", "Europe/London"),
          Map.entry("uk", "Europe/London"),
          Map.entry("cet", "Europe/Paris"),
          Map.entry("cest", "Europe/Paris"),
          Map.entry("kyiv", "Europe/Kyiv"),
          Map.entry("kiev", "Europe/Kyiv"),
          Map.entry("minsk", "Europe/Minsk"),
          Map.entry("tel_aviv", "Asia/Jerusalem"),
          Map.entry("sydney", "Australia/Sydney"));

  /**
   * The zones {@code text} may have meant, closest first, at most {@code max}: the alias it is, the
   * IANA names whose city is {@code text}, then the names nearest in spelling.
   */
  public static List<String> suggestions(String text, int max) {
    String key = text.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    String city = key.substring(key.lastIndexOf('/') + 1);
    String alias = ALIASES.getOrDefault(key, ALIASES.get(city));
    if (alias != null) {
      found.add(alias);
    }
    Set<String> ids = ZoneId.getAvailableZoneIds();
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.naturalOrder());
    for (String id : sorted) {
      int slash = id.lastIndexOf('/');
      if (id.regionMatches(true, slash + 1, key, 0, key.length())
          && id.length() - slash - 1 == key.length()
          && !found.contains(id)
          && canonical(id)) {
        found.add(id);
      }
    }
    if (!found.isEmpty()) {
      return found.size() > max ? List.copyOf(found.subList(0, max)) : List.copyOf(found);
    }
    // Nearest in spelling: the whole name, or its city when only a city was typed.
    record Near(String id, int distance) {}
    List<Near> near = new ArrayList<>();
    boolean cityOnly = key.indexOf('/') < 0;
    for (String id : sorted) {
      if (!canonical(id)) {
        continue;
      }
      String lower = id.toLowerCase(Locale.ROOT);
      String compared = cityOnly ? lower.substring(lower.lastIndexOf('/') + 1) : lower;
      int d = Spelling.distance(key, compared);
      if (d <= Math.max(1, key.length() / 3)) {
        near.add(new Near(id, d));
      }
    }
    near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::id));
    // Only the nearest: one typo away from Europe/Moscow is not also three away from Monaco.
    for (Near n : near) {
      if (n.distance() == near.get(0).distance()) {
        found.add(n.id());
      }
    }
    return found.size() > max ? List.copyOf(found.subList(0, max)) : List.copyOf(found);
  }

  /** Whether {@code id} is a name worth suggesting (an area/city name, not a legacy alias). */
  private static boolean canonical(String id) {
    return id.indexOf('/') > 0
        && !id.startsWith("Etc/")
        && !id.startsWith("SystemV/")
        && !id.startsWith("US/")
        && !id.startsWith("Brazil/")
        && !id.startsWith("Canada/")
        && !id.startsWith("Chile/")
        && !id.startsWith("Mexico/");
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
    List<String> near = suggestions(text, 3);
    String hint =
        near.isEmpty()
            ? "use an IANA name such as Europe/Berlin or an offset such as +05:30"
            : "did you mean " + String.join(", ", near) + "?";
    return HeatmapException.usage("unknown time zone '" + text + "': " + hint);
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
