package dev.heatmap.render;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.infer.ZoneGuess;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The heatmap as a standalone SVG image: title, summary, the grid with day and hour labels and axis
 * titles naming the zone, a colour legend, and one {@code <rect class="cell">} per cell whose
 * {@code <title>} is its tooltip; then the inferred zone and one small heatmap per group.
 *
 * <p>It has no script, no style sheet, no ids and no external reference: only presentation
 * attributes, so it looks the same opened alone, as an {@code <img>}, or pasted inline into a page
 * (where a style sheet or an id would leak into, or clash with, the page).
 */
final class SvgRenderer implements Renderer {
  private static final int WIDTH = 800;

  private static final int LEFT = 100;
  private static final int CELL = 28;
  private static final int SMALL = 11;
  private static final int PANEL = 380;

  private final Normalize normalize;
  private final Scale scale;

  SvgRenderer(Normalize normalize, Scale scale) {
    this.scale = Objects.requireNonNull(scale);
    this.normalize = normalize;
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    StringBuilder body = new StringBuilder(65_536);
    boolean h12 = report.hour12();
    ZoneId zone = Labels.zone(report.timezone());
    Summary s = Summary.of(report.grid());
    String title = Xml.escape(report.title());
    String zoneName = Xml.escape(report.timezone());

    text(body, 20, 32, "start", "20", "bold", Xml.escape(Labels.truncate(report.title(), 70)));
    StringBuilder sub = new StringBuilder();
    sub.append(Labels.grouped(s.total())).append(" timestamps in ").append(report.timezone());
    if (report.inputTimezone() != null) {
      sub.append(" (naive values read as ").append(report.inputTimezone()).append(')');
    }
    if (s.first() != WeekHourGrid.NONE) {
      sub.append(" · ")
          .append(Labels.instant(s.first()))
          .append(" to ")
          .append(Labels.instant(s.last()));
    }
    sub.append(" · ").append(Labels.grouped(s.skipped())).append(" skipped");
    String written = report.writtenOffsetsText(3);
    if (written != null) {
      sub.append(" · offsets as written: ").append(written);
    }
    text(body, 20, 54, "start", "13", null, Xml.escape(sub.toString()));

    int top = 76;
    CellValues values = CellValues.of(report.grid(), normalize, zone, scale);
    int y = bigGrid(body, report, values, top, report.timezone(), "cell");

    y = legend(body, values, y + 12);

    if (!s.empty()) {
      y += 30;
      text(
          body,
          20,
          y,
          "start",
          "13",
          null,
          Xml.escape(
              "Peak: "
                  + Labels.cell(s.peakDay(), s.peakHour(), h12)
                  + " ("
                  + Labels.events(s.peakCount())
                  + ") · Busiest weekday: "
                  + Labels.day(s.busiestDay())
                  + " ("
                  + Labels.percent(s.busiestDayCount(), s.total())
                  + ")"));
      y += 18;
      text(
          body,
          20,
          y,
          "start",
          "13",
          null,
          Xml.escape(
              "Weekdays "
                  + Labels.percent(s.weekdays(), s.total())
                  + " · weekend "
                  + Labels.percent(s.weekend(), s.total())
                  + " · night ("
                  + Labels.night(h12)
                  + ") "
                  + Labels.percent(s.night(), s.total())));
    }
    for (String c : report.cautions()) {
      for (String line : Labels.wrap("Caution: " + c, 110, 3)) {
        y += 18;
        text(body, 20, y, "start", "13", null, Xml.escape(line));
      }
    }
    if (report.inference() != null) {
      y = inference(body, report, y + 34);
    }
    if (!report.groups().isEmpty()) {
      y = groups(body, report, zone, y + 40);
    }
    if (report.calendar() != null) {
      y = SvgCalendar.append(body, report, y);
    }
    int height = y + 24;

    // The head is written before the body, which is copied out in chunks: a report with many
    // groups is never held twice.
    StringBuilder sb = new StringBuilder(1024);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" fill=\"#1f2328\"")
        .append(" role=\"img\">\n");
    sb.append("<title>")
        .append(title)
        .append(" — activity by day of the week and hour of the day (")
        .append(zoneName)
        .append(")</title>\n");
    sb.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"#ffffff\"/>\n");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(sb.toString());
    char[] chunk = new char[8192];
    for (int at = 0; at < body.length(); at += chunk.length) {
      int end = Math.min(body.length(), at + chunk.length);
      body.getChars(at, end, chunk, 0);
      w.write(chunk, 0, end - at);
    }
    w.write("</svg>\n");
    w.flush();
  }

  /** The full-size grid with its labels and axis titles; returns the y below it. */
  private int bigGrid(
      StringBuilder sb, Report report, CellValues values, int top, String zone, String cls) {
    boolean h12 = report.hour12();
    long total = 0;
    for (int i = 0; i < WeekHourGrid.CELLS; i++) {
      total += values.count(i);
    }
    sb.append("<g class=\"grid\">\n");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      int y = top + r * CELL;
      text(sb, LEFT - 8, y + CELL / 2 + 4, "end", null, null, Labels.ABBREV[d]);
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        int cell = WeekHourGrid.cell(d, h);
        double f = values.fraction(cell);
        sb.append("<rect class=\"")
            .append(cls)
            .append("\" x=\"")
            .append(LEFT + h * CELL)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(CELL - 2)
            .append("\" height=\"")
            .append(CELL - 2)
            .append("\" fill=\"")
            .append(ColorScale.hex(f))
            .append("\"><title>")
            .append(Xml.escape(tooltip(values, cell, d, h, h12, total)))
            .append("</title></rect>\n");
      }
    }
    int below = top + WeekHourGrid.DAYS * CELL;
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      text(
          sb,
          LEFT + h * CELL + (CELL - 2) / 2,
          below + 12,
          "middle",
          "10",
          null,
          Labels.hourShort(h, h12));
    }
    text(
        sb,
        LEFT + 12 * CELL,
        below + 32,
        "middle",
        null,
        null,
        Xml.escape("Hour of the day (" + zone + ")"));
    int mid = top + WeekHourGrid.DAYS * CELL / 2;
    sb.append("<text x=\"24\" y=\"")
        .append(mid)
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 24 ")
        .append(mid)
        .append(")\">Day of the week</text>\n");
    sb.append("</g>\n");
    return below + 32;
  }

  private String tooltip(CellValues values, int cell, int d, int h, boolean h12, long total) {
    StringBuilder t = new StringBuilder(Labels.cell(d, h, h12));
    long c = values.count(cell);
    t.append(": ").append(Labels.events(c));
    t.append(" (").append(Labels.percent(c, total)).append(" of all)");
    if (normalize == Normalize.RATE) {
      t.append(", ").append(values.shown(cell)).append(' ').append(normalize.unit());
    }
    return t.toString();
  }

  /** The colour legend: the empty colour, then the ramp, then the busiest value. */
  private int legend(StringBuilder sb, CellValues values, int y) {
    sb.append("<g class=\"legend\">\n");
    text(sb, LEFT - 8, y + 11, "end", "11", null, "0");
    int x = LEFT;
    for (int i = 0; i <= 8; i++) {
      double f = i == 0 ? 0 : i / 8.0;
      sb.append("<rect class=\"swatch\" x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"18\" height=\"14\" fill=\"")
          .append(ColorScale.hex(f))
          .append("\" stroke=\"#d0d7de\" stroke-width=\"0.5\"/>\n");
      x += 20;
    }
    text(sb, x + 4, y + 11, "start", "11", null, Xml.escape(Labels.busiest(values)));
    sb.append("</g>\n");
    return y + 14;
  }

  private int inference(StringBuilder sb, Report report, int y) {
    ZoneGuess guess = report.inference();
    String line =
        guess.best() == null
            ? "Time zone inference: no offset fits the activity"
            : "Time zone inference: best fit " + Labels.offsetZone(guess.best());
    // The zones go on a line of their own: beside the offset, in bold, they ran past the image's
    // right edge.
    text(sb, 20, y, "start", "13", "bold", Xml.escape(Labels.truncate(line, 90)));
    if (guess.best() != null && !guess.candidates().isEmpty()) {
      y += 18;
      String zones = "Zones: " + Labels.zoneList(guess.candidates().get(0).zones(), 6);
      text(sb, 32, y, "start", "12", null, Xml.escape(Labels.truncate(zones, 115)));
    }
    y = inferenceExplanation(sb, guess, y);
    int rank = 1;
    for (ZoneGuess.Candidate c : guess.candidates()) {
      if (rank > 5) {
        break;
      }
      y += 18;
      String row =
          rank++
              + ". "
              + c.offset()
              + " · score "
              + Labels.score(c.score())
              + " · "
              + Labels.zoneList(c.zones(), 5);
      text(sb, 32, y, "start", "12", null, Xml.escape(Labels.truncate(row, 115)));
    }
    return y;
  }

  /** A group's best offset and confidence for its label: {@code · +03:00 likely}. */
  private static String groupInferenceLabel(Report report, String name) {
    ZoneGuess guess = report.groupInference().get(name);
    if (guess == null || guess.best() == null) {
      return "";
    }
    return " · "
        + guess.best()
        + (guess.explanation() == null ? "" : " " + guess.explanation().confidence());
  }

  /** The answer's confidence, working window and warning, right under the best fit. */
  private int inferenceExplanation(StringBuilder sb, ZoneGuess guess, int y) {
    String answer = InferenceWords.answer(guess);
    if (answer != null) {
      y += 18;
      text(
          sb,
          32,
          y,
          "start",
          "12",
          null,
          Xml.escape(Labels.truncate("Confidence: " + answer, 120)));
    }
    if (guess.warning() != null) {
      y += 18;
      text(
          sb,
          32,
          y,
          "start",
          "12",
          null,
          Xml.escape(Labels.truncate("Warning: " + guess.warning(), 120)));
    }
    return y;
  }

  /** One small heatmap per group, two to a row. */
  private int groups(StringBuilder sb, Report report, ZoneId zone, int y) {
    text(sb, 20, y, "start", "15", "bold", "Groups");
    y += 12;
    int col = 0;
    int panelHeight = 20 + WeekHourGrid.DAYS * SMALL + 26;
    long all = report.grid().total();
    Tally.GroupCap cap = report.groupCap();
    if (cap != null) {
      y += 16;
      text(
          sb,
          20,
          y,
          "start",
          "11",
          cap.certain() ? null : "bold",
          Xml.escape(
              "More than "
                  + Labels.grouped(cap.limit())
                  + " distinct values: "
                  + Labels.grouped(cap.foldings())
                  + " groups of at most "
                  + Labels.grouped(cap.foldedAtMost())
                  + (cap.foldedAtMost() == 1 ? " record" : " records")
                  + " each folded into (other); "
                  + (cap.certain()
                      ? "the groups shown are exact"
                      : "the groups shown may not be exact (see -f json)")));
      y += 6;
    }
    for (Tally.Group g : report.drawnGroups()) {
      int x0 = 20 + col * PANEL;
      CellValues v = CellValues.of(g.grid(), normalize, zone, scale);
      String label =
          Labels.truncate(g.name(), 34)
              + " — "
              + Labels.grouped(g.grid().total())
              + " ("
              + Labels.percent(g.grid().total(), all)
              + ")"
              + groupInferenceLabel(report, g.name());
      sb.append("<g class=\"group\">\n<title>").append(Xml.escape(g.name())).append("</title>\n");
      text(sb, x0, y + 14, "start", "12", "bold", Xml.escape(label));
      int top = y + 20;
      for (int r = 0; r < WeekHourGrid.DAYS; r++) {
        int d = report.dayAtRow(r);
        text(sb, x0 + 24, top + r * SMALL + 9, "end", "9", null, Labels.ABBREV[d]);
        for (int h = 0; h < WeekHourGrid.HOURS; h++) {
          int cell = WeekHourGrid.cell(d, h);
          sb.append("<rect class=\"group-cell\" x=\"")
              .append(x0 + 28 + h * SMALL)
              .append("\" y=\"")
              .append(top + r * SMALL)
              .append("\" width=\"")
              .append(SMALL - 1)
              .append("\" height=\"")
              .append(SMALL - 1)
              .append("\" fill=\"")
              .append(ColorScale.hex(v.fraction(cell)))
              .append("\"><title>")
              .append(
                  Xml.escape(
                      Labels.cell(d, h, report.hour12()) + ": " + Labels.events(v.count(cell))))
              .append("</title></rect>\n");
        }
      }
      // Hour labels under the grid, every six hours, as the main grid has them every hour.
      for (int h = 0; h < WeekHourGrid.HOURS; h += 6) {
        text(
            sb,
            x0 + 28 + h * SMALL + SMALL / 2,
            top + WeekHourGrid.DAYS * SMALL + 10,
            "middle",
            "9",
            null,
            Labels.hourShort(h, report.hour12()));
      }
      sb.append("</g>\n");
      col++;
      if (col == 2) {
        col = 0;
        y += panelHeight;
      }
    }
    y = col == 0 ? y : y + panelHeight;
    int rest = report.groups().size() - report.drawnGroups().size();
    if (rest > 0) {
      y += 16;
      text(
          sb,
          20,
          y,
          "start",
          "12",
          null,
          "… and "
              + Labels.grouped(rest)
              + (rest == 1 ? " more group" : " more groups")
              + ", not drawn (a grid is drawn for the first "
              + Report.MAX_DRAWN_GROUPS
              + "; -f json and -f csv have every one)");
      y += 8;
    }
    return y;
  }

  /** A {@code <text>} element; {@code content} must already be escaped. */
  private static void text(
      StringBuilder sb, int x, int y, String anchor, String size, String weight, String content) {
    sb.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
    if (!anchor.equals("start")) {
      sb.append(" text-anchor=\"").append(anchor).append('"');
    }
    if (size != null) {
      sb.append(" font-size=\"").append(size).append('"');
    }
    if (weight != null) {
      sb.append(" font-weight=\"").append(weight).append('"');
    }
    sb.append('>').append(content).append("</text>\n");
  }
}
