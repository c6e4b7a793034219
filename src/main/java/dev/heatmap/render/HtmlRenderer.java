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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The HTML report: an editable template filled with summary cards, the interactive Plotly heatmap,
 * the grid as a static table (readable with JavaScript off, and in print), the inferred zone and
 * one small heatmap per group.
 *
 * <p>No data is ever parsed as code: every grid reaches the page's script in a {@code <script
 * type="application/json">} block, escaped so it cannot end its element, and read by {@link
 * #PLOT_SCRIPT}, which is fixed text. That keeps its hash constant, so the report's
 * Content-Security-Policy can allow exactly it and the one Plotly source, and nothing else.
 */
final class HtmlRenderer implements Renderer {
  /**
   * Draws every element with a {@code data-heatmap="N"} attribute from grid N of the data block
   * ({@code data-small} for a small multiple without axes and colour bar). Fixed text: its hash is
   * in the report's Content-Security-Policy.
   */
  static final String PLOT_SCRIPT =
      "(function(){var el=document.getElementById('heatmap-data');"
          + "if(!el||typeof Plotly==='undefined'){return;}"
          + "var d=JSON.parse(el.textContent);"
          + "var m=document.getElementById('plotly-missing');if(m){m.remove();}"
          + "document.documentElement.classList.add('js-plotted');"
          + "var nodes=document.querySelectorAll('[data-heatmap]');"
          + "for(var i=0;i<nodes.length;i++){var n=nodes[i];"
          + "var g=d.grids[Number(n.getAttribute('data-heatmap'))];if(!g){continue;}"
          + "var small=n.hasAttribute('data-small');"
          + "Plotly.newPlot(n,[{type:'heatmap',x:d.hours,y:small?d.daysShort:d.days,z:g.z,"
          + "text:g.text,hovertemplate:'%{text}<extra></extra>',colorscale:d.colorscale,"
          + "zmin:0,zmax:g.zmax>0?g.zmax:1,xgap:small?1:2,ygap:small?1:2,showscale:!small,"
          + "colorbar:{title:{text:d.unit,side:'right'},thickness:14}}],"
          + "{xaxis:{title:{text:small?'':g.xtitle},type:'category',tickangle:0,fixedrange:true},"
          + "yaxis:{title:{text:small?'':'Day of the week'},type:'category',"
          + "autorange:'reversed',fixedrange:true},"
          + "margin:small?{l:36,r:6,t:6,b:24}:{l:100,r:20,t:16,b:56},height:small?170:400,"
          + "font:{family:'system-ui,-apple-system,Segoe UI,sans-serif',size:small?9:12},"
          + "paper_bgcolor:'rgba(0,0,0,0)',plot_bgcolor:'rgba(0,0,0,0)'},"
          + "{responsive:true,displaylogo:false,displayModeBar:!small,"
          + "modeBarButtonsToRemove:['select2d','lasso2d','zoom2d','pan2d','autoScale2d']});}"
          + "})();";

  /**
   * The SHA-256 of {@link #PLOT_SCRIPT} as the Content-Security-Policy writes it; a constant
   * because computing it costs a short run some 10 ms (the JVM's security providers start on first
   * use). HtmlRendererTest checks it against the script, so it cannot go stale.
   */
  static final String PLOT_SCRIPT_SHA256 = "sha256-P545iu6ODzuGXu/u+AAzalpBVoE1oJyajUUKp2GomR4=";

  private final Template template;
  private final Normalize normalize;
  private final Scale scale;
  private final Plotly plotly;

  HtmlRenderer(Template template, Normalize normalize, Plotly plotly, Scale scale) {
    this.scale = Objects.requireNonNull(scale);
    this.template = Objects.requireNonNull(template);
    this.normalize = Objects.requireNonNull(normalize);
    this.plotly = Objects.requireNonNull(plotly);
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    boolean plots = plotly.kind() != Plotly.Kind.NONE;
    ZoneId zone = Labels.zone(report.timezone());
    CellValues overall = CellValues.of(report.grid(), normalize, zone, scale);
    Map<String, String> values = new LinkedHashMap<>();
    ContentSecurityPolicy policy = csp();
    if (plots) {
      HtmlCalendar.allow(policy, report);
    }
    values.put("csp", policy.meta());
    values.put("title", Html.escape(report.title()));
    values.put("timezone", Html.escape(report.timezone()));
    values.put("description", Html.escape(description(report)));
    values.put("summary", summary(report) + cautions(report));
    values.put(
        "plot",
        plots ? missingNote() + plotDiv(0, false, "the activity in " + report.timezone()) : "");
    values.put(
        "table",
        table(
            report, overall, "data-count", "grid overall", caption(report.timezone()), " of all"));
    values.put("inference", inference(report, plots));
    values.put("groups", groups(report, zone, plots));
    values.put("calendar", HtmlCalendar.section(report, plots));
    values.put("data", plots ? data(report, overall, zone) : "");
    values.put("scripts", plots ? scripts() + HtmlCalendar.script(report) : "");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    template.fill(values, w);
    w.flush();
  }

  private ContentSecurityPolicy csp() {
    ContentSecurityPolicy csp = new ContentSecurityPolicy();
    switch (plotly.kind()) {
      case CDN ->
          csp.allowScriptUrl(plotly.url())
              .allowScriptHash(plotly.integrity())
              .allowScriptHash(PLOT_SCRIPT_SHA256);
      case URL -> csp.allowScriptUrl(plotly.url()).allowScriptHash(PLOT_SCRIPT_SHA256);
      case INLINE -> csp.allowInlineScript(plotly.code()).allowScriptHash(PLOT_SCRIPT_SHA256);
      case NONE -> {
        // no script at all: script-src 'none'
      }
    }
    return csp;
  }

  private String scripts() {
    return switch (plotly.kind()) {
      case CDN ->
          "<script src=\""
              + Html.escape(plotly.url())
              + "\" integrity=\""
              + Html.escape(plotly.integrity())
              + "\" crossorigin=\"anonymous\"></script>\n<script>"
              + PLOT_SCRIPT
              + "</script>";
      case URL ->
          "<script src=\""
              + Html.escape(plotly.url())
              + "\"></script>\n<script>"
              + PLOT_SCRIPT
              + "</script>";
      case INLINE ->
          (plotly.integrity() == null
                  ? "<script>"
                  : "<script data-plotly=\""
                      + Plotly.BUNDLED_NAME
                      + "\" data-integrity=\""
                      + plotly.integrity()
                      + "\">")
              + plotly.code()
              + "</script>\n<script>"
              + PLOT_SCRIPT
              + "</script>";
      case NONE -> "";
    };
  }

  private String description(Report report) {
    String what =
        switch (normalize) {
          case COUNT -> "Cells show the number of events";
          case PERCENT -> "Cells show each hour's percent of all events";
          case MAX -> "Cells show each hour as a fraction of the busiest hour";
          case RATE ->
              "Cells show events per hour: each count divided by how many times that"
                  + " weekday and hour occurred between the first and the last timestamp";
        };
    return "Activity by day of the week and hour of the day in "
        + report.timezone()
        + ". "
        + what
        + "; colour scales with the busiest hour.";
  }

  private static String caption(String zone) {
    return "Events by day and hour of the day (" + zone + ")";
  }

  private String summary(Report report) {
    Summary s = Summary.of(report.grid());
    boolean h12 = report.hour12();
    StringBuilder sb = new StringBuilder("<section class=\"cards\" aria-label=\"Summary\">\n");
    card(sb, "Timestamps", Labels.grouped(s.total()), null);
    card(
        sb,
        "Skipped",
        Labels.grouped(s.skipped()),
        s.filtered() > 0 ? Labels.grouped(s.filtered()) + " outside the time range" : null);
    instantCard(sb, "First", s.first());
    instantCard(sb, "Last", s.last());
    if (!s.empty()) {
      card(
          sb,
          "Peak",
          Labels.day(s.peakDay()) + " " + Labels.hour(s.peakHour(), h12),
          Labels.events(s.peakCount())
              + ", "
              + Labels.hourSpan(s.peakHour(), h12)
              + " in "
              + report.timezone());
      card(
          sb,
          "Busiest weekday",
          Labels.day(s.busiestDay()),
          Labels.events(s.busiestDayCount())
              + ", "
              + Labels.percent(s.busiestDayCount(), s.total()));
      card(
          sb,
          "Weekdays / weekend",
          Labels.percent(s.weekdays(), s.total()) + " / " + Labels.percent(s.weekend(), s.total()),
          "Monday–Friday / Saturday–Sunday");
      card(
          sb,
          "Night",
          Labels.percent(s.night(), s.total()),
          Labels.night(h12) + " in " + report.timezone());
    }
    card(
        sb,
        "Time zone",
        report.timezone(),
        report.inputTimezone() == null
            ? null
            : "values without an offset read as " + report.inputTimezone());
    String written = report.writtenOffsetsText(TextRenderer.WRITTEN_SHOWN);
    if (written != null) {
      card(sb, "Offsets as written", report.writtenOffsets().get(0).offset(), written);
    }
    ZoneGuess guess = report.inference();
    if (guess != null) {
      card(
          sb,
          "Inferred zone",
          guess.best() == null ? "—" : Labels.offsetZone(guess.best()),
          inferenceCardNote(guess));
    }
    return sb.append("</section>").toString();
  }

  /** An instant as its UTC date, with the time of day beneath. */
  private static void instantCard(StringBuilder sb, String label, long epochSecond) {
    String iso = Instants.iso(epochSecond);
    if (iso == null) {
      card(sb, label, "—", null);
      return;
    }
    int t = iso.indexOf('T');
    card(sb, label, iso.substring(0, t), iso.substring(t + 1, iso.length() - 1) + " UTC");
  }

  private static void card(StringBuilder sb, String label, String value, String note) {
    sb.append("<div class=\"card\"><div class=\"label\">")
        .append(Html.escape(label))
        .append("</div><div class=\"value\">")
        // Zone names break after their slashes rather than anywhere.
        .append(Html.escape(value).replace("/", "/<wbr>"))
        .append("</div>");
    if (note != null) {
      sb.append("<div class=\"note\">").append(Html.escape(note)).append("</div>");
    }
    sb.append("</div>\n");
  }

  /**
   * What shows in the plot's place until Plotly has drawn it, and stays when Plotly never loads (no
   * network, a blocked CDN): what is missing, that the table has the same numbers, and how to make
   * a report that needs no network. The plot script removes it; it needs no script and no style
   * sheet of the template's to show.
   */
  private String missingNote() {
    String why =
        switch (plotly.kind()) {
          case CDN -> "The interactive chart needs Plotly from cdn.plot.ly; ";
          case URL ->
              "The interactive chart needs Plotly from " + Html.escape(host(plotly.url())) + "; ";
          case INLINE, NONE -> "The interactive chart could not be drawn (Plotly did not run); ";
        };
    return "<p id=\"plotly-missing\" class=\"plotly-missing\" role=\"note\""
        + " style=\"border:1px solid #d0d7de;border-left:4px solid #bf8700;padding:8px 12px;"
        + "background:#fff8c5;color:#1f2328\">"
        + why
        + "the table below has the same numbers; <code>--self-contained</code> makes a report that"
        + " needs no network.</p>\n";
  }

  /** The host of an http(s) URL, or the URL when it has none. */
  private static String host(String url) {
    int start = url.indexOf("://");
    if (start < 0) {
      return url;
    }
    int end = url.indexOf('/', start + 3);
    return end < 0 ? url.substring(start + 3) : url.substring(start + 3, end);
  }

  /** The cautions of the run, under the summary cards; empty when there are none. */
  private static String cautions(Report report) {
    if (report.cautions().isEmpty()) {
      return "";
    }
    StringBuilder sb =
        new StringBuilder("\n<section class=\"cautions\" aria-label=\"Cautions\">\n");
    for (String c : report.cautions()) {
      sb.append("<p class=\"warning\">Caution: ").append(Html.escape(c)).append("</p>\n");
    }
    return sb.append("</section>").toString();
  }

  private static String plotDiv(int grid, boolean small, String what) {
    return "<div class=\"plot"
        + (small ? " small\" data-small" : "\"")
        + " data-heatmap=\""
        + grid
        + "\" role=\"img\" aria-label=\"Heatmap of "
        + Html.escape(what)
        + "\"></div>";
  }

  /**
   * A grid as a table, each cell shaded by the common scale and marked with {@code marker="N"}
   * holding its raw count; day totals in the last column and hour totals in the footer.
   */
  private String table(
      Report report, CellValues values, String marker, String cls, String caption, String of) {
    boolean h12 = report.hour12();
    long total = 0;
    for (int i = 0; i < WeekHourGrid.CELLS; i++) {
      total += values.count(i);
    }
    StringBuilder sb = new StringBuilder(32_768);
    sb.append("<table class=\"")
        .append(cls)
        .append("\">\n<caption>")
        .append(Html.escape(caption))
        .append(normalize == Normalize.COUNT ? "" : Html.escape(" — " + unit(of)))
        .append("</caption>\n<thead><tr><th scope=\"col\">Day</th>");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      sb.append("<th scope=\"col\">").append(Labels.hourShort(h, h12)).append("</th>");
    }
    // The totals are counts whatever the cells show: said so when the cells are not counts.
    sb.append("<th scope=\"col\" class=\"sum\">")
        .append(normalize == Normalize.COUNT ? "Total" : "Total events")
        .append("</th></tr></thead>\n<tbody>\n");
    long[] hourTotals = new long[WeekHourGrid.HOURS];
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      sb.append("<tr><th scope=\"row\">").append(Labels.ABBREV[d]).append("</th>");
      long dayTotal = 0;
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        int cell = WeekHourGrid.cell(d, h);
        long c = values.count(cell);
        dayTotal += c;
        hourTotals[h] += c;
        double f = values.fraction(cell);
        sb.append("<td ")
            .append(marker)
            .append("=\"")
            .append(c)
            .append("\" title=\"")
            .append(Html.escape(hover(values, cell, d, h, h12, total, false, of)))
            .append("\" style=\"background:")
            .append(ColorScale.hex(f))
            .append(";color:")
            .append(c == 0 ? "#8c959f" : ColorScale.textOn(f))
            .append("\">")
            .append(values.shown(cell))
            .append("</td>");
      }
      sb.append("<td class=\"sum\">").append(dayTotal).append("</td></tr>\n");
    }
    sb.append("</tbody>\n<tfoot><tr><th scope=\"row\">")
        .append(normalize == Normalize.COUNT ? "Total" : "Total events")
        .append("</th>");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      sb.append("<td class=\"sum\">").append(hourTotals[h]).append("</td>");
    }
    sb.append("<td class=\"sum\">").append(total).append("</td></tr></tfoot>\n</table>");
    return sb.toString();
  }

  /** The cells' unit; a group's percentages are of the group's own events. */
  private String unit(String of) {
    return normalize == Normalize.PERCENT && of.equals(" of the group")
        ? "% of the group's events"
        : normalize.unit();
  }

  /** A cell's tooltip: day, hour, count and percent (and the rate when normalising by it). */
  private String hover(
      CellValues values, int cell, int d, int h, boolean h12, long total, boolean html, String of) {
    long c = values.count(cell);
    StringBuilder t = new StringBuilder(Labels.cell(d, h, h12));
    t.append(html ? "<br>" : ": ")
        .append(Labels.events(c))
        .append(" · ")
        .append(Labels.percent(c, total))
        .append(of);
    if (normalize == Normalize.RATE) {
      t.append(" · ").append(values.shown(cell)).append(" per hour");
    } else if (normalize == Normalize.MAX) {
      t.append(" · ").append(values.shown(cell)).append(" of the busiest");
    }
    return t.toString();
  }

  /** A group's time-zone answer under its name, with --infer-tz --group-by. */
  private static String groupInferenceCaption(Report report, String name) {
    ZoneGuess guess = report.groupInference().get(name);
    if (guess == null) {
      return "";
    }
    return "<br><span class=\"group-tz\">" + Html.escape(InferenceWords.group(guess)) + "</span>";
  }

  /** The crew's summary line: how many members fit the common offset, and who does not. */
  private static String crewLine(Report report) {
    String crew = InferenceWords.crew(report);
    return crew == null ? "" : "<p class=\"crew\">Time zones: " + Html.escape(crew) + "</p>\n";
  }

  /** The summary card's note: the zones, the confidence in words, and any warning. */
  private static String inferenceCardNote(ZoneGuess guess) {
    if (guess.best() == null || guess.candidates().isEmpty()) {
      return guess.warning();
    }
    StringBuilder note = new StringBuilder(Labels.zoneList(guess.candidates().get(0).zones(), 3));
    if (guess.explanation() != null) {
      note.append(" · ").append(guess.explanation().confidence());
    }
    if (guess.warning() != null) {
      note.append(" · ⚠ ").append(guess.warning());
    }
    return note.toString();
  }

  /** The answer's confidence, working window and warning, right under the best fit. */
  private static void inferenceExplanation(StringBuilder sb, ZoneGuess guess) {
    String answer = InferenceWords.answer(guess);
    if (answer != null) {
      sb.append("<p class=\"confidence\">Confidence: ")
          .append(Html.escape(answer))
          .append("</p>\n");
    }
    if (guess.warning() != null) {
      sb.append("<p class=\"warning\">").append(Html.escape(guess.warning())).append("</p>\n");
    }
    String second = InferenceWords.secondOpinion(guess);
    if (second != null) {
      sb.append("<p class=\"second\">Second opinion: ")
          .append(Html.escape(second))
          .append("</p>\n");
    }
  }

  private String inference(Report report, boolean plots) {
    ZoneGuess guess = report.inference();
    if (guess == null) {
      return "";
    }
    StringBuilder sb =
        new StringBuilder("<section class=\"inference\">\n<h2>Time zone inference</h2>\n");
    if (guess.best() != null) {
      sb.append("<p class=\"best\">Best fit: <strong>")
          .append(Html.escape(Labels.offsetZone(guess.best())))
          .append("</strong>");
      if (!guess.candidates().isEmpty() && !guess.candidates().get(0).zones().isEmpty()) {
        sb.append(" — ").append(Html.escape(Labels.zoneList(guess.candidates().get(0).zones(), 8)));
      }
      sb.append("</p>\n");
    } else {
      sb.append("<p class=\"best\">No offset fits the activity.</p>\n");
    }
    inferenceExplanation(sb, guess);
    if (guess.dst() != null) {
      sb.append("<p class=\"dst\">Daylight saving: ")
          .append(Html.escape(guess.dst()))
          .append("</p>\n");
    }
    if (!guess.candidates().isEmpty()) {
      // The DST column only where it says something: in most reports it repeats the zones.
      boolean dstDiffers = false;
      for (ZoneGuess.Candidate c : guess.candidates()) {
        dstDiffers |= !c.dstFit().equals(c.zones());
      }
      sb.append(
          "<table class=\"ranking\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Offset"
              + "</th><th scope=\"col\">Score</th><th scope=\"col\">Zones that use it</th>"
              + (dstDiffers ? "<th scope=\"col\">Zones that fit the DST evidence</th>" : "")
              + "</tr></thead>\n<tbody>\n");
      int rank = 1;
      for (ZoneGuess.Candidate c : guess.candidates()) {
        sb.append("<tr><td>")
            .append(rank++)
            .append("</td><td>")
            .append(Html.escape(c.offset()))
            .append("</td><td>")
            .append(Labels.score(c.score()))
            .append("</td><td>")
            .append(Html.escape(Labels.zoneList(c.zones(), 12)));
        if (dstDiffers) {
          sb.append("</td><td>").append(Html.escape(Labels.zoneList(c.dstFit(), 12)));
        }
        sb.append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    if (report.showsInferredGrid()) {
      String clock = Labels.offsetZone(guess.best());
      CellValues v =
          CellValues.of(report.inferredGrid(), normalize, Labels.offsetZoneId(guess.best()), scale);
      sb.append("<h3>Activity redrawn in ").append(Html.escape(clock)).append("</h3>\n");
      if (plots) {
        sb.append(plotDiv(1, false, "the activity in " + clock)).append('\n');
      }
      sb.append(
          table(report, v, "data-inferred-count", "grid inferred", caption(clock), " of all"));
      sb.append('\n');
    }
    return sb.append("</section>").toString();
  }

  private String groups(Report report, ZoneId zone, boolean plots) {
    if (report.groups().isEmpty()) {
      return "";
    }
    long all = report.grid().total();
    int first = firstGroupGrid(report);
    StringBuilder sb = new StringBuilder(65_536);
    sb.append("<section class=\"groups\">\n<h2>Groups</h2>\n<p>")
        .append(report.groups().size())
        .append(report.groups().size() == 1 ? " group" : " groups")
        .append(", largest first; each is shaded against its own busiest hour.</p>\n")
        .append(capLine(report))
        .append(crewLine(report))
        .append("<div class=\"multiples\">\n");
    int i = 0;
    for (Tally.Group g : report.drawnGroups()) {
      CellValues v = CellValues.of(g.grid(), normalize, zone, scale);
      sb.append("<figure class=\"group\">\n<figcaption><span class=\"name\">")
          .append(Html.escape(g.name()))
          .append("</span> <span class=\"count\">")
          .append(Labels.events(g.grid().total()))
          .append(" · ")
          .append(Labels.percent(g.grid().total(), all))
          .append("</span>")
          .append(groupInferenceCaption(report, g.name()))
          .append("</figcaption>\n");
      if (plots) {
        sb.append(plotDiv(first + i, true, "the group " + g.name())).append('\n');
      }
      sb.append(
          table(
              report,
              v,
              "data-group-count",
              "grid small",
              "Events of " + g.name(),
              " of the group"));
      sb.append("\n</figure>\n");
      i++;
    }
    sb.append("</div>\n");
    undrawn(sb, report, all);
    return sb.append("</section>").toString();
  }

  /** What the cap on distinct groups did, in one paragraph; empty when it never acted. */
  private static String capLine(Report report) {
    Tally.GroupCap cap = report.groupCap();
    if (cap == null) {
      return "";
    }
    return "<p class=\"group-cap\">More than "
        + Labels.grouped(cap.limit())
        + " distinct values: "
        + Labels.grouped(cap.foldings())
        + " groups of at most "
        + Labels.grouped(cap.foldedAtMost())
        + (cap.foldedAtMost() == 1 ? " record" : " records")
        + " each were folded into (other) to make room; "
        + (cap.certain()
            ? "the groups shown are exact."
            : "<strong>the groups shown may not be exact</strong> (see the JSON report's"
                + " group_cap and missing_at_most).")
        + "</p>\n";
  }

  /**
   * The groups past {@link Report#MAX_DRAWN_GROUPS}, by name, count and share in one plain table,
   * so that none is hidden though no grid is drawn for it.
   */
  private static void undrawn(StringBuilder sb, Report report, long all) {
    int drawn = report.drawnGroups().size();
    int rest = report.groups().size() - drawn;
    if (rest <= 0) {
      return;
    }
    sb.append("<details class=\"undrawn\"><summary>")
        .append(Labels.grouped(rest))
        .append(rest == 1 ? " more group" : " more groups")
        .append(", not drawn (a grid is drawn for the first ")
        .append(Report.MAX_DRAWN_GROUPS)
        .append("; -f json and -f csv have every one)</summary>\n<table class=\"undrawn\">\n")
        .append("<tr><th>Group</th><th>Events</th><th>Share</th></tr>\n");
    for (int k = drawn; k < report.groups().size(); k++) {
      Tally.Group g = report.groups().get(k);
      sb.append("<tr><td>")
          .append(Html.escape(g.name()))
          .append("</td><td data-group-total=\"")
          .append(g.grid().total())
          .append("\">")
          .append(Labels.grouped(g.grid().total()))
          .append("</td><td>")
          .append(Labels.percent(g.grid().total(), all))
          .append("</td></tr>\n");
    }
    sb.append("</table></details>\n");
  }

  /** Grids in the data block: the overall one, the inferred one when drawn, then the groups. */
  private static int firstGroupGrid(Report report) {
    return hasInferredGrid(report) ? 2 : 1;
  }

  private static boolean hasInferredGrid(Report report) {
    return report.showsInferredGrid();
  }

  private String data(Report report, CellValues overall, ZoneId zone) {
    StringBuilder sb = new StringBuilder(65_536);
    sb.append("<script type=\"application/json\" id=\"heatmap-data\">{\"days\":[");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      sb.append(r == 0 ? "" : ",").append(Html.jsString(Labels.day(report.dayAtRow(r))));
    }
    sb.append("],\"daysShort\":[");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      sb.append(r == 0 ? "" : ",").append(Html.jsString(Labels.ABBREV[report.dayAtRow(r)]));
    }
    sb.append("],\"hours\":[");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      sb.append(h == 0 ? "" : ",").append(Html.jsString(Labels.hourShort(h, report.hour12())));
    }
    sb.append("],\"unit\":")
        .append(
            Html.jsString(
                scale == Scale.LINEAR
                    ? normalize.unit()
                    : "shade (" + scale.id() + " scale of " + normalize.unit() + ")"))
        .append(",\"colorscale\":")
        .append(ColorScale.plotlyJson())
        .append(",\"grids\":[");
    grid(sb, report, overall, report.timezone(), " of all");
    if (hasInferredGrid(report)) {
      String best = report.inference().best();
      sb.append(',');
      grid(
          sb,
          report,
          CellValues.of(report.inferredGrid(), normalize, Labels.offsetZoneId(best), scale),
          Labels.offsetZone(best),
          " of all");
    }
    for (Tally.Group g : report.drawnGroups()) {
      sb.append(',');
      grid(
          sb,
          report,
          CellValues.of(g.grid(), normalize, zone, scale),
          report.timezone(),
          " of the group");
    }
    return sb.append("]}</script>").toString();
  }

  private void grid(
      StringBuilder sb, Report report, CellValues values, String zoneLabel, String of) {
    boolean linear = values.shading() == Scale.LINEAR;
    long total = 0;
    for (int i = 0; i < WeekHourGrid.CELLS; i++) {
      total += values.count(i);
    }
    sb.append("{\"xtitle\":")
        .append(Html.jsString(Html.escape("Hour of the day (" + zoneLabel + ")")))
        .append(",\"zmax\":")
        .append(linear ? values.exactMax() : "1")
        .append(",\"z\":[");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      sb.append(r == 0 ? "[" : ",[");
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        int cell = WeekHourGrid.cell(d, h);
        // Under a log or quantile scale Plotly is given the shades, which it colours linearly;
        // the hover text keeps the values.
        sb.append(h == 0 ? "" : ",")
            .append(
                linear
                    ? values.exact(cell)
                    : new java.math.BigDecimal(values.fraction(cell))
                        .setScale(4, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString());
      }
      sb.append(']');
    }
    sb.append("],\"text\":[");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      sb.append(r == 0 ? "[" : ",[");
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        int cell = WeekHourGrid.cell(d, h);
        sb.append(h == 0 ? "" : ",")
            .append(Html.jsString(hover(values, cell, d, h, report.hour12(), total, true, of)));
      }
      sb.append(']');
    }
    sb.append("]}");
  }
}
