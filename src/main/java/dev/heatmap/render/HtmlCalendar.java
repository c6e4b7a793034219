package dev.heatmap.render;

import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.HolidayCandidate;
import dev.heatmap.grid.calendar.QuietStretch;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The HTML report's {@code {{calendar}}}: a {@code <section class="calendar">} with, per drawn
 * year, a GitHub-style graph as a table (7 weekday rows × one column per week; each day a {@code
 * <td data-day-count="N">} shaded by the 99th-percentile day, its {@code title} the date, weekday
 * and count, quiet-stretch days outlined), the quiet stretches, the holiday ranking, and a row of
 * weekly shades per group. The tables need no script, so they show with {@code --no-plotly} and in
 * print; with Plotly, {@link #SCRIPT} also draws each year as an interactive heatmap (hover: the
 * date, weekday and count) and the events per day as bars over the whole range, from a {@code
 * <script type="application/json" id="calendar-data">} block, and the built-in style sheet folds
 * the year tables away on screen.
 */
final class HtmlCalendar {
  private HtmlCalendar() {}

  /**
   * Draws every {@code data-calendar-year="N"} element as year N of the calendar data and the
   * {@code data-calendar-daily} element as bars of the events per day. Fixed text: its hash is in
   * the report's Content-Security-Policy when the report has a calendar.
   */
  static final String SCRIPT =
      "(function(){var el=document.getElementById('calendar-data');"
          + "if(!el||typeof Plotly==='undefined'){return;}"
          + "var d=JSON.parse(el.textContent);"
          + "document.documentElement.classList.add('js-calendar');"
          + "var font={family:'system-ui,-apple-system,Segoe UI,sans-serif',size:10};"
          + "var nodes=document.querySelectorAll('[data-calendar-year]');"
          + "for(var i=0;i<nodes.length;i++){var n=nodes[i];"
          + "var y=d.years[Number(n.getAttribute('data-calendar-year'))];if(!y){continue;}"
          + "Plotly.newPlot(n,[{type:'heatmap',x:y.x,y:d.days,z:y.z,text:y.text,"
          + "hovertemplate:'%{text}<extra></extra>',colorscale:d.colorscale,zmin:0,"
          + "zmax:d.zmax>0?d.zmax:1,xgap:2,ygap:2,showscale:false,hoverongaps:false}],"
          + "{title:{text:String(y.year),x:0,font:{size:12}},"
          + "xaxis:{type:'category',tickangle:0,fixedrange:true,showgrid:false},"
          + "yaxis:{type:'category',autorange:'reversed',fixedrange:true,showgrid:false},"
          + "margin:{l:40,r:10,t:28,b:24},height:170,font:font,"
          + "paper_bgcolor:'rgba(0,0,0,0)',plot_bgcolor:'rgba(0,0,0,0)'},"
          + "{responsive:true,displaylogo:false,displayModeBar:false});}"
          + "var b=document.querySelector('[data-calendar-daily]');"
          + "if(b){Plotly.newPlot(b,[{type:'bar',x:d.daily.x,y:d.daily.y,"
          + "marker:{color:'#fd8d3c'},hovertemplate:'%{x}: %{y} events<extra></extra>'}],"
          + "{xaxis:{type:'date'},yaxis:{title:{text:'events per day'},rangemode:'tozero'},"
          + "margin:{l:56,r:10,t:10,b:36},height:220,bargap:0,font:font,"
          + "paper_bgcolor:'rgba(0,0,0,0)',plot_bgcolor:'rgba(0,0,0,0)'},"
          + "{responsive:true,displaylogo:false,"
          + "modeBarButtonsToRemove:['select2d','lasso2d','autoScale2d']});}"
          + "})();";

  /**
   * The SHA-256 of {@link #SCRIPT} as the Content-Security-Policy writes it, a constant for the
   * reason {@link HtmlRenderer#PLOT_SCRIPT_SHA256} is; HtmlCalendarTest checks it.
   */
  static final String SCRIPT_SHA256 = "sha256-lcaLTLf2uqTss8uH6JXSYHy6L2u3S5+mXDzvWfazdjE=";

  /** The calendar's script element, or "" when the report has no calendar. */
  static String script(Report report) {
    return report.calendar() == null ? "" : "\n<script>" + SCRIPT + "</script>";
  }

  /** Allows {@link #SCRIPT} in {@code csp} when the report has a calendar. */
  static void allow(ContentSecurityPolicy csp, Report report) {
    if (report.calendar() != null) {
      csp.allowScriptHash(SCRIPT_SHA256);
    }
  }

  /**
   * The data {@link #SCRIPT} draws: the weekday names, the colour scale and its top, per drawn year
   * the week labels, the 7 × weeks counts (null outside the range) and hover texts, and the events
   * per day.
   */
  static String data(Report report) {
    CalendarView c = report.calendar();
    StringBuilder sb = new StringBuilder(96 * c.days() + 1024);
    sb.append("<script type=\"application/json\" id=\"calendar-data\">{\"days\":[");
    for (int r = 0; r < 7; r++) {
      sb.append(r == 0 ? "" : ",").append(Html.jsString(Labels.ABBREV[report.dayAtRow(r)]));
    }
    long scale = CalendarLabels.scale(c.counts());
    sb.append("],\"zmax\":")
        .append(scale)
        .append(",\"colorscale\":")
        .append(ColorScale.plotlyJson());
    sb.append(",\"years\":[");
    boolean firstYear = true;
    for (int year = c.start().getYear(); year <= c.end().getYear(); year++) {
      if (!CalendarLabels.drawn(c, year)) {
        continue;
      }
      sb.append(firstYear ? "" : ",");
      firstYear = false;
      LocalDate first = CalendarLabels.weekOf(LocalDate.of(year, 1, 1), report.weekStart());
      int weeks = (int) ((LocalDate.of(year, 12, 31).toEpochDay() - first.toEpochDay()) / 7 + 1);
      sb.append("{\"year\":").append(year).append(",\"x\":[");
      for (int w = 0; w < weeks; w++) {
        sb.append(w == 0 ? "" : ",")
            .append(Html.jsString(first.plusDays(7L * w).toString().substring(5)));
      }
      sb.append("],\"z\":[");
      StringBuilder text = new StringBuilder(40 * 7 * weeks);
      for (int r = 0; r < 7; r++) {
        sb.append(r == 0 ? "[" : ",[");
        text.append(r == 0 ? "[" : ",[");
        for (int w = 0; w < weeks; w++) {
          LocalDate d = first.plusDays(7L * w + r);
          String sep = w == 0 ? "" : ",";
          if (d.getYear() != year || d.isBefore(c.start()) || d.isAfter(c.end())) {
            sb.append(sep).append("null");
            text.append(sep).append("\"\"");
            continue;
          }
          long n = c.counts()[(int) (d.toEpochDay() - c.start().toEpochDay())];
          sb.append(sep).append(Math.min(n, scale));
          text.append(sep)
              .append(
                  Html.jsString(
                      d
                          + " "
                          + Labels.day(d.getDayOfWeek().getValue() - 1)
                          + ": "
                          + Labels.events(n)));
        }
        sb.append(']');
        text.append(']');
      }
      sb.append("],\"text\":[").append(text).append("]}");
    }
    sb.append("],\"daily\":{\"x\":[");
    for (int i = 0; i < c.days(); i++) {
      sb.append(i == 0 ? "" : ",").append('"').append(c.start().plusDays(i)).append('"');
    }
    sb.append("],\"y\":[");
    for (int i = 0; i < c.days(); i++) {
      sb.append(i == 0 ? "" : ",").append(c.counts()[i]);
    }
    return sb.append("]}}</script>\n").toString();
  }

  static String section(Report report) {
    return section(report, false);
  }

  /** The section; with {@code plots}, also the elements {@link #SCRIPT} draws and its data. */
  static String section(Report report, boolean plots) {
    CalendarView c = report.calendar();
    if (c == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(128 * c.days() + 4096);
    sb.append("<section class=\"calendar\">\n<h2>Calendar</h2>\n<p>")
        .append(Html.escape(CalendarLabels.heading(c)))
        .append(". Shades by the 99th-percentile day (")
        .append(Html.escape(Labels.events(CalendarLabels.scale(c.counts()))))
        .append("); days of quiet stretches are outlined.</p>\n");
    long scale = CalendarLabels.scale(c.counts());
    boolean[] quiet = new boolean[c.days()];
    for (QuietStretch s : c.stretches()) {
      for (long d = s.from().toEpochDay(); d <= s.to().toEpochDay(); d++) {
        quiet[(int) (d - c.start().toEpochDay())] = true;
      }
    }
    if (plots) {
      sb.append("<div class=\"plot calendar-daily\" data-calendar-daily role=\"img\"")
          .append(" aria-label=\"events per day over the whole range\"></div>\n");
    }
    int drawn = 0;
    for (int year = c.start().getYear(); year <= c.end().getYear(); year++) {
      if (plots && CalendarLabels.drawn(c, year)) {
        sb.append("<div class=\"plot calendar-plot\" data-calendar-year=\"")
            .append(drawn++)
            .append("\" role=\"img\" aria-label=\"events per day in ")
            .append(year)
            .append("\"></div>\n");
      }
      if (!CalendarLabels.drawn(c, year)) {
        sb.append("<p class=\"calendar-year-sparse\">")
            .append(year)
            .append(": ")
            .append(Labels.events(CalendarLabels.yearTotal(c, year)))
            .append(" (not drawn: under 1% of the busiest year)</p>\n");
        continue;
      }
      year(sb, report, c, year, scale, quiet);
    }
    stretches(sb, c);
    holidays(sb, c);
    groups(sb, report, c);
    if (plots) {
      sb.append(data(report));
    }
    return sb.append("</section>").toString();
  }

  private static void year(
      StringBuilder sb, Report report, CalendarView c, int year, long scale, boolean[] quiet) {
    LocalDate first = CalendarLabels.weekOf(LocalDate.of(year, 1, 1), report.weekStart());
    int weeks = (int) ((LocalDate.of(year, 12, 31).toEpochDay() - first.toEpochDay()) / 7 + 1);
    sb.append("<table class=\"calendar-year\" style=\"border-spacing:2px;font-size:10px\">")
        .append("<caption style=\"text-align:left;font-weight:bold\">")
        .append(year)
        .append("</caption>\n<tr><th></th>");
    int w = 0;
    while (w < weeks) {
      LocalDate weekStart = first.plusDays(7L * w);
      LocalDate monthFirst = weekStart.plusDays(6).withDayOfMonth(1);
      int span = 0;
      while (w + span < weeks
          && first.plusDays(7L * (w + span) + 6).withDayOfMonth(1).equals(monthFirst)) {
        span++;
      }
      sb.append("<th colspan=\"")
          .append(span)
          .append("\" style=\"text-align:left\">")
          .append(
              monthFirst.getYear() == year
                  ? monthFirst.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                  : "")
          .append("</th>");
      w += span;
    }
    sb.append("</tr>\n");
    for (int r = 0; r < 7; r++) {
      sb.append("<tr><th style=\"text-align:right\">")
          .append(Labels.ABBREV[report.dayAtRow(r)])
          .append("</th>");
      for (w = 0; w < weeks; w++) {
        LocalDate d = first.plusDays(7L * w + r);
        if (d.getYear() != year || d.isBefore(c.start()) || d.isAfter(c.end())) {
          sb.append("<td></td>");
          continue;
        }
        int i = (int) (d.toEpochDay() - c.start().toEpochDay());
        long n = c.counts()[i];
        sb.append("<td data-day-count=\"")
            .append(n)
            .append("\" title=\"")
            .append(d)
            .append(' ')
            .append(Labels.day(d.getDayOfWeek().getValue() - 1))
            .append(": ")
            .append(Labels.events(n))
            .append(quiet[i] ? " (quiet stretch)" : "")
            .append("\" style=\"width:10px;height:10px;background:")
            .append(ColorScale.hex(CalendarLabels.fraction(n, scale)))
            .append(quiet[i] ? ";outline:1px solid #0969da" : "")
            .append("\"></td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void stretches(StringBuilder sb, CalendarView c) {
    sb.append("<h3>Quiet stretches</h3>\n");
    if (c.stretches().isEmpty()) {
      sb.append("<p>None: no run of days far below the weekday pattern.</p>\n");
      return;
    }
    sb.append("<ul class=\"quiet-stretches\">\n");
    for (QuietStretch s : c.stretches()) {
      sb.append("<li>").append(Html.escape(CalendarLabels.stretch(s))).append("</li>\n");
    }
    sb.append("</ul>\n");
  }

  private static void holidays(StringBuilder sb, CalendarView c) {
    if (c.holidays() == null) {
      return;
    }
    sb.append("<h3>Holidays that match the quiet days</h3>\n");
    if (c.holidays().candidates().isEmpty()) {
      sb.append("<p>")
          .append(Html.escape(CalendarLabels.noCandidate(c.holidays())))
          .append("</p>\n");
      return;
    }
    sb.append("<ol class=\"holiday-candidates\">\n");
    for (HolidayCandidate h : c.holidays().candidates()) {
      sb.append("<li>").append(Html.escape(CalendarLabels.candidate(h))).append("</li>\n");
    }
    sb.append("</ol>\n");
    if (c.agreement() != null) {
      sb.append("<p>").append(Html.escape(c.agreement())).append(".</p>\n");
    }
  }

  private static void groups(StringBuilder sb, Report report, CalendarView c) {
    if (c.groups().isEmpty()) {
      return;
    }
    LocalDate first = CalendarLabels.weekOf(c.start(), report.weekStart());
    int weeks = (int) ((c.end().toEpochDay() - first.toEpochDay()) / 7 + 1);
    // Drawn for the first groups only, as their grids are (Report.MAX_DRAWN_GROUPS).
    long[][] perWeek = new long[Math.min(c.groups().size(), Report.MAX_DRAWN_GROUPS)][weeks];
    long max = 0;
    for (int g = 0; g < perWeek.length; g++) {
      long[] counts = c.groups().get(g).counts();
      for (int i = 0; i < counts.length; i++) {
        int w = (int) ((c.start().toEpochDay() + i - first.toEpochDay()) / 7);
        perWeek[g][w] += counts[i];
        max = Math.max(max, perWeek[g][w]);
      }
    }
    sb.append("<h3>Events per week by group</h3>\n")
        .append("<div style=\"overflow-x:auto\"><table class=\"calendar-groups\"")
        .append(" style=\"border-spacing:1px;font-size:10px\">\n");
    for (int g = 0; g < perWeek.length; g++) {
      String name = Html.escape(c.groups().get(g).name());
      sb.append("<tr><th style=\"text-align:left;white-space:nowrap\">")
          .append(name)
          .append("</th>");
      for (int w = 0; w < weeks; w++) {
        sb.append("<td data-group-week-count=\"")
            .append(perWeek[g][w])
            .append("\" title=\"")
            .append(name)
            .append(", week of ")
            .append(first.plusDays(7L * w))
            .append(": ")
            .append(Labels.events(perWeek[g][w]))
            .append("\" style=\"width:6px;height:10px;background:")
            .append(ColorScale.hex(max == 0 ? 0 : (double) perWeek[g][w] / max))
            .append("\"></td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table></div>\n");
  }
}
