package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The HTML calendar: its fixed script's hash, where it is allowed, and what it draws from. */
class HtmlCalendarTest {
  @Test
  void theScriptHashIsTheScripts() {
    assertEquals(ContentSecurityPolicy.sha256(HtmlCalendar.SCRIPT), HtmlCalendar.SCRIPT_SHA256);
  }

  @Test
  void aReportWithACalendarAllowsAndRunsItsScriptAndOthersDoNot() {
    String with = Reports.render(Reports.calendar(), OutputFormat.HTML);
    assertTrue(with.contains(HtmlCalendar.SCRIPT_SHA256));
    assertTrue(with.contains("<script>" + HtmlCalendar.SCRIPT + "</script>"));
    assertTrue(with.contains("id=\"calendar-data\""));
    assertTrue(with.contains("data-calendar-daily"));
    assertTrue(with.contains("data-calendar-year=\"1\""));
    String without = Reports.render(Reports.basic(), OutputFormat.HTML);
    assertFalse(without.contains(HtmlCalendar.SCRIPT_SHA256));
    assertFalse(without.contains("calendar-data"));
  }

  @Test
  void withoutPlotlyTheCalendarIsTheStaticTablesAlone() {
    String html =
        Reports.render(
            Reports.calendar(),
            OutputFormat.HTML,
            RenderOptions.defaults().withPlotly(Plotly.none()));
    assertFalse(html.contains("<script>"));
    assertFalse(html.contains("calendar-data"));
    assertTrue(html.contains("<td data-day-count=\"0\" title=\"2025-01-01 Wednesday: 0 events"));
  }

  /** The hand-made day labels agree with java.time across leap years, century years and months. */
  @Test
  void theDaysLabelsAreJavaTimesOverLeapAndCenturyYears() {
    for (String from : new String[] {"1999-12-30", "2023-12-25", "2098-06-01"}) {
      java.time.LocalDate start = java.time.LocalDate.parse(from);
      long[] counts = new long[800];
      counts[0] = 1;
      counts[799] = 1;
      dev.heatmap.grid.calendar.DayCounts days = new dev.heatmap.grid.calendar.DayCounts();
      days.add(start.toEpochDay());
      days.add(start.toEpochDay() + 799);
      HtmlCalendar.Days d =
          new HtmlCalendar.Days(
              dev.heatmap.grid.calendar.CalendarView.of(
                  "UTC", days, java.util.List.of(), java.util.List.of(), null));
      for (int i = 0; i < counts.length; i++) {
        java.time.LocalDate day = start.plusDays(i);
        assertEquals(day.toString(), d.iso[i], from + " + " + i);
        assertEquals(
            day.getDayOfWeek().getValue() - 1, HtmlCalendar.Days.weekday(day.toEpochDay()));
      }
    }
  }

  /**
   * The bound: ten years of 30 people (the top 20 and "(other)" drawn) stay under 2 MB of
   * HTML, the group rows month by month past {@link HtmlCalendar#MAX_GROUP_WEEKS} weeks.
   */
  @Test
  void tenYearsOfThirtyPeopleStayUnderTwoMegabytes() {
    dev.heatmap.grid.Tally t = new dev.heatmap.grid.Tally(java.time.ZoneOffset.UTC, false, true);
    java.util.Random random = new java.util.Random(4);
    java.time.LocalDate from = java.time.LocalDate.of(2015, 1, 1);
    for (int i = 0; i < 3653; i++) {
      long day = from.toEpochDay() + i;
      int n = (day + 3) % 7 >= 5 ? random.nextInt(3) : 20 + random.nextInt(20);
      for (int k = 0; k < n; k++) {
        t.instant(day * 86_400 + 28_800 + random.nextInt(36_000), "u" + random.nextInt(30));
      }
    }
    java.util.List<dev.heatmap.grid.Tally.Group> groups = t.groups(20);
    java.util.List<String> names = new java.util.ArrayList<>();
    for (dev.heatmap.grid.Tally.Group g : groups) {
      names.add(g.name());
    }
    Report r =
        new Report("Ten years", "UTC", t.overall(), groups)
            .withCalendar(
                dev.heatmap.grid.calendar.CalendarView.of(
                    "UTC", t.days(), names, t.groupDays(groups), null));
    String html = Reports.render(r, OutputFormat.HTML);
    int size = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertTrue(size < 2_000_000, size + " bytes");
    assertTrue(html.contains("<h3>Events per month by group</h3>"));
    String person = names.get(0).equals(dev.heatmap.grid.Tally.OTHER) ? names.get(1) : names.get(0);
    assertTrue(html.contains("title=\"" + person + ", Mar 2019: "), "a month cell names its month");
    assertEquals(
        21, html.split("<tr><th style=\"text-align:left;white-space:nowrap\">", -1).length - 1);
  }
}
