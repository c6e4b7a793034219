package dev.heatmap.grid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code jollyday.tsv}, the public holidays of the countries Jollyday covers that matter in
 * this field, from Jollyday itself, and checks that the shipped file is what this version of
 * Jollyday says. Jollyday is a test-scope dependency only: at run time the table is read (tens of
 * milliseconds) instead of starting JAXB and parsing XML per country (about 3 s for the first).
 * After upgrading Jollyday: {@code mvn -o -q test -Dtest=JollydayTableTest -Dholidays.update=true}.
 */
class HolidayTableTest {
  static final Path TABLE = Path.of("src/main/resources/dev/heatmap/grid/calendar/holidays.tsv");

  /** The Jollyday version in the pom, named in the table's header. */
  static final String VERSION = "2.19.0";

  static final int FIRST = 2010;
  static final int LAST = 2035;

  /**
   * The countries, by ISO code, with their most populous zones (for the report's "zone and holidays
   * agree"). China, Russia, Iran, Vietnam and the Koreas have tables of their own.
   */
  static final String[][] COUNTRIES = {
    {"us", "America/New_York America/Chicago America/Denver America/Los_Angeles"},
    {"ca", "America/Toronto America/Vancouver America/Edmonton America/Halifax"},
    {"mx", "America/Mexico_City"},
    {"br", "America/Sao_Paulo"},
    {"ar", "America/Argentina/Buenos_Aires"},
    {"co", "America/Bogota"},
    {"cl", "America/Santiago"},
    {"pe", "America/Lima"},
    {"gb", "Europe/London"},
    {"ie", "Europe/Dublin"},
    {"fr", "Europe/Paris"},
    {"de", "Europe/Berlin"},
    {"nl", "Europe/Amsterdam"},
    {"be", "Europe/Brussels"},
    {"es", "Europe/Madrid"},
    {"pt", "Europe/Lisbon"},
    {"it", "Europe/Rome"},
    {"ch", "Europe/Zurich"},
    {"at", "Europe/Vienna"},
    {"pl", "Europe/Warsaw"},
    {"cz", "Europe/Prague"},
    {"sk", "Europe/Bratislava"},
    {"hu", "Europe/Budapest"},
    {"ro", "Europe/Bucharest"},
    {"bg", "Europe/Sofia"},
    {"gr", "Europe/Athens"},
    {"rs", "Europe/Belgrade"},
    {"hr", "Europe/Zagreb"},
    {"se", "Europe/Stockholm"},
    {"no", "Europe/Oslo"},
    {"dk", "Europe/Copenhagen"},
    {"fi", "Europe/Helsinki"},
    {"ee", "Europe/Tallinn"},
    {"lv", "Europe/Riga"},
    {"lt", "Europe/Vilnius"},
    {"ua", "Europe/Kyiv"},
    {"by", "Europe/Minsk"},
    {"md", "Europe/Chisinau"},
    {"ge", "Asia/Tbilisi"},
    {"am", "Asia/Yerevan"},
    {"az", "Asia/Baku"},
    {"kz", "Asia/Almaty"},
    {"uz", "Asia/Tashkent"},
    {"kg", "Asia/Bishkek"},
    {"tr", "Europe/Istanbul"},
    {"eg", "Africa/Cairo"},
    {"sa", "Asia/Riyadh"},
    {"ae", "Asia/Dubai"},
    {"iq", "Asia/Baghdad"},
    {"sy", "Asia/Damascus"},
    {"lb", "Asia/Beirut"},
    {"pk", "Asia/Karachi"},
    {"in", "Asia/Kolkata"},
    {"bd", "Asia/Dhaka"},
    {"jp", "Asia/Tokyo"},
    {"ph", "Asia/Manila"},
    {"sg", "Asia/Singapore"},
    {"hk", "Asia/Hong_Kong"},
    {"au", "Australia/Sydney Australia/Melbourne Australia/Brisbane Australia/Perth"},
    {"nz", "Pacific/Auckland"},
    {"ng", "Africa/Lagos"},
    {"za", "Africa/Johannesburg"},
    {"ke", "Africa/Nairobi"},
    {"ma", "Africa/Casablanca"},
  };

  /** Where each calendar that is not Jollyday's comes from, for its {@code @source} line. */
  static final Map<String, String> SOURCES =
      Map.of(
          "CN",
          "the State Council's yearly notices on the public holidays (cn.tsv in the test resources"
              + " names each year's notice)",
          "RU",
          "the Labour Code of the Russian Federation, article 112 (HolidayRules.russia)",
          "IR",
          "Iran's Council of Ministers' list of official holidays: Solar Hijri by the 33-year rule,"
              + " Islamic by java.time.chrono.HijrahDate (Umm al-Qura) (HolidayRules.iran)",
          "KR",
          "the Act on Public Holidays and its 2013, 2021 and 2023 amendments, lunar dates from the"
              + " Hong Kong Observatory's tables (HolidayRules.southKorea, lunar.tsv)",
          "KP",
          "Wikipedia, Public holidays in North Korea, lunar dates from the Hong Kong Observatory's"
              + " tables (HolidayRules.northKorea, lunar.tsv)",
          "VN",
          "the Labour Code of Vietnam, article 112, lunar dates from the Hong Kong Observatory's"
              + " tables (HolidayRules.vietnam, lunar.tsv)");

  /** Jollyday's calendars of {@link #COUNTRIES}: public, national holidays only. */
  static List<HolidayCalendar> jollyday() {
    List<HolidayCalendar> out = new ArrayList<>();
    for (String[] c : COUNTRIES) {
      HolidayManager m = HolidayManager.getInstance(ManagerParameters.create(c[0]));
      String code = c[0].toUpperCase(Locale.ROOT);
      Map<Long, String> days = new TreeMap<>();
      for (int y = FIRST; y <= LAST; y++) {
        for (Holiday h : m.getHolidays(Year.of(y))) {
          if (h.getType() == HolidayType.PUBLIC_HOLIDAY) {
            days.merge(
                h.getDate().toEpochDay(),
                h.getDescription(Locale.ENGLISH),
                (a, b) -> a.compareTo(b) <= 0 ? a + " / " + b : b + " / " + a);
          }
        }
      }
      out.add(
          new HolidayCalendar(
              code,
              new Locale("", code).getDisplayCountry(Locale.ENGLISH),
              List.of(c[1].split(" ")),
              FIRST,
              LAST,
              days,
              Map.of()));
    }
    return out;
  }

  static String generate() {
    StringBuilder out = new StringBuilder();
    out.append(
        "# The public holidays heatmap ranks an actor's quiet days against, 2010 onwards, one country\n"
            + "# after another, each naming its source on its @source line. Written by HolidayTableTest\n"
            + "# from those sources (the rules in HolidayRules, the tables in the test resources, and\n"
            + "# Jollyday "
            + VERSION
            + ", de.focus-shift:jollyday-core, whose Holidays_<cc>.xml name their own sources:\n"
            + "# public holidays only, national, no bank holidays or observances); do not edit by hand.\n"
            + "# Layout (TAB-separated; see HolidayCalendars): @country CODE NAME, @source, @zones, @years\n"
            + "# FIRST LAST, @names NAME... (numbered from 0), then per year 'YEAR off MMDD:N ...' (days\n"
            + "# off, N the holiday's number) and 'YEAR work MMDD:N ...' (official make-up working days).\n");
    List<HolidayCalendar> all = new ArrayList<>(HolidayRules.calendars());
    all.addAll(jollyday());
    for (HolidayCalendar c : all) {
      out.append("@country\t").append(c.code()).append('\t').append(c.name()).append('\n');
      out.append("@source\t")
          .append(
              SOURCES.getOrDefault(
                  c.code(),
                  "Jollyday "
                      + VERSION
                      + ", Holidays_"
                      + c.code().toLowerCase(Locale.ROOT)
                      + ".xml"))
          .append('\n');
      out.append("@zones\t").append(String.join("\t", c.zones())).append('\n');
      out.append("@years\t").append(c.firstYear()).append('\t').append(c.lastYear()).append('\n');
      List<String> names = new ArrayList<>();
      Map<String, Integer> number = new HashMap<>();
      long[] off = c.offDays();
      long[] work = c.workDays();
      for (int i = 0; i < off.length; i++) {
        number.computeIfAbsent(
            c.offName(i),
            n -> {
              names.add(n);
              return names.size() - 1;
            });
      }
      for (int i = 0; i < work.length; i++) {
        number.computeIfAbsent(
            c.workName(i),
            n -> {
              names.add(n);
              return names.size() - 1;
            });
      }
      out.append("@names\t").append(String.join("\t", names)).append('\n');
      for (int y = c.firstYear(); y <= c.lastYear(); y++) {
        year(out, y, "off", off, i -> number.get(c.offName(i)));
        year(out, y, "work", work, i -> number.get(c.workName(i)));
      }
    }
    return out.toString();
  }

  /** The line of year {@code y}'s days among {@code days}, if it has any. */
  private static void year(
      StringBuilder out, int y, String kind, long[] days, IntUnaryOperator name) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < days.length; i++) {
      LocalDate d = LocalDate.ofEpochDay(days[i]);
      if (d.getYear() == y) {
        line.append(line.length() == 0 ? "" : " ")
            .append(
                String.format(
                    Locale.ROOT,
                    "%02d%02d:%d",
                    d.getMonthValue(),
                    d.getDayOfMonth(),
                    name.applyAsInt(i)));
      }
    }
    if (line.length() > 0) {
      out.append(y).append('\t').append(kind).append('\t').append(line).append('\n');
    }
  }

  /**
   * Why Russia is not taken from Jollyday: its Russia keeps 9 and 10 January as holidays (the
   * Labour Code's New Year holidays are 1-8 January) and moves weekend holidays to the next Monday.
   * When this fails, Jollyday has been fixed and its Russia could replace HolidayRules.russia.
   */
  @Test
  void jollydaysRussiaIsNotTheLabourCodes() {
    HolidayManager ru = HolidayManager.getInstance(ManagerParameters.create("ru"));
    org.junit.jupiter.api.Assertions.assertTrue(ru.isHoliday(LocalDate.of(2023, 1, 9)));
    org.junit.jupiter.api.Assertions.assertNull(
        HolidayRules.russia().holiday(LocalDate.of(2023, 1, 9).toEpochDay()));
  }

  @Test
  void theShippedTableIsWhatItsSourcesSay() throws IOException {
    String now = generate();
    if (Boolean.getBoolean("holidays.update")) {
      Files.writeString(TABLE, now, StandardCharsets.UTF_8);
    }
    assertEquals(
        now,
        Files.readString(TABLE, StandardCharsets.UTF_8),
        TABLE + " is not what its sources give (regenerate with -Dholidays.update=true)");
  }
}
