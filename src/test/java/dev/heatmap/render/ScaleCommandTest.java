package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --scale}: a burst of 400 messages in one hour beside hours of 1, 10 and 40. Linear shades
 * every other hour the faintest step; log and quantile keep them apart, in every format, and the
 * JSON names the scale and gives each cell's shade.
 */
class ScaleCommandTest {
  /** Monday 09:00 ×400, Tuesday 10:00 ×10, Wednesday 11:00 ×40, Thursday 12:00 ×1 (UTC). */
  static String burst() {
    StringBuilder sb = new StringBuilder();
    sb.append("2024-01-01 09:00:00\n".repeat(400));
    sb.append("2024-01-02 10:00:00\n".repeat(10));
    sb.append("2024-01-03 11:00:00\n".repeat(40));
    sb.append("2024-01-04 12:00:00\n");
    return sb.toString();
  }

  /** The shade characters of the four busy cells: Mon 09, Tue 10, Wed 11, Thu 12. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"linear, █░░░", "log, █▒▓░", "quantile, █▒▓░"})
  void theTextGridShadesEachHourByTheScale(String scale, String shades) {
    Run r = Run.of(burst(), "--scale", scale, "--input-tz", "UTC", "--color", "never");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    int mon = lines.indexOf(lines.stream().filter(l -> l.startsWith("Mon ")).findFirst().get());
    StringBuilder got = new StringBuilder();
    for (int day = 0; day < 4; day++) {
      String row = lines.get(mon + day);
      int col = 4 + 3 * (9 + day) + 1;
      got.append(row.charAt(col));
      assertEquals(row.charAt(col), row.charAt(col + 1), row);
    }
    assertEquals(shades, got.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "linear   | 1 | 0.025 | 0.1 | 0.0025",
        "log      | 1 | 0.4001 | 0.6196 | 0.1156",
        "quantile | 1 | 0.5 | 0.75 | 0.25",
      })
  void theJsonNamesTheScaleAndItsShades(
      String scale, double mon, double tue, double wed, double thu) throws Exception {
    Map<String, Object> json =
        Run.of(burst(), "--scale", scale, "--input-tz", "UTC", "-f", "json").json();
    assertEquals(scale, json.get("scale"));
    @SuppressWarnings("unchecked")
    List<List<Number>> counts = (List<List<Number>>) json.get("counts");
    assertEquals(400, counts.get(0).get(9).intValue(), "the counts stay counts");
    if (scale.equals("linear")) {
      assertTrue(!json.containsKey("shades"), "the linear shade is count / max");
      return;
    }
    @SuppressWarnings("unchecked")
    List<List<Number>> shades = (List<List<Number>>) json.get("shades");
    assertEquals(mon, shades.get(0).get(9).doubleValue());
    assertEquals(tue, shades.get(1).get(10).doubleValue());
    assertEquals(wed, shades.get(2).get(11).doubleValue());
    assertEquals(thu, shades.get(3).get(12).doubleValue());
    assertEquals(0.0, shades.get(4).get(12).doubleValue(), "an empty cell has no shade");
  }

  /** The SVG and HTML cells take the same shades: Tuesday 10:00 is no longer the faintest. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"svg, linear", "svg, log", "html, linear", "html, log", "markdown, quantile"})
  void everyFormatShadesByTheScale(String format, String scale) {
    String linear = Run.of(burst(), "--input-tz", "UTC", "-f", format).out();
    String scaled = Run.of(burst(), "--scale", scale, "--input-tz", "UTC", "-f", format).out();
    String faint = ColorScale.hex(0.025);
    String log = ColorScale.hex(Math.log1p(10) / Math.log1p(400));
    if (format.equals("markdown")) {
      assertTrue(!linear.equals(scaled), "quantile changes the squares");
    } else if (scale.equals("linear")) {
      assertTrue(scaled.contains(faint), faint);
    } else {
      assertTrue(scaled.contains(log) && !scaled.contains(faint), log + " not " + faint);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"linear, 0", "Log, 0", "cubic, 2"})
  void aScaleIsOneOfThree(String scale, int exit) {
    Run r = Run.of("2024-01-01 09:00:00\n", "--scale", scale, "--input-tz", "UTC");
    assertEquals(exit, r.exitCode(), r.err());
    if (exit == 2) {
      assertEquals(
          "heatmap: unknown --scale 'cubic': choose one of linear, log, quantile\n"
              + "Try 'heatmap --help' for more information.\n",
          r.err());
    }
  }
}
