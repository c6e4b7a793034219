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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code jollyday.tsv}, the public holidays of the countries Jollyday covers that matter in
 * this field, from Jollyday itself, and checks that the shipped file is what this version of
 * Jollyday says. Jollyday is a test-scope dependency only: at run time the table is read (tens of
 * milliseconds) instead of starting JAXB and parsing XML per country (about 3 s for the first).
 * After upgrading Jollyday: {@code mvn -o -q test -Dtest=JollydayTableTest -Djollyday.update=true}.
 */
class JollydayTableTest {
  static final Path TABLE = Path.of("src/main/resources/dev/heatmap/grid/calendar/jollyday.tsv");

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

  static String generate() {
    StringBuilder out = new StringBuilder();
    out.append(
        "# Public holidays from Jollyday "
            + VERSION
            + " (de.focus-shift:jollyday-core: its Holidays_<cc>.xml files, which\n"
            + "# name their own sources), public holidays only (no bank holidays or observances), national (no\n"
            + "# regional ones), "
            + FIRST
            + "-"
            + LAST
            + ". Written by JollydayTableTest; do not edit by hand.\n"
            + "# Layout: @country CODE NAME, @zones, @years, then one line per day: date, off, name.\n");
    for (String[] c : COUNTRIES) {
      HolidayManager m = HolidayManager.getInstance(ManagerParameters.create(c[0]));
      String code = c[0].toUpperCase(Locale.ROOT);
      out.append("@country\t")
          .append(code)
          .append('\t')
          .append(new Locale("", code).getDisplayCountry(Locale.ENGLISH))
          .append('\n');
      out.append("@zones\t").append(c[1].replace(' ', '\t')).append('\n');
      out.append("@years\t").append(FIRST).append('\t').append(LAST).append('\n');
      Map<LocalDate, String> days = new TreeMap<>();
      for (int y = FIRST; y <= LAST; y++) {
        for (Holiday h : m.getHolidays(Year.of(y))) {
          if (h.getType() == HolidayType.PUBLIC_HOLIDAY) {
            days.merge(
                h.getDate(),
                h.getDescription(Locale.ENGLISH),
                (a, b) -> a.compareTo(b) <= 0 ? a + " / " + b : b + " / " + a);
          }
        }
      }
      days.forEach((d, n) -> out.append(d).append("\toff\t").append(n).append('\n'));
    }
    return out.toString();
  }

  /**
   * Why Russia is not taken from Jollyday: its Russia keeps 9 and 10 January as holidays (the
   * Labour Code's New Year holidays are 1-8 January) and moves weekend holidays to the next Monday.
   * When this fails, Jollyday has been fixed and its Russia could replace HolidayCalendars.russia.
   */
  @Test
  void jollydaysRussiaIsNotTheLabourCodes() {
    HolidayManager ru = HolidayManager.getInstance(ManagerParameters.create("ru"));
    org.junit.jupiter.api.Assertions.assertTrue(ru.isHoliday(LocalDate.of(2023, 1, 9)));
    org.junit.jupiter.api.Assertions.assertNull(
        HolidayCalendars.russia().holiday(LocalDate.of(2023, 1, 9).toEpochDay()));
  }

  @Test
  void theShippedTableIsWhatJollydaySays() throws IOException {
    String now = generate();
    if (Boolean.getBoolean("jollyday.update")) {
      Files.writeString(TABLE, now, StandardCharsets.UTF_8);
    }
    assertEquals(
        now,
        Files.readString(TABLE, StandardCharsets.UTF_8),
        TABLE + " is Jollyday's (regenerate with -Djollyday.update=true)");
  }
}
