package dev.heatmap.grid.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources of the holiday calendars that are not Jollyday's, from which {@link HolidayTableTest}
 * writes the shipped table (so that a run reads one table and starts neither {@link HijrahDate}'s
 * chronology nor these rules):
 *
 * <ul>
 *   <li>{@code cn.tsv} (test resources): China's State Council holiday weeks and make-up working
 *       days, 2010-2026, each year's notice named;
 *   <li>{@code lunar.tsv} (test resources): the lunisolar dates South Korea, North Korea and
 *       Vietnam follow;
 *   <li>Russia and Iran by rule, in this class (their comments say which rules and sources).
 * </ul>
 */
final class HolidayRules {
  private HolidayRules() {}

  /** The calendars these sources give, in the shipped table's order. */
  static List<HolidayCalendar> calendars() {
    List<HolidayCalendar> list = new ArrayList<>(readTable("cn.tsv"));
    list.add(russia());
    list.add(iran());
    Map<Integer, LocalDate[]> lunar = lunar();
    list.add(southKorea(lunar));
    list.add(northKorea(lunar));
    list.add(vietnam(lunar));
    return list;
  }

  private static BufferedReader open(String name) {
    InputStream in = HolidayRules.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The calendars of a table in this package's layout (see cn.tsv's header). */
  static List<HolidayCalendar> readTable(String resource) {
    List<HolidayCalendar> out = new ArrayList<>();
    try (BufferedReader r = open(resource)) {
      Table t = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        if (line.charAt(0) == '@') {
          String[] f = line.split("\t");
          switch (f[0]) {
            case "@country" -> {
              if (t != null) {
                out.add(t.build());
              }
              t = new Table(f[1], f[2]);
            }
            case "@zones" -> t.zones = Arrays.asList(f).subList(1, f.length);
            case "@years" -> {
              t.first = Integer.parseInt(f[1]);
              t.last = Integer.parseInt(f[2]);
            }
            default -> throw new IllegalStateException(resource + ": unknown line " + line);
          }
          continue;
        }
        // A day: yyyy-mm-dd TAB off|work TAB name, read by position (20,000 lines at each load).
        long day =
            LocalDate.of(digits(line, 0, 4), digits(line, 5, 7), digits(line, 8, 10)).toEpochDay();
        t.add(day, line.startsWith("work", 11), line.substring(line.indexOf('\t', 11) + 1));
      }
      if (t != null) {
        out.add(t.build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * One country of a table as it is read: each day packed with its name's index into one long
   * ({@code day << 20 | index}), sorted once at the end, so that a load boxes and hashes nothing
   * per day.
   */
  private static final class Table {
    final String code;
    final String name;
    List<String> zones = List.of();
    int first;
    int last;
    final List<String> names = new ArrayList<>();
    final Map<String, Integer> index = new java.util.HashMap<>();
    long[] off = new long[512];
    int offCount;
    long[] work = new long[16];
    int workCount;

    Table(String code, String name) {
      this.code = code;
      this.name = name;
    }

    void add(long day, boolean isWork, String holiday) {
      Integer i = index.get(holiday);
      if (i == null) {
        i = names.size();
        names.add(holiday);
        index.put(holiday, i);
      }
      long packed = day << 20 | i;
      if (isWork) {
        if (workCount == work.length) {
          work = Arrays.copyOf(work, 2 * workCount);
        }
        work[workCount++] = packed;
      } else {
        if (offCount == off.length) {
          off = Arrays.copyOf(off, 2 * offCount);
        }
        off[offCount++] = packed;
      }
    }

    HolidayCalendar build() {
      Object[] o = unpack(off, offCount);
      Object[] w = unpack(work, workCount);
      return new HolidayCalendar(
          code,
          name,
          zones,
          first,
          last,
          (long[]) o[0],
          (String[]) o[1],
          (long[]) w[0],
          (String[]) w[1]);
    }

    /** Sorted days and their names; a day listed twice gets both names. */
    private Object[] unpack(long[] packed, int n) {
      long[] sorted = Arrays.copyOf(packed, n);
      Arrays.sort(sorted);
      long[] days = new long[n];
      String[] dayNames = new String[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        long day = sorted[i] >> 20;
        String holiday = names.get((int) (sorted[i] & 0xFFFFF));
        if (k > 0 && days[k - 1] == day) {
          dayNames[k - 1] = join(dayNames[k - 1], holiday);
        } else {
          days[k] = day;
          dayNames[k++] = holiday;
        }
      }
      return new Object[] {Arrays.copyOf(days, k), Arrays.copyOf(dayNames, k)};
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static String join(String x, String y) {
    return x.equals(y) ? x : x + " / " + y;
  }

  private static final class Builder {
    final String code;
    final String name;
    List<String> zones = List.of();
    int first;
    int last;
    final Map<Long, String> off = new LinkedHashMap<>();
    final Map<Long, String> work = new LinkedHashMap<>();

    Builder(String code, String name) {
      this.code = code;
      this.name = name;
    }

    void off(LocalDate d, String holiday) {
      off.merge(d.toEpochDay(), holiday, HolidayRules::join);
    }

    boolean isOff(LocalDate d) {
      return off.containsKey(d.toEpochDay());
    }

    HolidayCalendar build() {
      return new HolidayCalendar(code, name, zones, first, last, off, work);
    }
  }

  /** Year → {new year, hung kings, buddha, dragon boat, mid-autumn} from lunar.tsv. */
  static Map<Integer, LocalDate[]> lunar() {
    Map<Integer, LocalDate[]> out = new LinkedHashMap<>();
    try (BufferedReader r = open("lunar.tsv")) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] f = line.split("\t");
        LocalDate[] d = new LocalDate[f.length - 1];
        for (int i = 1; i < f.length; i++) {
          d[i - 1] = LocalDate.parse(f[i]);
        }
        out.put(Integer.parseInt(f[0]), d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static final int NEW_YEAR = 0;
  private static final int HUNG_KINGS = 1;
  private static final int BUDDHA = 2;
  private static final int MID_AUTUMN = 4;

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * Russia by the Labour Code (article 112): 1-6 and 8 January New Year holidays and 7 January
   * Christmas (1-5 January before 2013), 23 February, 8 March, 1 May, 9 May, 12 June and 4
   * November; a holiday other than January's that falls on a Saturday or Sunday moves to the next
   * working day. The government's yearly decree moves the January holidays' weekend days to other
   * dates (often early May or 31 December); those transfers are not listed.
   */
  static HolidayCalendar russia() {
    Builder b = new Builder("RU", "Russia");
    b.zones =
        List.of(
            "Europe/Moscow",
            "Asia/Yekaterinburg",
            "Asia/Novosibirsk",
            "Asia/Krasnoyarsk",
            "Asia/Irkutsk",
            "Asia/Vladivostok",
            "Europe/Samara",
            "Asia/Omsk",
            "Europe/Kaliningrad");
    b.first = 2010;
    b.last = 2035;
    for (int y = b.first; y <= b.last; y++) {
      int lastNewYear = y < 2013 ? 5 : 8;
      for (int d = 1; d <= lastNewYear; d++) {
        b.off(LocalDate.of(y, 1, d), d == 7 ? "Orthodox Christmas" : "New Year holidays");
      }
      b.off(LocalDate.of(y, 1, 7), "Orthodox Christmas");
      Object[][] fixed = {
        {2, 23, "Defender of the Fatherland Day"},
        {3, 8, "International Women's Day"},
        {5, 1, "Spring and Labour Day"},
        {5, 9, "Victory Day"},
        {6, 12, "Russia Day"},
        {11, 4, "Unity Day"},
      };
      for (Object[] f : fixed) {
        LocalDate d = LocalDate.of(y, (int) f[0], (int) f[1]);
        b.off(d, (String) f[2]);
        if (weekend(d)) {
          LocalDate next = d.plusDays(1);
          while (weekend(next) || b.isOff(next)) {
            next = next.plusDays(1);
          }
          b.off(next, f[2] + " (moved from the weekend)");
        }
      }
    }
    return b.build();
  }

  /**
   * Iran's official holidays: the Solar Hijri ones (1-4 Farvardin Nowruz, 12 Farvardin Islamic
   * Republic Day, 13 Farvardin Nature Day, 14 Khordad the death of Khomeini, 15 Khordad the 1963
   * uprising, 22 Bahman Revolution Day, 29 Esfand Oil Nationalisation Day) and the Islamic ones, as
   * listed by Iran's Council of Ministers (Wikipedia, "Public holidays in Iran"). Solar Hijri years
   * follow the 33-year arithmetic rule, which agrees with the astronomical calendar for 1389-1414
   * (2010-2036); the Islamic dates come from {@link HijrahDate} (Umm al-Qura), which can differ by
   * a day from Iran's own sighting.
   */
  static HolidayCalendar iran() {
    Builder b = new Builder("IR", "Iran");
    b.zones = List.of("Asia/Tehran");
    b.first = 2010;
    b.last = 2035;
    LocalDate farvardin1 = LocalDate.of(2010, 3, 21); // 1 Farvardin 1389
    for (int sh = 1389; sh <= 1415; sh++) {
      for (int d = 1; d <= 4; d++) {
        b.off(solar(farvardin1, 1, d), "Nowruz");
      }
      b.off(solar(farvardin1, 1, 12), "Islamic Republic Day");
      b.off(solar(farvardin1, 1, 13), "Nature Day");
      b.off(solar(farvardin1, 3, 14), "Death of Khomeini");
      b.off(solar(farvardin1, 3, 15), "15 Khordad uprising");
      b.off(solar(farvardin1, 11, 22), "Revolution Day");
      b.off(solar(farvardin1, 12, 29), "Oil Nationalisation Day");
      int r = Math.floorMod(sh, 33);
      boolean leap =
          r == 1 || r == 5 || r == 9 || r == 13 || r == 17 || r == 22 || r == 26 || r == 30;
      farvardin1 = farvardin1.plusDays(leap ? 366 : 365);
    }
    Object[][] islamic = {
      {1, 9, "Tasua"},
      {1, 10, "Ashura"},
      {2, 20, "Arbaeen"},
      {2, 28, "Death of the Prophet and Imam Hasan"},
      {2, 0, "Martyrdom of Imam Reza"}, // the last day of Safar
      {3, 8, "Martyrdom of Imam Hasan al-Askari"},
      {3, 17, "Birth of the Prophet"},
      {6, 3, "Martyrdom of Fatima"},
      {7, 13, "Birth of Imam Ali"},
      {7, 27, "Mab'ath"},
      {8, 15, "Birth of the Mahdi"},
      {9, 21, "Martyrdom of Imam Ali"},
      {10, 1, "Eid al-Fitr"},
      {10, 2, "Eid al-Fitr"},
      {10, 25, "Martyrdom of Imam Sadiq"},
      {12, 10, "Eid al-Adha"},
      {12, 18, "Eid al-Ghadir"},
    };
    int h0 = HijrahDate.from(LocalDate.of(2010, 1, 1)).get(ChronoField.YEAR);
    int h1 = HijrahDate.from(LocalDate.of(2035, 12, 31)).get(ChronoField.YEAR);
    for (int hy = h0; hy <= h1; hy++) {
      for (Object[] f : islamic) {
        int month = (int) f[0];
        int day = (int) f[1];
        HijrahDate first = HijrahDate.of(hy, month, 1);
        HijrahDate date =
            day == 0
                ? first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth())
                : HijrahDate.of(hy, month, day);
        LocalDate g = LocalDate.from(date);
        if (g.getYear() >= b.first && g.getYear() <= b.last) {
          b.off(g, (String) f[2]);
        }
      }
    }
    return b.build();
  }

  /** Day {@code day} of Solar Hijri month {@code month} in the year starting at {@code start}. */
  private static LocalDate solar(LocalDate start, int month, int day) {
    int before = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
    return start.plusDays(before + day - 1L);
  }

  /**
   * South Korea (the Act on Public Holidays and its 2013, 2021 and 2023 amendments; Wikipedia,
   * "Public holidays in South Korea"): 1 January, Seollal (three days), 1 March, 5 May, Buddha's
   * Birthday, 6 June, 15 August, Chuseok (three days), 3 October, 9 October (from 2013) and 25
   * December. Substitute days: for Seollal and Chuseok when a day falls on a Sunday or another
   * holiday (from 2014), Children's Day on a weekend (from 2014), 1 March, 15 August, 3 and 9
   * October on a weekend (from 2021 and 2022), Buddha's Birthday and Christmas on a weekend (from
   * 2023); the substitute is the next day that is neither a weekend day nor a holiday. Election
   * days are not listed.
   */
  static HolidayCalendar southKorea(Map<Integer, LocalDate[]> lunar) {
    Builder b = new Builder("KR", "South Korea");
    b.zones = List.of("Asia/Seoul");
    b.first = first(lunar);
    b.last = last(lunar);
    for (int y = b.first; y <= b.last; y++) {
      LocalDate[] l = lunar.get(y);
      b.off(LocalDate.of(y, 1, 1), "New Year's Day");
      for (int i = -1; i <= 1; i++) {
        b.off(l[NEW_YEAR].plusDays(i), "Seollal");
        b.off(l[MID_AUTUMN].plusDays(i), "Chuseok");
      }
      b.off(LocalDate.of(y, 3, 1), "Independence Movement Day");
      b.off(LocalDate.of(y, 5, 5), "Children's Day");
      b.off(l[BUDDHA], "Buddha's Birthday");
      b.off(LocalDate.of(y, 6, 6), "Memorial Day");
      b.off(LocalDate.of(y, 8, 15), "Liberation Day");
      b.off(LocalDate.of(y, 10, 3), "National Foundation Day");
      if (y >= 2013) {
        b.off(LocalDate.of(y, 10, 9), "Hangul Day");
      }
      b.off(LocalDate.of(y, 12, 25), "Christmas Day");
    }
    for (int y = b.first; y <= b.last; y++) {
      LocalDate[] l = lunar.get(y);
      if (y >= 2014) {
        for (LocalDate centre : new LocalDate[] {l[NEW_YEAR], l[MID_AUTUMN]}) {
          boolean clash = false;
          for (int i = -1; i <= 1; i++) {
            LocalDate d = centre.plusDays(i);
            clash |=
                d.getDayOfWeek() == DayOfWeek.SUNDAY || b.off.get(d.toEpochDay()).contains(" / ");
          }
          if (clash) {
            substitute(b, centre.plusDays(2), centre == l[NEW_YEAR] ? "Seollal" : "Chuseok");
          }
        }
        substituteOnWeekend(b, LocalDate.of(y, 5, 5), "Children's Day");
      }
      if (y >= 2021) {
        if (y >= 2022) {
          substituteOnWeekend(b, LocalDate.of(y, 3, 1), "Independence Movement Day");
        }
        substituteOnWeekend(b, LocalDate.of(y, 8, 15), "Liberation Day");
        substituteOnWeekend(b, LocalDate.of(y, 10, 3), "National Foundation Day");
        substituteOnWeekend(b, LocalDate.of(y, 10, 9), "Hangul Day");
      }
      if (y >= 2023) {
        substituteOnWeekend(b, l[BUDDHA], "Buddha's Birthday");
        substituteOnWeekend(b, LocalDate.of(y, 12, 25), "Christmas Day");
      }
    }
    return b.build();
  }

  private static void substituteOnWeekend(Builder b, LocalDate d, String name) {
    if (weekend(d)) {
      substitute(b, d.plusDays(1), name);
    }
  }

  private static void substitute(Builder b, LocalDate from, String name) {
    LocalDate d = from;
    while (weekend(d) || b.isOff(d)) {
      d = d.plusDays(1);
    }
    b.off(d, name + " (substitute holiday)");
  }

  /**
   * North Korea (Wikipedia, "Public holidays in North Korea"): 1 January, Lunar New Year, 16-17
   * February (the Day of the Shining Star), 15-16 April (the Day of the Sun), 25 April (founding of
   * the Korean People's Army), 1 May, 27 July (Victory Day), 15 August (Liberation Day), Chuseok, 9
   * September (founding of the Republic), 10 October (founding of the Workers' Party) and 27
   * December (Constitution Day).
   */
  static HolidayCalendar northKorea(Map<Integer, LocalDate[]> lunar) {
    Builder b = new Builder("KP", "North Korea");
    b.zones = List.of("Asia/Pyongyang");
    b.first = first(lunar);
    b.last = last(lunar);
    for (int y = b.first; y <= b.last; y++) {
      LocalDate[] l = lunar.get(y);
      b.off(LocalDate.of(y, 1, 1), "New Year's Day");
      b.off(l[NEW_YEAR], "Lunar New Year");
      b.off(LocalDate.of(y, 2, 16), "Day of the Shining Star");
      b.off(LocalDate.of(y, 2, 17), "Day of the Shining Star");
      b.off(LocalDate.of(y, 4, 15), "Day of the Sun");
      b.off(LocalDate.of(y, 4, 16), "Day of the Sun");
      b.off(LocalDate.of(y, 4, 25), "Army Foundation Day");
      b.off(LocalDate.of(y, 5, 1), "May Day");
      b.off(LocalDate.of(y, 7, 27), "Victory Day");
      b.off(LocalDate.of(y, 8, 15), "Liberation Day");
      b.off(l[MID_AUTUMN], "Chuseok");
      b.off(LocalDate.of(y, 9, 9), "Foundation of the Republic");
      b.off(LocalDate.of(y, 10, 10), "Party Foundation Day");
      b.off(LocalDate.of(y, 12, 27), "Constitution Day");
    }
    return b.build();
  }

  /**
   * Vietnam (the Labour Code, article 112; Wikipedia, "Public holidays in Vietnam"): 1 January, Tet
   * (here the core days: Lunar New Year's Eve to the fourth day; the government's yearly decision
   * often adds a day or two around them, not listed), the Hung Kings' Commemoration, 30 April
   * (Reunification Day), 1 May and 2 September (National Day; from 2021 one more day, 1 or 3
   * September, chosen yearly and not listed).
   */
  static HolidayCalendar vietnam(Map<Integer, LocalDate[]> lunar) {
    Builder b = new Builder("VN", "Vietnam");
    b.zones = List.of("Asia/Ho_Chi_Minh", "Asia/Bangkok");
    b.first = first(lunar);
    b.last = last(lunar);
    for (int y = b.first; y <= b.last; y++) {
      LocalDate[] l = lunar.get(y);
      b.off(LocalDate.of(y, 1, 1), "New Year's Day");
      for (int i = -1; i <= 3; i++) {
        b.off(l[NEW_YEAR].plusDays(i), "Tet");
      }
      b.off(l[HUNG_KINGS], "Hung Kings' Commemoration");
      b.off(LocalDate.of(y, 4, 30), "Reunification Day");
      b.off(LocalDate.of(y, 5, 1), "Labour Day");
      b.off(LocalDate.of(y, 9, 2), "National Day");
    }
    return b.build();
  }

  private static int first(Map<Integer, LocalDate[]> lunar) {
    return lunar.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
  }

  private static int last(Map<Integer, LocalDate[]> lunar) {
    return lunar.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
  }
}
