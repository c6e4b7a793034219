package dev.heatmap.render;

import dev.heatmap.grid.WeekHourGrid;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The HTML report: an editable template filled with the title, a summary, the grid as a static
 * table (readable with JavaScript off, and in print) and an interactive Plotly heatmap.
 *
 * <p>The grid reaches the page's script as a {@code <script type="application/json">} block read by
 * a fixed inline script, so no data is ever parsed as code.
 */
final class HtmlRenderer implements Renderer {
  /** The pinned Plotly build and its Subresource Integrity hash. */
  static final String PLOTLY_URL = "https://cdn.plot.ly/plotly-2.35.2.min.js";

  static final String PLOTLY_SRI =
      "sha384-cCVCZkAjYNxaYKbM8lsArLznDF/SvMFr1jcZrvOpSTCa0W40ZAdLzHCEulnUa5i7";

  /** Draws the heatmap from the JSON data block; fixed text, so it can be pinned by hash. */
  static final String PLOT_SCRIPT =
      "(function(){var d=JSON.parse(document.getElementById('heatmap-data').textContent);"
          + "var hrs=[];for(var h=0;h<24;h++){hrs.push(h);}"
          + "var z=hrs.map(function(h){return d.days.map(function(_,i){return d.counts[i][h];});});"
          + "Plotly.newPlot('plot',[{type:'heatmap',x:d.days,y:hrs,z:z,colorscale:'YlOrRd',"
          + "reversescale:true,hovertemplate:'%{x} %{y}:00<br>%{z} events<extra></extra>'}],"
          + "{title:{text:d.title},xaxis:{title:{text:'Day of the week'}},"
          + "yaxis:{title:{text:'Hour of the day ('+d.timezone+')'},autorange:'reversed',dtick:1},"
          + "margin:{t:60}},{responsive:true,displaylogo:false});})();";

  private final Template template;

  HtmlRenderer(Template template) {
    this.template = Objects.requireNonNull(template);
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", Html.escape(report.title()));
    values.put("timezone", Html.escape(report.timezone()));
    values.put("summary", summary(report));
    values.put("table", table(report.grid(), report.timezone()));
    values.put("data", data(report));
    values.put(
        "scripts",
        "<script src=\""
            + PLOTLY_URL
            + "\" integrity=\""
            + PLOTLY_SRI
            + "\" crossorigin=\"anonymous\"></script>\n<script>"
            + PLOT_SCRIPT
            + "</script>");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    template.fill(values, w);
    w.flush();
  }

  private static String summary(Report report) {
    WeekHourGrid g = report.grid();
    StringBuilder sb = new StringBuilder("<ul class=\"summary\">\n");
    card(sb, "Timestamps", Long.toString(g.total()));
    card(sb, "Skipped", Long.toString(g.skipped()));
    card(sb, "First", orDash(Instants.iso(g.first())));
    card(sb, "Last", orDash(Instants.iso(g.last())));
    card(sb, "Time zone", report.timezone());
    return sb.append("</ul>").toString();
  }

  private static void card(StringBuilder sb, String label, String value) {
    sb.append("<li><span class=\"label\">")
        .append(Html.escape(label))
        .append("</span><span class=\"value\">")
        .append(Html.escape(value))
        .append("</span></li>\n");
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }

  /** The 7 × 24 table, each cell shaded relative to the busiest one. */
  static String table(WeekHourGrid grid, String timezone) {
    long max = grid.max();
    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<table class=\"grid\">\n<caption>Events by day and hour of the day (")
        .append(Html.escape(timezone))
        .append(")</caption>\n<thead><tr><th scope=\"col\">Day</th>");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      sb.append("<th scope=\"col\">").append(h).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (int d = 0; d < WeekHourGrid.DAYS; d++) {
      sb.append("<tr><th scope=\"row\">").append(Report.DAYS.get(d)).append("</th>");
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        long c = grid.count(d, h);
        sb.append("<td data-count=\"").append(c).append("\" style=\"background:");
        sb.append(shade(c, max)).append("\">").append(c).append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>").toString();
  }

  /** A colour from white (0) to deep red (the busiest cell). */
  static String shade(long count, long max) {
    double f = max == 0 ? 0 : (double) count / max;
    int g = (int) Math.round(255 - f * 200);
    int b = (int) Math.round(255 - f * 230);
    return String.format("#ff%02x%02x", g, b);
  }

  private static String data(Report report) {
    WeekHourGrid g = report.grid();
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<script type=\"application/json\" id=\"heatmap-data\">{\"title\":")
        .append(Html.jsString(report.title()))
        .append(",\"timezone\":")
        .append(Html.jsString(report.timezone()))
        .append(",\"days\":[");
    for (int d = 0; d < WeekHourGrid.DAYS; d++) {
      sb.append(d == 0 ? "" : ",").append('"').append(Report.DAYS.get(d)).append('"');
    }
    sb.append("],\"counts\":[");
    for (int d = 0; d < WeekHourGrid.DAYS; d++) {
      sb.append(d == 0 ? "[" : ",[");
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        sb.append(h == 0 ? "" : ",").append(g.count(d, h));
      }
      sb.append(']');
    }
    return sb.append("]}</script>").toString();
  }
}
