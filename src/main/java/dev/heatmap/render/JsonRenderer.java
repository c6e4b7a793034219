package dev.heatmap.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import java.io.IOException;
import java.io.OutputStream;

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
      for (String d : Report.DAYS) {
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
      writeInstant(g, "first", grid.first());
      writeInstant(g, "last", grid.last());
      writeCounts(g, grid);
      if (!report.groups().isEmpty()) {
        g.writeArrayFieldStart("groups");
        for (Tally.Group group : report.groups()) {
          g.writeStartObject();
          g.writeStringField("name", group.name());
          g.writeNumberField("total", group.grid().total());
          g.writeNumberField("skipped", group.grid().skipped());
          writeCounts(g, group.grid());
          g.writeEndObject();
        }
        g.writeEndArray();
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

  private static void writeCounts(JsonGenerator g, WeekHourGrid grid) throws IOException {
    g.writeArrayFieldStart("counts");
    for (int d = 0; d < WeekHourGrid.DAYS; d++) {
      g.writeStartArray();
      for (int h = 0; h < WeekHourGrid.HOURS; h++) {
        g.writeNumber(grid.count(d, h));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
