package dev.heatmap.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class WeekHourGridTest {
  @Test
  void countsCellsTotalsAndRange() {
    WeekHourGrid g = new WeekHourGrid();
    g.add(WeekHourGrid.cell(DayOfWeek.MONDAY, 10), 100);
    g.add(WeekHourGrid.cell(DayOfWeek.MONDAY, 10), 50);
    g.add(WeekHourGrid.cell(DayOfWeek.SUNDAY, 23), 300);
    g.skip();

    assertEquals(2, g.count(0, 10));
    assertEquals(1, g.count(6, 23));
    assertEquals(0, g.count(3, 12));
    assertEquals(3, g.total());
    assertEquals(1, g.skipped());
    assertEquals(50, g.first());
    assertEquals(300, g.last());
    assertEquals(2, g.max());
  }

  @Test
  void mergeAddsEveryCellAndWidensTheRange() {
    WeekHourGrid a = new WeekHourGrid();
    a.add(WeekHourGrid.cell(2, 5), 1000);
    a.skip();
    WeekHourGrid b = new WeekHourGrid();
    b.add(WeekHourGrid.cell(2, 5), 10);
    b.add(WeekHourGrid.cell(4, 0), 5000);
    b.filter();

    a.merge(b);

    assertEquals(2, a.count(2, 5));
    assertEquals(1, a.count(4, 0));
    assertEquals(3, a.total());
    assertEquals(1, a.skipped());
    assertEquals(1, a.filtered());
    assertEquals(10, a.first());
    assertEquals(5000, a.last());
  }

  @Test
  void emptyGridHasNoRange() {
    WeekHourGrid g = new WeekHourGrid();
    g.merge(new WeekHourGrid());
    assertEquals(WeekHourGrid.NONE, g.first());
    assertEquals(WeekHourGrid.NONE, g.last());
    assertEquals(0, g.max());
  }
}
