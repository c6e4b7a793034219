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
}
