package dev.heatmap.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.ZoneGuess;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The machine-readable report. Its shape is pinned: other tools read it, so keys may be added but
 * never renamed: {@code title, timezone, days, hours, total, skipped, first, last, counts}.
 */
final class JsonRenderer implements Renderer {
  private static final JsonFactory FACTORY = new JsonFactory();

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
      writeInstant(g, "first", grid.first());
      writeInstant(g, "last", grid.last());
      writeCounts(g, report, grid);
      if (!report.groups().isEmpty()) {
        g.writeArrayFieldStart("groups");
        for (Tally.Group group : report.groups()) {
          g.writeStartObject();
          g.writeStringField("name", group.name());
          g.writeNumberField("total", group.grid().total());
          g.writeNumberField("skipped", group.grid().skipped());
          writeCounts(g, report, group.grid());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (report.inference() != null) {
        writeInference(g, report.inference());
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
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

  /** {@code "tz_inference": {"best", "candidates": [{"offset", "score", "zones", "dst_fit"}]}}. */
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
      g.writeEndObject();
    }
    g.writeEndArray();
    if (guess.dst() != null) {
      g.writeStringField("dst", guess.dst());
    }
    if (guess.warning() != null) {
      g.writeStringField("warning", guess.warning());
    }
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** The rows of {@code counts} follow {@code days}, i.e. the report's week start. */
  private static void writeCounts(JsonGenerator g, Report report, WeekHourGrid grid)
      throws IOException {
    g.writeArrayFieldStart("counts");
    for (int r = 0; r < WeekHourGrid.DAYS; r++) {
      int d = report.dayAtRow(r);
      g.writeStartArray();
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        g.writeNumber(grid.count(d, h));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
