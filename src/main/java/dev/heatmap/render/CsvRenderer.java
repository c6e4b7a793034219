package dev.heatmap.render;

import dev.heatmap.core.GroupNames;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The grid as CSV for spreadsheets and scripts: a header row ({@code day} and one column per hour),
 * then one row per day in the report's row order. With groups, a leading {@code group} column and
 * one block per group after the overall block, whose group cell is {@value #OVERALL}.
 *
 * <p>A text cell that a spreadsheet would take for a formula ({@code = + - @}, tab, CR first) gets
 * a leading apostrophe, so a group named {@code =HYPERLINK(…)} stays text. Fields are quoted as RFC
 * 4180 says (when they hold a comma, quote, CR or LF); records end in LF.
 *
 * <p>Written by hand rather than with Commons CSV's printer, whose class file carries SpotBugs
 * annotations that javac cannot resolve and warns about (and warnings fail this build).
 */
final class CsvRenderer implements Renderer {
  /** The group cell of the overall block. */
  static final String OVERALL = GroupNames.ALL;

  private final Normalize normalize;
  private final Scale scale;

  CsvRenderer(Normalize normalize, Scale scale) {
    this.scale = Objects.requireNonNull(scale);
    this.normalize = normalize;
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (report.calendar() != null) {
      w.write(CsvCalendar.write(report.calendar()));
      w.flush();
      return;
    }
    StringBuilder p = new StringBuilder(8192);
    boolean grouped = !report.groups().isEmpty();
    List<String> header = new ArrayList<>(26);
    if (grouped) {
      header.add("group");
    }
    header.add("day");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      header.add(report.hour12() ? Labels.hour(h, true) : Integer.toString(h));
    }
    record(p, header);
    ZoneId zone = Labels.zone(report.timezone());
    block(p, report, grouped ? OVERALL : null, report.grid(), zone);
    for (Tally.Group g : report.groups()) {
      block(p, report, g.name(), g.grid(), zone);
    }
    w.write(p.toString());
    w.flush();
  }

  private void block(StringBuilder p, Report report, String group, WeekHourGrid grid, ZoneId zone) {
    CellValues values = CellValues.of(grid, normalize, zone, scale);
    List<String> row = new ArrayList<>(26);
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      row.clear();
      if (group != null) {
        row.add(neutralise(clean(group)));
      }
      row.add(Labels.day(d));
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        row.add(values.exact(WeekHourGrid.cell(d, h)));
      }
      record(p, row);
    }
  }

  static void record(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String f = fields.get(i);
      boolean quote =
          f.indexOf(',') >= 0
              || f.indexOf('"') >= 0
              || f.indexOf('\n') >= 0
              || f.indexOf('\r') >= 0;
      if (quote) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    sb.append('\n');
  }

  /**
   * {@code s} cleaned of terminal controls as {@link Terminal#clean} does, but for tabs and line
   * breaks, which a CSV cell may hold (quoted) and a terminal shows as layout, not commands.
   */
  static String clean(String s) {
    StringBuilder sb = null;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        if (sb == null) {
          sb = new StringBuilder(s.length());
        }
        sb.append(Terminal.clean(s.substring(from, i))).append(c);
        from = i + 1;
      }
    }
    return sb == null ? Terminal.clean(s) : sb.append(Terminal.clean(s.substring(from))).toString();
  }

  /** {@code s}, with an apostrophe in front when a spreadsheet would read it as a formula. */
  static String neutralise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
