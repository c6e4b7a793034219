package dev.heatmap.render;

import dev.heatmap.grid.WeekHourGrid;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The terminal heatmap: 7 day rows × 24 hour columns of shade characters, 76 columns wide, with a
 * summary under the grid.
 */
final class TextRenderer implements Renderer {
  private static final char[] SHADES = {' ', '░', '▒', '▓', '█'};
  private static final String[] ABBREV = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    WeekHourGrid grid = report.grid();
    w.write(Terminal.clean(report.title()));
    w.write('\n');
    w.write("Hour of the day (" + Terminal.clean(report.timezone()) + ")\n");
    w.write("    ");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      w.write(h < 10 ? " 0" + h : " " + h);
    }
    w.write('\n');
    long max = grid.max();
    for (int d = 0; d < WeekHourGrid.DAYS; d++) {
      w.write(ABBREV[d]);
      w.write(' ');
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        char c = shade(grid.count(d, h), max);
        w.write(' ');
        w.write(c);
        w.write(c);
      }
      w.write('\n');
    }
    w.write("Total " + grid.total() + ", skipped " + grid.skipped());
    String first = Instants.iso(grid.first());
    if (first != null) {
      w.write(", " + first + " to " + Instants.iso(grid.last()));
    }
    w.write('\n');
    w.flush();
  }

  /** The shade of a cell: blank for zero, then four steps up to the busiest cell. */
  static char shade(long count, long max) {
    if (count == 0 || max == 0) {
      return SHADES[0];
    }
    int step = (int) Math.ceil(4.0 * count / max);
    return SHADES[Math.max(1, Math.min(4, step))];
  }
}
