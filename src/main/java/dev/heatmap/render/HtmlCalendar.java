package dev.heatmap.render;

import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.HolidayCandidate;
import dev.heatmap.grid.calendar.QuietStretch;
import java.time.LocalDate;

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
    Days days = new Days(c);
    long start = c.start().toEpochDay();
    long end = c.end().toEpochDay();
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
      long from = Math.max(start, LocalDate.of(year, 1, 1).toEpochDay());
      long to = Math.min(end, LocalDate.of(year, 12, 31).toEpochDay());
      for (int r = 0; r < 7; r++) {
        sb.append(r == 0 ? "[" : ",[");
        text.append(r == 0 ? "[" : ",[");
        for (int w = 0; w < weeks; w++) {
          long e = first.toEpochDay() + 7L * w + r;
          String sep = w == 0 ? "" : ",";
          if (e < from || e > to) {
            sb.append(sep).append("null");
            text.append(sep).append("\"\"");
            continue;
          }
          int i = (int) (e - start);
          long n = c.counts()[i];
          sb.append(sep).append(Math.min(n, scale));
          // Dates, weekday names and counts need no JSON escaping.
          text.append(sep)
              .append('"')
              .append(days.iso[i])
              .append(' ')
              .append(Labels.day(Days.weekday(e)))
              .append(": ")
              .append(days.events(n))
              .append('"');
        }
        sb.append(']');
        text.append(']');
      }
      sb.append("],\"text\":[").append(text).append("]}");
    }
    sb.append("],\"daily\":{\"x\":[");
    for (int i = 0; i < c.days(); i++) {
      sb.append(i == 0 ? "" : ",").append('"').append(days.iso[i]).append('"');
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
    Days days = new Days(c);
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
      year(sb, report, c, days, year, scale, quiet);
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
      StringBuilder sb,
      Report report,
      CalendarView c,
      Days days,
      int year,
      long scale,
      boolean[] quiet) {
    LocalDate first = CalendarLabels.weekOf(LocalDate.of(year, 1, 1), report.weekStart());
    long start = c.start().toEpochDay();
    long from = Math.max(start, LocalDate.of(year, 1, 1).toEpochDay());
    long to = Math.min(c.end().toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay());
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
          .append(monthFirst.getYear() == year ? Labels.MONTHS[monthFirst.getMonthValue() - 1] : "")
          .append("</th>");
      w += span;
    }
    sb.append("</tr>\n");
    for (int r = 0; r < 7; r++) {
      sb.append("<tr><th style=\"text-align:right\">")
          .append(Labels.ABBREV[report.dayAtRow(r)])
          .append("</th>");
      for (w = 0; w < weeks; w++) {
        long e = first.toEpochDay() + 7L * w + r;
        if (e < from || e > to) {
          sb.append("<td></td>");
          continue;
        }
        int i = (int) (e - start);
        long n = c.counts()[i];
        sb.append("<td data-day-count=\"")
            .append(n)
            .append("\" title=\"")
            .append(days.iso[i])
            .append(' ')
            .append(Labels.day(Days.weekday(e)))
            .append(": ")
            .append(days.events(n))
            .append(quiet[i] ? " (quiet stretch)" : "")
            .append("\" style=\"width:10px;height:10px;background:")
            .append(days.shade(n, scale))
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

  /**
   * The most weeks the group rows show week by week; a longer range is shown month by month, so
   * that ten years of 21 groups stay a few hundred kilobytes (by week they were 1.4 MB).
   */
  static final int MAX_GROUP_WEEKS = 106;

  private static void groups(StringBuilder sb, Report report, CalendarView c) {
    if (!c.rowless().isEmpty()) {
      sb.append("<p class=\"calendar-rowless\">")
          .append(Html.escape(CalendarLabels.rowless(c)))
          .append("</p>\n");
    }
    if (c.groups().isEmpty()) {
      return;
    }
    LocalDate first = CalendarLabels.weekOf(c.start(), report.weekStart());
    int weeks = (int) ((c.end().toEpochDay() - first.toEpochDay()) / 7 + 1);
    boolean byMonth = weeks > MAX_GROUP_WEEKS;
    if (byMonth) {
      first = c.start().withDayOfMonth(1);
    }
    int columns =
        byMonth
            ? (c.end().getYear() - first.getYear()) * 12
                + c.end().getMonthValue()
                - first.getMonthValue()
                + 1
            : weeks;
    // Drawn for the first groups only, as their grids are (Report.MAX_DRAWN_GROUPS).
    long[][] per = new long[Math.min(c.groups().size(), Report.MAX_DRAWN_GROUPS)][columns];
    long max = 0;
    int y0 = first.getYear();
    int m0 = first.getMonthValue();
    for (int g = 0; g < per.length; g++) {
      long[] counts = c.groups().get(g).counts();
      LocalDate d = c.start();
      for (int i = 0; i < counts.length; i++) {
        int col =
            byMonth
                ? (d.getYear() - y0) * 12 + d.getMonthValue() - m0
                : (int) ((c.start().toEpochDay() + i - first.toEpochDay()) / 7);
        per[g][col] += counts[i];
        max = Math.max(max, per[g][col]);
        d = d.plusDays(1);
      }
    }
    sb.append(
            byMonth
                ? "<h3>Events per month by group</h3>\n"
                : "<h3>Events per week by group</h3>\n")
        .append("<div style=\"overflow-x:auto\"><table class=\"calendar-groups\"")
        .append(" style=\"border-spacing:1px;font-size:10px\">\n");
    for (int g = 0; g < per.length; g++) {
      String name = Html.escape(c.groups().get(g).name());
      sb.append("<tr><th style=\"text-align:left;white-space:nowrap\">")
          .append(name)
          .append("</th>");
      for (int w = 0; w < columns; w++) {
        sb.append(byMonth ? "<td data-group-month-count=\"" : "<td data-group-week-count=\"")
            .append(per[g][w])
            .append("\" title=\"")
            .append(name);
        if (byMonth) {
          LocalDate month = first.plusMonths(w);
          sb.append(", ")
              .append(Labels.MONTHS[month.getMonthValue() - 1])
              .append(' ')
              .append(month.getYear());
        } else {
          sb.append(", week of ").append(first.plusDays(7L * w));
        }
        sb.append(": ")
            .append(Labels.events(per[g][w]))
            .append("\" style=\"width:6px;height:10px;background:")
            .append(ColorScale.hex(max == 0 ? 0 : (double) per[g][w] / max))
            .append("\"></td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table></div>\n");
  }

  /**
   * What the cells of a long calendar repeat, worked out once per day or per count: 3,650 days of
   * {@code LocalDate} arithmetic, {@code toString} and colour interpolation, three times over, were
   * most of what a ten-year calendar added to a run.
   */
  static final class Days {
    /** Each day of the range as yyyy-mm-dd. */
    final String[] iso;

    private final String[] events = new String[256];
    private final String[] shades;

    Days(CalendarView c) {
      iso = new String[c.days()];
      int y = c.start().getYear();
      int m = c.start().getMonthValue();
      int d = c.start().getDayOfMonth();
      int length = c.start().lengthOfMonth();
      char[] buf = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
      for (int i = 0; i < iso.length; i++) {
        buf[0] = (char) ('0' + y / 1000);
        buf[1] = (char) ('0' + y / 100 % 10);
        buf[2] = (char) ('0' + y / 10 % 10);
        buf[3] = (char) ('0' + y % 10);
        buf[5] = (char) ('0' + m / 10);
        buf[6] = (char) ('0' + m % 10);
        buf[8] = (char) ('0' + d / 10);
        buf[9] = (char) ('0' + d % 10);
        iso[i] = new String(buf);
        if (++d > length) {
          d = 1;
          if (++m > 12) {
            m = 1;
            y++;
          }
          // By hand: YearMonth's first use builds every ISO formatter (milliseconds of a run).
          length =
              m == 2
                  ? ((y & 3) == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28)
                  : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
        }
      }
      long scale = CalendarLabels.scale(c.counts());
      shades = new String[scale <= 4096 ? (int) scale + 1 : 0];
    }

    /** The weekday of local day {@code epochDay}, Monday 0 (1970-01-01 was a Thursday). */
    static int weekday(long epochDay) {
      return (int) Math.floorMod(epochDay + 3, 7L);
    }

    /** {@link Labels#events}, kept for the small counts most days hold. */
    String events(long n) {
      if (n < 0 || n >= events.length) {
        return Labels.events(n);
      }
      String e = events[(int) n];
      if (e == null) {
        e = Labels.events(n);
        events[(int) n] = e;
      }
      return e;
    }

    /** The cell colour of a day of {@code n} events, kept per count up to the scale. */
    String shade(long n, long scale) {
      long k = Math.min(Math.max(n, 0), scale);
      if (k >= shades.length) {
        return ColorScale.hex(CalendarLabels.fraction(n, scale));
      }
      String s = shades[(int) k];
      if (s == null) {
        s = ColorScale.hex(CalendarLabels.fraction(k, scale));
        shades[(int) k] = s;
      }
      return s;
    }
  }
}
