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

/**
 * The report as GitHub-flavoured Markdown, for a CI job summary ({@code $GITHUB_STEP_SUMMARY}), a
 * ticket or a chat message: a heading, the summary in two sentences, a table of coloured squares
 * that reads at a glance, a legend, and the exact numbers folded away in {@code <details>}; then
 * the inferred zone and the groups when there are any.
 *
 * <p>Untrusted text (title, group names) is escaped with a backslash before every punctuation mark
 * that Markdown or GitHub gives a meaning, so no {@code |}, link, image, HTML or emphasis syntax
 * survives; line breaks become spaces.
 */
final class MarkdownRenderer implements Renderer {
  /** Empty, then the four steps up to the busiest cell. */
  static final String[] SQUARES = {"⬜", "🟨", "🟧", "🟥", "🟫"};

  private final Normalize normalize;

  MarkdownRenderer(Normalize normalize) {
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
    CellValues values = CellValues.of(report.grid(), normalize, zone);
    glance(sb, report, values);
    legend(sb, values);
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

  /** The table of squares. */
  private static void glance(StringBuilder sb, Report report, CellValues values) {
    sb.append("| |");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      sb.append(' ').append(Labels.hourShort(h, report.hour12())).append(" |");
    }
    sb.append("\n|:--|");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      sb.append(":-:|");
    }
    sb.append('\n');
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      sb.append("| **").append(Labels.ABBREV[d]).append("** |");
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        sb.append(' ').append(square(values, WeekHourGrid.cell(d, h))).append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
  }

  static String square(CellValues values, int cell) {
    return SQUARES[TextRenderer.step(values.fraction(cell))];
  }

  private void legend(StringBuilder sb, CellValues values) {
    sb.append(SQUARES[0]).append(" none");
    String[] upTo = {"", "25%", "50%", "75%", "100%"};
    for (int i = 1; i < SQUARES.length; i++) {
      sb.append(" · ").append(SQUARES[i]).append(" up to ").append(upTo[i]);
    }
    sb.append(" of the busiest hour");
    if (values.mode() != Normalize.MAX) {
      sb.append(" (")
          .append(Labels.quantity(values.shown(values.max()), values.mode()))
          .append(')');
    }
    sb.append("\n\n");
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
      sb.append(escape(crew)).append("\n\n");
    }
    report
        .groupInference()
        .forEach(
            (name, guess) ->
                sb.append("- ")
                    .append(escape(name))
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
          CellValues.of(report.inferredGrid(), normalize, Labels.offsetZoneId(guess.best()));
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
      glance(sb, report, CellValues.of(g.grid(), normalize, zone));
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The characters that can start Markdown or GitHub syntax anywhere in a line: emphasis, code,
   * links, images, autolinks ({@code :} of a scheme, {@code @} of an e-mail, {@code .} of {@code
   * www.}), HTML and entities, tables, headings and list markers, strikethrough, math.
   */
  private static final String MARKUP = "\\`*_{}[]()<>#+-.!|~&:@$";

  /**
   * Escapes untrusted text for Markdown: a backslash before every character of {@link #MARKUP}
   * (CommonMark lets any ASCII punctuation be escaped so), line breaks, other control characters
   * and bidi controls as spaces.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
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
      } else if (MARKUP.indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
