package dev.heatmap.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.heatmap.core.GroupNames;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.WrittenOffsets;
import dev.heatmap.grid.infer.ZoneGuess;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The machine-readable report. Its shape is pinned: other tools read it, so keys may be added but
 * never renamed: {@code title, timezone, days, hours, total, skipped, first, last, counts} ({@code
 * continuation}, the lines of a log that carry no timestamp, was added for issue 13; {@code
 * cautions}, the choices stderr asked the user to check, for issue 14).
 */
final class JsonRenderer implements Renderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Normalize normalize;
  private final Scale scale;

  JsonRenderer() {
    this(Normalize.COUNT, Scale.LINEAR);
  }

  /**
   * With {@code normalize} other than count, adds {@code "normalize"} and {@code "values"}; the
   * {@code "scale"} key names {@code scale}.
   */
  JsonRenderer(Normalize normalize, Scale scale) {
    this.normalize = normalize;
    this.scale = Objects.requireNonNull(scale);
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
      pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeStringField("title", report.title());
      g.writeStringField("timezone", report.timezone());
      if (report.inputTimezone() == null) {
        g.writeNullField("input_timezone");
      } else {
        g.writeStringField("input_timezone", report.inputTimezone());
      }
      // added: the UTC offsets written in the values themselves, most records first; null when
      // they were not counted
      if (report.writtenOffsets() == null) {
        g.writeNullField("written_offsets");
      } else {
        g.writeArrayFieldStart("written_offsets");
        for (WrittenOffsets.Entry e : report.writtenOffsets()) {
          g.writeStartObject();
          g.writeStringField("offset", e.offset());
          g.writeNumberField("count", e.count());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("days");
      for (String d : report.days()) {
        g.writeString(d);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("hours");
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        g.writeNumber(h);
      }
      g.writeEndArray();
      WeekHourGrid grid = report.grid();
      g.writeNumberField("total", grid.total());
      g.writeNumberField("skipped", grid.skipped());
      g.writeNumberField("filtered", grid.filtered());
      g.writeNumberField("continuation", grid.continuation());
      writeInstant(g, "first", grid.first());
      writeInstant(g, "last", grid.last());
      writeCounts(g, grid, report);
      writeValues(g, grid, report, report.timezone());
      // added for --scale: how the other formats shade the cells, and the shades when not linear
      g.writeStringField("scale", scale.id());
      writeShades(g, grid, report, report.timezone());
      if (!report.groups().isEmpty()) {
        g.writeArrayFieldStart("groups");
        for (Tally.Group group : report.groups()) {
          g.writeStartObject();
          g.writeStringField("name", group.name());
          // added: tells (none) and (other), which the tool makes up, from values in the input
          g.writeBooleanField("synthetic", GroupNames.synthetic(group.name()));
          g.writeNumberField("total", group.grid().total());
          g.writeNumberField("skipped", group.grid().skipped());
          if (group.missingAtMost() > 0) {
            // added: records of this group that may have been counted in (other), past the cap
            g.writeNumberField("missing_at_most", group.missingAtMost());
          }
          writeCounts(g, group.grid(), report);
          writeValues(g, group.grid(), report, report.timezone());
          writeShades(g, group.grid(), report, report.timezone());
          writeGroupInference(g, report, group.name());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (report.groupCap() != null) {
        writeGroupCap(g, report.groupCap());
      }
      if (report.inference() != null) {
        writeInference(g, report.inference());
      }
      writeCrew(g, report);
      if (report.calendar() != null) {
        JsonCalendar.write(g, report.calendar());
      }
      // added: the cautions stderr said, so that the report alone says what it is unsure of
      g.writeArrayFieldStart("cautions");
      for (String c : report.cautions()) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * Added, only when the cap on distinct groups acted: {@code "group_cap": {"limit", "folded",
   * "folded_at_most", "inexact_groups", "recounted", "exact"}}.
   */
  private static void writeGroupCap(JsonGenerator g, Tally.GroupCap cap) throws IOException {
    g.writeObjectFieldStart("group_cap");
    g.writeNumberField("limit", cap.limit());
    g.writeNumberField("folded", cap.foldings());
    g.writeNumberField("folded_at_most", cap.foldedAtMost());
    g.writeNumberField("inexact_groups", cap.inexact());
    g.writeBooleanField("recounted", cap.recounted());
    g.writeBooleanField("exact", cap.certain());
    g.writeEndObject();
  }

  private static void writeInstant(JsonGenerator g, String name, long epochSecond)
      throws IOException {
    String iso = Instants.iso(epochSecond);
    if (iso == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, iso);
    }
  }

  /**
   * {@code "tz_inference": {"best", "candidates": [{"offset", "score", "zones", "dst_fit", "life",
   * "window"}], "dst", "warning", "confidence", "life", "window", "rest_days", "ambiguity",
   * "second_opinion"}}.
   */
  private static void writeInference(JsonGenerator g, ZoneGuess guess) throws IOException {
    g.writeObjectFieldStart("tz_inference");
    if (guess.best() == null) {
      g.writeNullField("best");
    } else {
      g.writeStringField("best", guess.best());
    }
    g.writeArrayFieldStart("candidates");
    for (ZoneGuess.Candidate c : guess.candidates()) {
      g.writeStartObject();
      g.writeStringField("offset", c.offset());
      g.writeNumberField("score", c.score());
      writeStrings(g, "zones", c.zones());
      writeStrings(g, "dst_fit", c.dstFit());
      if (c.life() != null) {
        g.writeStringField("life", c.life());
        g.writeStringField("window", c.window());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (guess.dst() != null) {
      g.writeStringField("dst", guess.dst());
    }
    if (guess.warning() != null) {
      g.writeStringField("warning", guess.warning());
    }
    writeExplanation(g, guess.explanation());
    g.writeEndObject();
  }

  /** A group's {@code tz_inference}, the top-level one's shape, when it was inferred. */
  private static void writeGroupInference(JsonGenerator g, Report report, String name)
      throws IOException {
    ZoneGuess guess = report.groupInference().get(name);
    if (guess != null) {
      writeInference(g, guess);
    }
  }

  /** {@code "crew": "4 of 5 members fit +03:00; bentley fits +06:00"} with per-group guesses. */
  private static void writeCrew(JsonGenerator g, Report report) throws IOException {
    String crew = InferenceWords.crew(report);
    if (crew != null) {
      g.writeStringField("crew", crew);
    }
  }

  /**
   * The explanation beside the inference's pinned keys: {@code confidence}, {@code life}, {@code
   * window}, {@code rest_days}, {@code ambiguity} (when there is one) and {@code second_opinion}.
   */
  private static void writeExplanation(JsonGenerator g, ZoneGuess.Explanation e)
      throws IOException {
    if (e == null) {
      return;
    }
    g.writeStringField("confidence", e.confidence());
    g.writeStringField("life", e.life());
    g.writeStringField("window", e.window());
    g.writeArrayFieldStart("rest_days");
    if (!e.restDays().equals("none")) {
      for (String day : e.restDays().split(", ")) {
        g.writeString(day);
      }
    }
    g.writeEndArray();
    if (e.ambiguity() != null) {
      g.writeStringField("ambiguity", e.ambiguity());
    }
    if (e.secondOpinion() != null) {
      g.writeObjectFieldStart("second_opinion");
      g.writeStringField("offset", e.secondOpinion());
      g.writeBooleanField("agrees", e.agrees());
      g.writeEndObject();
    }
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** The counts, rows in the order of {@code days}. */
  private static void writeCounts(JsonGenerator g, WeekHourGrid grid, Report report)
      throws IOException {
    g.writeArrayFieldStart("counts");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      g.writeStartArray();
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        g.writeNumber(grid.count(report.dayAtRow(r), h));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  /** The normalised cells beside the raw counts, when {@code --normalize} asks for them. */
  private void writeValues(JsonGenerator g, WeekHourGrid grid, Report report, String zone)
      throws IOException {
    if (normalize == Normalize.COUNT) {
      return;
    }
    CellValues values = CellValues.of(grid, normalize, Labels.zone(zone), scale);
    g.writeStringField("normalize", normalize.id());
    g.writeArrayFieldStart("values");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      g.writeStartArray();
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        g.writeNumber(values.exact(WeekHourGrid.cell(report.dayAtRow(r), h)));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  /**
   * Each cell's shade from 0 (empty) to 1 (the busiest), four decimals, when {@code --scale} is not
   * linear (under the linear scale the shade is the value over the largest value).
   */
  private void writeShades(JsonGenerator g, WeekHourGrid grid, Report report, String zone)
      throws IOException {
    if (scale == Scale.LINEAR) {
      return;
    }
    CellValues values = CellValues.of(grid, normalize, Labels.zone(zone), scale);
    g.writeArrayFieldStart("shades");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      g.writeStartArray();
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        double f = values.fraction(WeekHourGrid.cell(report.dayAtRow(r), h));
        g.writeNumber(new java.math.BigDecimal(f).setScale(4, java.math.RoundingMode.HALF_EVEN));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
