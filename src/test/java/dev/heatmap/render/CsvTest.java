package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.testing.JsonTree;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV, read back with Commons CSV, holds the very grids the JSON holds, block by block. */
class CsvTest {
  @Test
  void csvReadBackEqualsTheJsonGridsForEveryCase() throws Exception {
    for (Reports.Case c : Reports.Case.values()) {
      if (c.report().calendar() != null) {
        continue; // -f csv --calendar writes the date,count rows instead (CsvCalendar, golden file)
      }
      Report report = c.report();
      RenderOptions counts = c.options().withNormalize(Normalize.COUNT);
      Map<String, Object> json = JsonTree.parse(Reports.render(report, OutputFormat.JSON, counts));
      List<CSVRecord> records;
      try (CSVParser p =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(Reports.render(report, OutputFormat.CSV, counts)))) {
        records = p.getRecords();
      }
      boolean grouped = !report.groups().isEmpty();
      List<?> groups = grouped ? (List<?>) json.get("groups") : List.of();
      assertEquals(7 * (1 + groups.size()), records.size(), c.name());
      assertArrayEquals(JsonTree.longs(json.get("counts")), block(records, 0, json), c.name());
      for (int g = 0; g < groups.size(); g++) {
        Map<?, ?> group = (Map<?, ?>) groups.get(g);
        assertEquals(
            CsvRenderer.neutralise(CsvRenderer.clean((String) group.get("name"))),
            records.get(7 * (g + 1)).get("group"));
        assertArrayEquals(
            JsonTree.longs(group.get("counts")), block(records, g + 1, json), c.name());
      }
    }
  }

  /** Block {@code b}'s 7 rows of counts, checking their day names follow the JSON's days. */
  private static long[][] block(List<CSVRecord> records, int b, Map<String, Object> json) {
    List<?> days = (List<?>) json.get("days");
    long[][] grid = new long[WeekHourGrid.DAYS][WeekHourGrid.HOURS];
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      CSVRecord rec = records.get(7 * b + r);
      assertEquals(days.get(r), rec.get("day"));
      int first = rec.isMapped("group") ? 2 : 1;
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        grid[r][h] = Long.parseLong(rec.get(first + h));
      }
    }
    return grid;
  }

  @Test
  void percentCellsAreExactDecimalsThatAddUpToAHundred() throws Exception {
    Report report = Reports.basic();
    String csv =
        Reports.render(
            report, OutputFormat.CSV, RenderOptions.defaults().withNormalize(Normalize.PERCENT));
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
      for (CSVRecord r : p) {
        for (int h = 1; h <= 24; h++) {
          sum = sum.add(new java.math.BigDecimal(r.get(h)));
        }
      }
    }
    assertEquals(100.0, sum.doubleValue(), 0.01);
  }
}
