package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.infer.ZoneGuess;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same report and options give the same bytes, whichever order groups were counted in. */
class DeterminismTest {
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void sameInputSameBytes(OutputFormat format) {
    for (Reports.Case c : Reports.Case.values()) {
      for (Normalize n : Normalize.values()) {
        RenderOptions o = c.options().withNormalize(n);
        byte[] first = Reports.bytes(c.report(), format, o);
        byte[] second = Reports.bytes(c.report(), format, o);
        assertArrayEquals(first, second, c + " " + n);
      }
    }
  }

  /** Nothing counted, an all-skipped group and a guess with no answer still render. */
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void emptyGridsAndEmptyAnswersRender(OutputFormat format) {
    Tally t = new Tally(java.time.ZoneOffset.UTC);
    t.skipped("nobody");
    ZoneGuess none = new ZoneGuess(null, List.of(), "Too few timestamps to say anything.");
    Report report =
        new Report(
            "Empty",
            "UTC",
            t.overall(),
            t.groups(),
            DayOfWeek.MONDAY,
            false,
            none,
            new WeekHourGrid());
    for (Normalize n : Normalize.values()) {
      byte[] out = Reports.bytes(report, format, RenderOptions.defaults().withNormalize(n));
      assertTrue(out.length > 100, format + " " + n);
    }
  }
}
