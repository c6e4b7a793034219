package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** #19 item 11: the SVG group grids have hour labels; HTML totals say they are counts. */
class ReportDetailsTest {
  @Test
  void everySvgGroupGridHasHourLabels() {
    String svg = Reports.render(Reports.groups(), OutputFormat.SVG);
    Matcher group = Pattern.compile("(?s)<g class=\"group\">.*?</g>").matcher(svg);
    int groups = 0;
    while (group.find()) {
      groups++;
      String g = group.group();
      for (String hour : new String[] {"12a", "6a", "12p", "6p"}) {
        assertTrue(g.contains("font-size=\"9\">" + hour + "</text>"), hour + " in " + g);
      }
    }
    assertEquals(3, groups);
  }

  @Test
  void htmlTotalsAreCalledEventsWhenTheCellsAreRates() {
    String counts = Reports.render(Reports.basic(), OutputFormat.HTML);
    assertTrue(counts.contains("<th scope=\"col\" class=\"sum\">Total</th>"));
    String rates =
        Reports.render(
            Reports.basic(),
            OutputFormat.HTML,
            RenderOptions.defaults().withNormalize(Normalize.RATE));
    assertTrue(rates.contains("<th scope=\"col\" class=\"sum\">Total events</th>"));
    assertTrue(rates.contains("<tfoot><tr><th scope=\"row\">Total events</th>"));
  }
}
