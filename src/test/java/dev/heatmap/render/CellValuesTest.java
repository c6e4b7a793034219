package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CellValuesTest {
  /** Mondays 2024-03-04 … 2024-04-01 at 10:00 (five of them), plus two on Sunday 03-10 10:00. */
  static WeekHourGrid grid() {
    Tally t = new Tally(ZoneOffset.UTC);
    long monday = Instant.parse("2024-03-04T10:00:00Z").getEpochSecond();
    for (int w = 0; w < 5; w++) {
      t.instant(monday + w * 7 * 86_400L, null);
    }
    long sunday = Instant.parse("2024-03-10T10:00:00Z").getEpochSecond();
    t.instant(sunday, null);
    t.instant(sunday + 60, null);
    return t.overall();
  }

  @Test
  void eachModeWritesExactDecimals() {
    WeekHourGrid g = grid();
    int mon10 = WeekHourGrid.cell(0, 10);
    int sun10 = WeekHourGrid.cell(6, 10);
    CellValues count = CellValues.of(g, Normalize.COUNT, ZoneOffset.UTC, Scale.LINEAR);
    assertEquals("5", count.exact(mon10));
    assertEquals("2", count.shown(sun10));
    CellValues percent = CellValues.of(g, Normalize.PERCENT, ZoneOffset.UTC, Scale.LINEAR);
    assertEquals("71.4286", percent.exact(mon10));
    assertEquals("28.57", percent.shown(sun10));
    CellValues max = CellValues.of(g, Normalize.MAX, ZoneOffset.UTC, Scale.LINEAR);
    assertEquals("1.0000", max.exact(mon10));
    assertEquals("0.4000", max.exact(sun10));
    // The range covers five Mondays at 10:00 but four Sundays: 5/5 and 2/4.
    CellValues rate = CellValues.of(g, Normalize.RATE, ZoneOffset.UTC, Scale.LINEAR);
    assertEquals("1.0000", rate.exact(mon10));
    assertEquals("0.5000", rate.exact(sun10));
    assertEquals("0.0000", rate.exact(WeekHourGrid.cell(2, 3)));
    assertEquals(0.5, rate.fraction(sun10));
  }

  @Test
  void anEmptyGridIsAllZeros() {
    for (Normalize n : Normalize.values()) {
      CellValues v = CellValues.of(new WeekHourGrid(), n, ZoneOffset.UTC, Scale.LINEAR);
      assertEquals(0, v.max());
      assertEquals(0, v.fraction(0));
      assertEquals(n == Normalize.COUNT ? "0" : "0.0000", v.exact(0));
    }
  }
}
