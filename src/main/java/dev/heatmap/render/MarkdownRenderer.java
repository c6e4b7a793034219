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
 * The report as GitHub-flavoured Markdown, for a CI job summary ({@code $GITHUB_STEP_SUMMARY}), a
 * ticket or a chat message: a heading, the summary in two sentences, a table of coloured squares
 * that reads at a glance, a legend, and the exact numbers folded away in {@code <details>}; then
 * the inferred zone and the groups when there are any.
 *
 * <p>Untrusted text (title, group names) is escaped with a backslash where Markdown or GitHub would
 * read it as syntax where it lands ({@link #escape}), so no table, link, image, HTML or emphasis
 * syntax survives, and nowhere else; line breaks become spaces.
 */
final class MarkdownRenderer implements Renderer {
  /**
   * Empty, then the four steps up to the busiest cell: a dot that neither glares in dark mode nor
   * vanishes in light mode, then cold to hot, blue, yellow, orange, red, an order no one reads
   * backwards.
   */
  static final String[] SQUARES = {"·", "🟦", "🟨", "🟧", "🟥"};

  private final Normalize normalize;
  private final Scale scale;

  MarkdownRenderer(Normalize normalize, Scale scale) {
    this.scale = Objects.requireNonNull(scale);
    this.normalize = normalize;
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(16_384);
    ZoneId zone = Labels.zone(report.timezone());
    Summary s = Summary.of(report.grid());
    boolean h12 = report.hour12();
    sb.append("### ").append(escape(report.title())).append("\n\n");
    sb.append("**")
        .append(Labels.grouped(s.total()))
        .append("** timestamps in **")
        .append(escape(report.timezone()))
        .append("**");
    if (report.inputTimezone() != null) {
      sb.append(" (values without an offset read as **")
          .append(escape(report.inputTimezone()))
          .append("**)");
    }
    String written = report.writtenOffsetsText(TextRenderer.WRITTEN_SHOWN);
    if (written != null) {
      // Made by the tool from digits and signs: nothing to escape.
      sb.append(" (offsets as written: ").append(written).append(')');
    }
    if (s.first() != WeekHourGrid.NONE) {
      sb.append(", ")
          .append(Labels.instant(s.first()))
          .append(" to ")
          .append(Labels.instant(s.last()));
    }
    sb.append(" (").append(Labels.grouped(s.skipped())).append(" skipped");
    if (s.filtered() > 0) {
      sb.append(", ").append(Labels.grouped(s.filtered())).append(" outside the time range");
    }
    sb.append(").");
    if (!s.empty()) {
      sb.append(" Peak: **")
          .append(Labels.cell(s.peakDay(), s.peakHour(), h12))
          .append("** (")
          .append(Labels.events(s.peakCount()))
          .append("). Busiest weekday: **")
          .append(Labels.day(s.busiestDay()))
          .append("** (")
          .append(Labels.percent(s.busiestDayCount(), s.total()))
          .append("). Weekdays ")
          .append(Labels.percent(s.weekdays(), s.total()))
          .append(", weekend ")
          .append(Labels.percent(s.weekend(), s.total()))
          .append(". Night (")
          .append(Labels.night(h12))
          .append("): ")
          .append(Labels.percent(s.night(), s.total()))
          .append('.');
    }
    sb.append("\n\n");
    for (String c : report.cautions()) {
      sb.append("> **Caution:** ").append(escape(c)).append("\n>\n");
    }
    if (!report.cautions().isEmpty()) {
      sb.setLength(sb.length() - 2); // no empty quote line after the last
      sb.append('\n');
    }
    CellValues values = CellValues.of(report.grid(), normalize, zone, scale);
    glance(sb, report, values);
    details(sb, report, values);
    if (report.inference() != null) {
      inference(sb, report);
    }
    groupInference(sb, report);
    if (!report.groups().isEmpty()) {
      groups(sb, report, zone);
    }
    if (report.calendar() != null) {
      MarkdownCalendar.append(sb, report);
    }
    w.write(sb.toString());
    w.flush();
  }

  /** Hours per column of the table of squares: 8 columns fit GitHub's page; 24 did not. */
  static final int BLOCK = 3;

  /**
   * The table of squares: a row per day, a column per three hours, each square the shade of the
   * three hours' sum under the report's {@link Scale}. The exact hours follow in {@link #details}.
   */
  private void glance(StringBuilder sb, Report report, CellValues values) {
    double[] sums = blockSums(report, values);
    double[] shades = values.shading().shades(sums);
    sb.append("| |");
    for (int b = 0; b < WeekHourGrid.HOURS / BLOCK; b++) {
      sb.append(' ').append(blockLabel(b, report.hour12())).append(" |");
    }
    sb.append("\n|:--|");
    for (int b = 0; b < WeekHourGrid.HOURS / BLOCK; b++) {
      sb.append(":-:|");
    }
    sb.append('\n');
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      sb.append("| **").append(Labels.ABBREV[report.dayAtRow(r)]).append("** |");
      for (int b = 0; b < WeekHourGrid.HOURS / BLOCK; b++) {
        sb.append(' ')
            .append(SQUARES[TextRenderer.step(shades[r * (WeekHourGrid.HOURS / BLOCK) + b])])
            .append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
    legend(sb, values, sums, shades);
  }

  /** Each day row's three-hour sums of the values, row by row as the table shows them. */
  private static double[] blockSums(Report report, CellValues values) {
    int blocks = WeekHourGrid.HOURS / BLOCK;
    double[] sums = new double[WeekHourGrid.DAYS * blocks];
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        sums[r * blocks + h / BLOCK] += values.value(WeekHourGrid.cell(d, h));
      }
    }
    return sums;
  }

  /** {@code 00–02}, or {@code 12a–2a} with 12-hour labels. */
  static String blockLabel(int block, boolean hour12) {
    return Labels.hourShort(block * BLOCK, hour12)
        + "–"
        + Labels.hourShort(block * BLOCK + BLOCK - 1, hour12);
  }

  /**
   * What each square means: the largest three-hour value drawn in it, so the legend is right under
   * any scale; e.g. {@code · none, 🟦 up to 3, 🟨 up to 12, 🟧 up to 40, 🟥 up to 97 events per
   * three hours}.
   */
  private static void legend(StringBuilder sb, CellValues values, double[] sums, double[] shades) {
    double[] upTo = new double[SQUARES.length];
    boolean[] used = new boolean[SQUARES.length];
    for (int i = 0; i < sums.length; i++) {
      int step = TextRenderer.step(shades[i]);
      if (step > 0) {
        upTo[step] = Math.max(upTo[step], sums[i]);
        used[step] = true;
      }
    }
    sb.append(SQUARES[0]).append(" none");
    for (int i = 1; i < SQUARES.length; i++) {
      if (used[i]) {
        sb.append(", ").append(SQUARES[i]).append(" up to ").append(values.shown(upTo[i]));
      }
    }
    sb.append(' ').append(values.mode().unit()).append(" per three hours");
    if (values.shading() != Scale.LINEAR) {
      sb.append(" (").append(values.shading().id()).append(" scale)");
    }
    sb.append(".\n\n");
  }

  /** The exact numbers, folded away. */
  private void details(StringBuilder sb, Report report, CellValues values) {
    sb.append("<details><summary>")
        .append(Html.escape(capitalised(normalize.unit())))
        .append(" by day and hour</summary>\n\n| Day |");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      sb.append(' ').append(Labels.hourShort(h, report.hour12())).append(" |");
    }
    sb.append("\n| --- |");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      sb.append(" --: |");
    }
    sb.append('\n');
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      sb.append("| ").append(Labels.ABBREV[d]).append(" |");
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        sb.append(' ').append(values.shown(WeekHourGrid.cell(d, h))).append(" |");
      }
      sb.append('\n');
    }
    sb.append("\n</details>\n\n");
  }

  /** Each group's time-zone answer and the crew's summary line, with --infer-tz --group-by. */
  private void groupInference(StringBuilder sb, Report report) {
    if (report.groupInference().isEmpty()) {
      return;
    }
    String crew = InferenceWords.crew(report);
    sb.append("#### Time zone per group\n\n");
    if (crew != null) {
      sb.append(escapeLine(crew)).append("\n\n");
    }
    report
        .groupInference()
        .forEach(
            (name, guess) ->
                sb.append("- ")
                    .append(escapeLine(name))
                    .append(": ")
                    .append(escape(InferenceWords.group(guess)))
                    .append('\n'));
    sb.append('\n');
  }

  /** The answer's confidence, working window and warning, right under the best fit. */
  private void explanation(StringBuilder sb, ZoneGuess guess) {
    String answer = InferenceWords.answer(guess);
    if (answer != null) {
      sb.append("Confidence: ").append(escape(answer)).append("\n\n");
    }
    if (guess.warning() != null) {
      sb.append("> ⚠️ ").append(escape(guess.warning())).append("\n\n");
    }
    String second = InferenceWords.secondOpinion(guess);
    if (second != null) {
      sb.append("Second opinion: ").append(escape(second)).append("\n\n");
    }
  }

  private void inference(StringBuilder sb, Report report) {
    ZoneGuess guess = report.inference();
    sb.append("#### Time zone inference\n\n");
    if (guess.best() != null) {
      sb.append("Best fit: **").append(escape(Labels.offsetZone(guess.best()))).append("**");
      if (!guess.candidates().isEmpty()) {
        ZoneGuess.Candidate top = guess.candidates().get(0);
        if (!top.zones().isEmpty()) {
          sb.append(" (").append(escape(Labels.zoneList(top.zones(), 6))).append(')');
        }
      }
      sb.append(".\n\n");
    } else {
      sb.append("No offset fits the activity.\n\n");
    }
    explanation(sb, guess);
    if (guess.dst() != null) {
      sb.append("Daylight saving: ").append(escape(guess.dst())).append("\n\n");
    }
    if (!guess.candidates().isEmpty()) {
      sb.append("| # | Offset | Score | Zones | Fit the DST evidence |\n");
      sb.append("| --: | --- | --: | --- | --- |\n");
      int rank = 1;
      for (ZoneGuess.Candidate c : guess.candidates()) {
        sb.append("| ")
            .append(rank++)
            .append(" | ")
            .append(escape(c.offset()))
            .append(" | ")
            .append(Labels.score(c.score()))
            .append(" | ")
            .append(escape(Labels.zoneList(c.zones(), 8)))
            .append(" | ")
            .append(escape(Labels.zoneList(c.dstFit(), 8)))
            .append(" |\n");
      }
      sb.append('\n');
    }
    if (report.showsInferredGrid()) {
      sb.append("Activity redrawn in ")
          .append(escape(Labels.offsetZone(guess.best())))
          .append(":\n\n");
      CellValues v =
          CellValues.of(report.inferredGrid(), normalize, Labels.offsetZoneId(guess.best()), scale);
      glance(sb, report, v);
    }
  }

  private void groups(StringBuilder sb, Report report, ZoneId zone) {
    long all = report.grid().total();
    boolean h12 = report.hour12();
    sb.append("#### Groups\n\n| Group | Events | Share | Peak |\n| --- | --: | --: | --- |\n");
    for (Tally.Group g : report.groups()) {
      Summary s = Summary.of(g.grid());
      sb.append("| ")
          .append(escape(g.name()))
          .append(" | ")
          .append(Labels.grouped(s.total()))
          .append(" | ")
          .append(Labels.percent(s.total(), all))
          .append(" | ")
          .append(s.empty() ? "—" : Labels.cell(s.peakDay(), s.peakHour(), h12))
          .append(" |\n");
    }
    sb.append('\n');
    for (Tally.Group g : report.groups()) {
      sb.append("##### ")
          .append(escape(g.name()))
          .append(" (")
          .append(Labels.grouped(g.grid().total()))
          .append(")\n\n");
      glance(sb, report, CellValues.of(g.grid(), normalize, zone, scale));
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The characters that start Markdown or GitHub syntax wherever they are in a line: emphasis,
   * code, links and images, HTML, tables, strikethrough, math. The rest of ASCII punctuation means
   * something only in a position {@link #escape} looks at: {@code &} before a name or {@code #} (an
   * entity), {@code :} of {@code ://} and {@code .} of {@code www.} (autolinks), {@code @} inside
   * an e-mail address, {@code #} closing a heading, and list, heading and quote markers at the
   * start of a line ({@link #escapeLine}).
   */
  private static final String MARKUP = "\\`*_[]<|~$";

  /**
   * Escapes untrusted text that lands inside a line (after a heading or list marker, in a table
   * cell, mid-sentence) with a backslash before what Markdown would read there, and nothing else:
   * {@code UTC+01:00} and {@code @kirill:matrix.example} stay as they are. Line breaks, other
   * control characters and bidi controls become spaces.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20
          || c == 0x7f
          || c == '\u2028'
          || c == '\u2029'
          || (c >= 0x80 && c <= 0x9f)
          || c == '\u061c'
          || c == '\u200e'
          || c == '\u200f'
          || (c >= '\u202a' && c <= '\u202e')
          || (c >= '\u2066' && c <= '\u2069')) {
        sb.append(' '); // bidi controls too: a name must not reorder the table around it
        continue;
      }
      boolean markup =
          MARKUP.indexOf(c) >= 0
              || (c == '&'
                  && i + 1 < n
                  && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '#'))
              || (c == ':' && s.startsWith("//", i + 1))
              || (c == ':'
                  && (endsWithIgnoreCase(s, i, "mailto") || endsWithIgnoreCase(s, i, "xmpp")))
              || (c == '.'
                  && endsWithIgnoreCase(s, i, "www")
                  && (i == 3 || !Character.isLetterOrDigit(s.charAt(i - 4))))
              || (c == '@'
                  && i > 0
                  && emailChar(s.charAt(i - 1))
                  && i + 1 < n
                  && Character.isLetterOrDigit(s.charAt(i + 1)))
              || (c == '#' && i == n - 1);
      if (markup) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * {@link #escape} for text that starts a line or a list item, where a leading {@code #}, {@code
   * >}, {@code -}, {@code +}, {@code =} or {@code 1.} would make it a heading, quote or list.
   */
  static String escapeLine(String s) {
    String e = escape(s);
    if (e.isEmpty()) {
      return e;
    }
    char c = e.charAt(0);
    if ("#>-+=".indexOf(c) >= 0) {
      return "\\" + e;
    }
    int digits = 0;
    while (digits < e.length() && Character.isDigit(e.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < e.length() && (e.charAt(digits) == '.' || e.charAt(digits) == ')')) {
      return e.substring(0, digits) + "\\" + e.substring(digits);
    }
    return e;
  }

  /** Whether {@code s} has {@code word} (any case) right before index {@code end}. */
  private static boolean endsWithIgnoreCase(String s, int end, String word) {
    int start = end - word.length();
    return start >= 0 && s.regionMatches(true, start, word, 0, word.length());
  }

  private static boolean emailChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '-';
  }
}
