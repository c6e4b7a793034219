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
 * The terminal heatmap: 7 day rows × 24 hour columns, 76 columns wide, then a legend and a summary,
 * the groups' totals and the zone ranking when there are any; no line is wider than 80 columns.
 *
 * <p>Each cell is two shade characters (blank, ░ ▒ ▓ █ by quarters of its shade under the {@link
 * Scale}); with colour ({@link ColorDepth}, chosen by the command line) the same characters are
 * drawn in a ramp for the terminal's {@link Background}, so that the busiest cells stand out on a
 * dark screen and the intensity survives a copy without the colour. Untrusted text is cleaned of
 * control characters and escape sequences.
 */
final class TextRenderer implements Renderer {
  /** How many written offsets the summary lists. */
  static final int WRITTEN_SHOWN = 6;

  static final int WIDTH = 80;
  private static final char[] SHADES = {' ', '░', '▒', '▓', '█'};
  private static final String ESC = "\u001b[";
  private static final String RESET = ESC + "0m";

  private final Normalize normalize;
  private final Scale scale;
  private final ColorDepth color;
  private final Background background;

  TextRenderer(Normalize normalize, ColorDepth color, Scale scale, Background background) {
    this.background = Objects.requireNonNull(background);
    this.scale = Objects.requireNonNull(scale);
    this.normalize = normalize;
    this.color = color;
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    StringBuilder sb = new StringBuilder(8192);
    boolean h12 = report.hour12();
    ZoneId zone = Labels.zone(report.timezone());
    Summary s = Summary.of(report.grid());
    String title = fit(Terminal.clean(report.title()), WIDTH);
    if (color == ColorDepth.NONE) {
      sb.append(title);
    } else {
      sb.append(ESC).append("1m").append(title).append(RESET);
    }
    sb.append('\n');
    sb.append(fit("Hour of the day (" + Terminal.clean(report.timezone()) + ")", WIDTH))
        .append('\n');
    CellValues values = CellValues.of(report.grid(), normalize, zone, scale);
    grid(sb, report, values);
    legend(sb, values);
    sb.append('\n');
    summary(sb, s, h12);
    if (report.inputTimezone() != null) {
      sb.append("Values without an offset read as ").append(report.inputTimezone()).append('\n');
    }
    String written = report.writtenOffsetsText(WRITTEN_SHOWN);
    if (written != null) {
      wrap(sb, "Offsets as written: " + written, "  ");
    }
    for (String c : report.cautions()) {
      String indent = "";
      for (String line : Labels.wrap("Caution: " + Terminal.clean(c), WIDTH - 2, 8)) {
        sb.append(indent).append(line).append('\n');
        indent = "  ";
      }
    }
    if (!report.groups().isEmpty()) {
      groups(sb, report);
    }
    if (report.inference() != null) {
      inference(sb, report.inference());
    }
    groupInference(sb, report);
    if (report.calendar() != null) {
      TextCalendar.append(sb, report);
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(withoutTrailingSpaces(sb));
    w.flush();
  }

  /**
   * The text with no line ending in spaces: an empty cell at the end of a row would otherwise pad
   * it, which shows up in a copied report and in diffs.
   */
  static String withoutTrailingSpaces(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        spaces++;
        continue;
      }
      if (c != '\n') {
        out.append(" ".repeat(spaces));
      }
      spaces = 0;
      out.append(c);
    }
    return out.append(" ".repeat(spaces)).toString();
  }

  private void grid(StringBuilder sb, Report report, CellValues values) {
    sb.append("    ");
    for (int h = 0; h < WeekHourGrid.HOURS; h++) {
      if (report.hour12()) {
        int c = h % 12 == 0 ? 12 : h % 12;
        sb.append(c < 10 ? "  " : " ").append(c);
      } else {
        sb.append(' ').append(Labels.hourShort(h, false));
      }
    }
    sb.append('\n');
    if (report.hour12()) {
      sb.append("     am");
      sb.append(" ".repeat(3 * 12 - 2)).append("pm\n");
    }
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      sb.append(Labels.ABBREV[d]).append(' ');
      int current = -1;
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        double f = values.fraction(WeekHourGrid.cell(d, h));
        char c = SHADES[step(f)];
        if (step(f) == 0 && current != -1) {
          // Reset before the blanks, so that a row's trailing blanks can be cut at its end.
          sb.append(RESET);
          current = -1;
        }
        sb.append(' ');
        if (color != ColorDepth.NONE && step(f) > 0) {
          int rgb = ColorScale.terminalRgb(f, background);
          if (rgb != current) {
            foreground(sb, rgb);
            current = rgb;
          }
        }
        sb.append(c).append(c);
      }
      if (current != -1) {
        sb.append(RESET);
      }
      sb.append('\n');
    }
  }

  private void foreground(StringBuilder sb, int rgb) {
    if (color == ColorDepth.TRUECOLOR) {
      sb.append(ESC)
          .append("38;2;")
          .append(rgb >> 16)
          .append(';')
          .append(rgb >> 8 & 0xff)
          .append(';')
          .append(rgb & 0xff)
          .append('m');
    } else {
      sb.append(ESC).append("38;5;").append(ColorScale.xterm256(rgb)).append('m');
    }
  }

  private void legend(StringBuilder sb, CellValues values) {
    if (values.shading() != Scale.LINEAR) {
      scaledLegend(sb, values);
      return;
    }
    sb.append("    ");
    String[] upTo = {"", "≤25%", "≤50%", "≤75%", "≤100%"};
    for (int i = 1; i <= 4; i++) {
      sb.append(' ');
      if (color == ColorDepth.NONE) {
        sb.append(SHADES[i]).append(SHADES[i]);
      } else {
        foreground(sb, ColorScale.terminalRgb(i / 4.0, background));
        sb.append(SHADES[i]).append(SHADES[i]).append(RESET);
      }
      sb.append(' ').append(upTo[i]);
    }
    String tail =
        values.mode() == Normalize.MAX
            ? " of the busiest hour"
            : " of the busiest hour ("
                + Labels.quantity(values.shown(values.max()), values.mode())
                + ")";
    // Visible width so far: the indent and four swatches with their labels.
    int used = 4 + 4 * 4 + "≤25%≤50%≤75%≤100%".length();
    if (used + width(tail) > WIDTH) {
      tail = fit(" (max " + values.shown(values.max()) + ")", WIDTH - used);
    }
    sb.append(tail).append('\n');
  }

  /**
   * The legend of a log or quantile scale, whose steps are no quarters of the busiest cell: each
   * shade with the largest value drawn in it, e.g. {@code ░░ ≤3 ▒▒ ≤12 ▓▓ ≤60 ██ ≤400 (log)}.
   */
  private void scaledLegend(StringBuilder sb, CellValues values) {
    double[] upTo = new double[SHADES.length];
    boolean[] used = new boolean[SHADES.length];
    for (int cell = 0; cell < WeekHourGrid.CELLS; cell++) {
      int step = step(values.fraction(cell));
      if (step > 0) {
        upTo[step] = Math.max(upTo[step], values.value(cell));
        used[step] = true;
      }
    }
    sb.append("   ");
    for (int i = 1; i < SHADES.length; i++) {
      if (!used[i]) {
        continue;
      }
      sb.append("  ");
      if (color == ColorDepth.NONE) {
        sb.append(SHADES[i]).append(SHADES[i]);
      } else {
        foreground(sb, ColorScale.terminalRgb(i / 4.0, background));
        sb.append(SHADES[i]).append(SHADES[i]).append(RESET);
      }
      sb.append(" ≤").append(values.shown(upTo[i]));
    }
    sb.append("  ").append(fit(values.mode().unit() + ", " + values.shading().id() + " scale", 30));
    sb.append('\n');
  }

  private static void summary(StringBuilder sb, Summary s, boolean h12) {
    sb.append("Total ").append(Labels.grouped(s.total())).append(" timestamps, ");
    sb.append(Labels.grouped(s.skipped())).append(" skipped");
    if (s.filtered() > 0) {
      sb.append(", ").append(Labels.grouped(s.filtered())).append(" outside the time range");
    }
    sb.append('\n');
    if (s.first() != WeekHourGrid.NONE) {
      sb.append("From ")
          .append(Labels.instant(s.first()))
          .append(" to ")
          .append(Labels.instant(s.last()))
          .append('\n');
    }
    if (s.empty()) {
      return;
    }
    sb.append("Peak: ")
        .append(Labels.cell(s.peakDay(), s.peakHour(), h12))
        .append(" (")
        .append(Labels.events(s.peakCount()))
        .append(")\n");
    sb.append("Busiest weekday: ")
        .append(Labels.day(s.busiestDay()))
        .append(" (")
        .append(Labels.events(s.busiestDayCount()))
        .append(", ")
        .append(Labels.percent(s.busiestDayCount(), s.total()))
        .append(")\n");
    sb.append("Weekdays ")
        .append(Labels.percent(s.weekdays(), s.total()))
        .append(", weekend ")
        .append(Labels.percent(s.weekend(), s.total()))
        .append(", night (")
        .append(Labels.night(h12))
        .append(") ")
        .append(Labels.percent(s.night(), s.total()))
        .append('\n');
  }

  private static void groups(StringBuilder sb, Report report) {
    long all = report.grid().total();
    sb.append("\nGroups (").append(report.groups().size()).append("):\n");
    for (Tally.Group g : report.groups()) {
      String total = Labels.grouped(g.grid().total());
      String share = Labels.percent(g.grid().total(), all);
      String tail = pad(total, 12) + pad(share, 8);
      String name = fit(Terminal.clean(g.name()), WIDTH - 2 - tail.length() - 1);
      sb.append("  ").append(name);
      sb.append(" ".repeat(WIDTH - 2 - tail.length() - width(name))).append(tail).append('\n');
    }
  }

  /** Each group's time-zone answer and the crew's summary line, with --infer-tz --group-by. */
  private static void groupInference(StringBuilder sb, Report report) {
    String crew = InferenceWords.crew(report);
    if (report.groupInference().isEmpty()) {
      return;
    }
    sb.append('\n');
    wrap(sb, "Time zone per group: " + (crew == null ? "no guesses" : Terminal.clean(crew)), "  ");
    report
        .groupInference()
        .forEach(
            (name, guess) ->
                wrap(
                    sb,
                    "  "
                        + Terminal.clean(name)
                        + ": "
                        + Terminal.clean(InferenceWords.group(guess)),
                    "    "));
  }

  /** The answer's confidence, working window and warning, right under the best fit. */
  private static void explanation(StringBuilder sb, ZoneGuess guess) {
    String answer = InferenceWords.answer(guess);
    if (answer != null) {
      wrap(sb, "Confidence: " + Terminal.clean(answer), "  ");
    }
    if (guess.warning() != null) {
      wrap(sb, "Warning: " + Terminal.clean(guess.warning()), "  ");
    }
    String second = InferenceWords.secondOpinion(guess);
    if (second != null) {
      wrap(sb, "Second opinion: " + Terminal.clean(second), "  ");
    }
  }

  private static void inference(StringBuilder sb, ZoneGuess guess) {
    sb.append('\n');
    if (guess.best() != null) {
      sb.append("Time zone inference: best fit ")
          .append(Terminal.clean(Labels.offsetZone(guess.best())))
          .append('\n');
    } else {
      sb.append("Time zone inference: no offset fits the activity\n");
    }
    explanation(sb, guess);
    if (guess.dst() != null) {
      wrap(sb, "Daylight saving: " + Terminal.clean(guess.dst()), "  ");
    }
    if (guess.candidates().isEmpty()) {
      return;
    }
    sb.append("   #  offset    score  zones (* fits the DST evidence)\n");
    int rank = 1;
    for (ZoneGuess.Candidate c : guess.candidates()) {
      String head =
          pad(Integer.toString(rank++), 4)
              + "  "
              + padRight(Terminal.clean(c.offset()), 7)
              + pad(Labels.score(c.score()), 7)
              + "  ";
      StringBuilder zones = new StringBuilder();
      for (int i = 0; i < c.zones().size(); i++) {
        String z = c.zones().get(i);
        zones.append(i == 0 ? "" : ", ").append(Terminal.clean(z));
        if (c.dstFit().contains(z)) {
          zones.append('*');
        }
      }
      if (zones.length() == 0) {
        zones.append('—');
      }
      sb.append(head).append(fit(zones.toString(), WIDTH - width(head))).append('\n');
    }
  }

  /** The shade step of a cell: 0 for empty, then 1 to 4 by quarters of the busiest cell. */
  static int step(double fraction) {
    if (!(fraction > 0)) {
      return 0;
    }
    return Math.max(1, Math.min(4, (int) Math.ceil(4 * fraction)));
  }

  /** The shade character of a cell, for callers that draw the plain grid. */
  static char shade(double fraction) {
    return SHADES[step(fraction)];
  }

  private static String pad(String s, int width) {
    int w = width(s);
    return w >= width ? s : " ".repeat(width - w) + s;
  }

  private static String padRight(String s, int width) {
    int w = width(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /** Writes {@code text} word-wrapped to the width, continuation lines indented. */
  static void wrapText(StringBuilder sb, String text, String indent) {
    wrap(sb, text, indent);
  }

  /** Writes {@code text} word-wrapped to the width, continuation lines indented. */
  private static void wrap(StringBuilder sb, String text, String indent) {
    int col = 0;
    for (String word : text.split(" ")) {
      int w = width(word);
      if (col > 0 && col + 1 + w > WIDTH) {
        sb.append('\n').append(indent);
        col = indent.length();
      } else if (col > 0) {
        sb.append(' ');
        col++;
      }
      String fitted = fit(word, WIDTH - col);
      sb.append(fitted);
      col += width(fitted);
    }
    sb.append('\n');
  }

  /** {@code s} cut to at most {@code columns} terminal columns, with an ellipsis when cut. */
  static String fit(String s, int columns) {
    if (width(s) <= columns) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = columns(cp);
      if (used + w > columns - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return sb.append('…').toString();
  }

  /** How many terminal columns {@code s} takes: East Asian wide characters and emoji take two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += columns(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  private static int columns(int cp) {
    if (Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.ENCLOSING_MARK
        || cp == 0x200b) {
      return 0;
    }
    boolean wide =
        (cp >= 0x1100 && cp <= 0x115f)
            || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f)
            || (cp >= 0xac00 && cp <= 0xd7a3)
            || (cp >= 0xf900 && cp <= 0xfaff)
            || (cp >= 0xfe30 && cp <= 0xfe4f)
            || (cp >= 0xff00 && cp <= 0xff60)
            || (cp >= 0xffe0 && cp <= 0xffe6)
            || (cp >= 0x1f300 && cp <= 0x1f64f)
            || (cp >= 0x1f900 && cp <= 0x1f9ff)
            || (cp >= 0x20000 && cp <= 0x3fffd);
    return wide ? 2 : 1;
  }
}
