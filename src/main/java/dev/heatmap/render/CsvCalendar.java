package dev.heatmap.render;

import dev.heatmap.grid.calendar.CalendarView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -f csv --calendar}: the calendar instead of the grid, one row per local day from the first
 * event's day to the last's: {@code date,count}, then one column per group when grouping (named by
 * the group, neutralised like every other CSV cell).
 */
final class CsvCalendar {
  private CsvCalendar() {}

  static String write(CalendarView c) {
    StringBuilder p = new StringBuilder(16 * c.days() + 64);
    List<String> row = new ArrayList<>();
    row.add("date");
    row.add("count");
    for (CalendarView.Row g : c.groups()) {
      row.add(CsvRenderer.neutralise(g.name()));
    }
    CsvRenderer.record(p, row);
    for (int i = 0; i < c.days(); i++) {
      row.clear();
      row.add(c.start().plusDays(i).toString());
      row.add(Long.toString(c.counts()[i]));
      for (CalendarView.Row g : c.groups()) {
        row.add(Long.toString(g.counts()[i]));
      }
      CsvRenderer.record(p, row);
    }
    return p.toString();
  }
}
