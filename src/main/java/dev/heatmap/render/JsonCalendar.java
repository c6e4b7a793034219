package dev.heatmap.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.calendar.HolidayCandidate;
import dev.heatmap.grid.calendar.HolidayRanking;
import dev.heatmap.grid.calendar.QuietStretch;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The calendar's keys in the JSON report, written only when the report has a calendar ({@code
 * --calendar}):
 *
 * <pre>
 * "calendar": {"timezone", "start", "counts": [one per day], "groups": [{"name", "counts"}],
 *              "groups_without_row": [name]},
 * "quiet_stretches": [{"from", "to", "days", "events", "expected"}],
 * "holidays": {"candidates": [{"country", "name", "score", "quiet", "holidays",
 *              "matched": [{"date", "holiday"}]}], "threshold", "agreement"}
 * </pre>
 *
 * {@code holidays} is present when the range spans at least 60 days; {@code groups} when grouping;
 * {@code groups_without_row} when some groups shown were not counted day by day (past the cap);
 * {@code agreement} with {@code --infer-tz} when a country passes the threshold.
 */
final class JsonCalendar {
  private JsonCalendar() {}

  static void write(JsonGenerator g, CalendarView c) throws IOException {
    g.writeObjectFieldStart("calendar");
    g.writeStringField("timezone", c.timezone());
    g.writeStringField("start", c.start().toString());
    g.writeArrayFieldStart("counts");
    for (long n : c.counts()) {
      g.writeNumber(n);
    }
    g.writeEndArray();
    if (!c.groups().isEmpty()) {
      g.writeArrayFieldStart("groups");
      for (CalendarView.Row row : c.groups()) {
        g.writeStartObject();
        g.writeStringField("name", row.name());
        g.writeArrayFieldStart("counts");
        for (long n : row.counts()) {
          g.writeNumber(n);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.rowless().isEmpty()) {
      g.writeArrayFieldStart("groups_without_row");
      for (String name : c.rowless()) {
        g.writeString(name);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("quiet_stretches");
    for (QuietStretch s : c.stretches()) {
      g.writeStartObject();
      g.writeStringField("from", s.from().toString());
      g.writeStringField("to", s.to().toString());
      g.writeNumberField("days", s.days());
      g.writeNumberField("events", s.events());
      g.writeNumberField("expected", decimal(s.expected(), 1));
      g.writeEndObject();
    }
    g.writeEndArray();
    if (c.holidays() != null) {
      g.writeObjectFieldStart("holidays");
      g.writeArrayFieldStart("candidates");
      for (HolidayCandidate h : c.holidays().candidates()) {
        g.writeStartObject();
        g.writeStringField("country", h.code());
        g.writeStringField("name", h.name());
        g.writeNumberField("score", decimal(h.score(), 2));
        g.writeNumberField("quiet", h.quiet());
        g.writeNumberField("holidays", h.holidays());
        g.writeArrayFieldStart("matched");
        for (HolidayCandidate.Match m : h.matched()) {
          g.writeStartObject();
          g.writeStringField("date", m.date().toString());
          g.writeStringField("holiday", m.holiday());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("threshold", decimal(HolidayRanking.THRESHOLD, 1));
      if (c.agreement() != null) {
        g.writeStringField("agreement", c.agreement());
      }
      g.writeEndObject();
    }
  }

  /** {@code x} rounded half-up to {@code places} decimals, written exactly. */
  static BigDecimal decimal(double x, int places) {
    return BigDecimal.valueOf(x).setScale(places, RoundingMode.HALF_UP);
  }
}
