package dev.heatmap.grid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped holiday tables and rules, checked against dates from the official announcements. */
class CalendarTablesTest {
  static String holiday(String country, String date) {
    return HolidayCalendars.of(country).holiday(LocalDate.parse(date).toEpochDay());
  }

  @Test
  void everyCountryIsThereOnceWithZonesAndYears() {
    Set<String> codes = new HashSet<>();
    for (HolidayCalendar c : HolidayCalendars.all()) {
      assertTrue(codes.add(c.code()), c.code() + " twice");
      assertTrue(!c.zones().isEmpty(), c.code());
      assertTrue(c.firstYear() <= 2010 && c.lastYear() >= 2026, c.code());
      for (String z : c.zones()) {
        java.time.ZoneId.of(z);
      }
    }
    for (String c : List.of("CN", "RU", "IR", "KR", "KP", "VN", "US", "DE", "UA", "IN", "JP")) {
      assertTrue(codes.contains(c), c);
    }
  }

  @Test
  void chinasTableHasTheHolidayWeeksAndTheMakeUpDays() {
    HolidayCalendar cn = HolidayCalendars.of("CN");
    for (String d = "2021-02-11"; !d.equals("2021-02-18"); ) {
      assertEquals("Spring Festival", holiday("CN", d), d);
      d = LocalDate.parse(d).plusDays(1).toString();
    }
    assertEquals("Spring Festival", cn.makeUp(LocalDate.of(2021, 2, 7).toEpochDay()));
    assertEquals("Spring Festival", cn.makeUp(LocalDate.of(2021, 2, 20).toEpochDay()));
    assertNull(holiday("CN", "2021-02-18"));
    assertEquals("National Day", holiday("CN", "2024-10-07"));
    assertEquals("Qingming Festival", holiday("CN", "2010-04-05"));
  }

  /** The lunar table's dates fall in China's official Spring Festival, Dragon Boat, Mid-Autumn. */
  @Test
  void theLunarDatesFallInChinasHolidays() {
    Map<Integer, LocalDate[]> lunar = HolidayRules.lunar();
    for (int y = 2010; y <= 2026; y++) {
      LocalDate[] l = lunar.get(y);
      assertEquals("Spring Festival", holiday("CN", l[0].toString()), "new year " + y);
      assertTrue(holiday("CN", l[3].toString()).contains("Dragon Boat"), "dragon boat " + y);
      assertTrue(holiday("CN", l[4].toString()).contains("Mid-Autumn"), "mid-autumn " + y);
    }
  }

  @Test
  void russiaHasTheNewYearWeekAndNotTheNinth() {
    for (int d = 1; d <= 8; d++) {
      assertNotNull(holiday("RU", "2023-01-0" + d), "2023-01-0" + d);
    }
    assertEquals("Orthodox Christmas", holiday("RU", "2023-01-07"));
    assertNull(holiday("RU", "2023-01-09"));
    assertNull(holiday("RU", "2023-01-10"));
    // 2021-05-09 was a Sunday: Victory Day moved to Monday the 10th (Labour Code, article 112).
    assertEquals("Victory Day (moved from the weekend)", holiday("RU", "2021-05-10"));
  }

  @Test
  void iransNowruzAndIslamicHolidays() {
    // 1 Farvardin 1403 was 2024-03-20, 1 Farvardin 1404 was 2025-03-21.
    assertEquals("Nowruz", holiday("IR", "2024-03-20"));
    assertEquals("Nowruz", holiday("IR", "2024-03-23"));
    assertNull(holiday("IR", "2024-03-24"));
    // 2025-03-21 was also 21 Ramadan 1446, the martyrdom of Imam Ali.
    assertEquals("Nowruz / Martyrdom of Imam Ali", holiday("IR", "2025-03-21"));
    assertEquals("Revolution Day", holiday("IR", "2024-02-11"));
    assertEquals("Nature Day", holiday("IR", "2024-04-01"));
    // Ashura 1445 (Umm al-Qura) was 2023-07-28.
    assertEquals("Ashura", holiday("IR", "2023-07-28"));
  }

  @Test
  void koreasSeollalChuseokAndSubstituteDays() {
    // Seollal 2024 was 9-11 February, the 11th a Sunday: the 12th was the substitute holiday.
    assertEquals("Seollal", holiday("KR", "2024-02-09"));
    assertEquals("Seollal", holiday("KR", "2024-02-11"));
    assertEquals("Seollal (substitute holiday)", holiday("KR", "2024-02-12"));
    assertEquals("Chuseok", holiday("KR", "2023-09-29"));
    assertEquals("Day of the Sun", holiday("KP", "2022-04-15"));
    assertEquals("Chuseok", holiday("KP", "2022-09-10"));
  }

  @Test
  void vietnamsTetAndHungKings() {
    // Tet 2024: Lunar New Year on 10 February; the table holds New Year's Eve to the 4th day.
    assertEquals("Tet", holiday("VN", "2024-02-09"));
    assertEquals("Tet", holiday("VN", "2024-02-13"));
    assertEquals("Hung Kings' Commemoration", holiday("VN", "2024-04-18"));
    assertEquals("Reunification Day", holiday("VN", "2024-04-30"));
  }

  @Test
  void theTablesLoadInOrder() {
    Map<String, Integer> order = new LinkedHashMap<>();
    List<HolidayCalendar> all = HolidayCalendars.all();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i).code(), i);
    }
    assertEquals(0, order.get("CN"));
    assertEquals(all, HolidayCalendars.all());
  }
}
