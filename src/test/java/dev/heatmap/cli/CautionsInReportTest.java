package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, "the report and stderr say so": a caution said on stderr is in the report too, near its
 * summary, so that a report read without its run's stderr (mailed, archived) still says what the
 * tool was unsure of; and {@code --strict} fails on a caution that says the grid may be wrong.
 */
class CautionsInReportTest {
  private static final String DATE_ONLY =
      "Date,User\n2024-03-04 00:00:00,a\n2024-03-05 00:00:00,b\n";
  private static final String WHY = "every sampled value is a date at 00:00";

  @TempDir Path dir;

  private Path dateOnly() throws IOException {
    Path f = dir.resolve("dates.csv");
    Files.writeString(f, DATE_ONLY);
    return f;
  }

  @Test
  void jsonListsTheCautionsUnderAnAddedKey() throws IOException {
    Path f = dateOnly();
    Run r = Run.of("", f.toString(), "-f", "json", "--input-tz", "UTC");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    @SuppressWarnings("unchecked")
    List<Object> cautions = (List<Object>) json.get("cautions");
    assertEquals(1, cautions.size(), json.toString());
    String c = (String) cautions.get(0);
    assertTrue(c.startsWith(f + ": using column \"Date\""), c);
    assertTrue(c.contains(WHY), c);
    assertTrue(r.err().contains("heatmap: " + c), r.err());
  }

  @Test
  void aCleanInputHasAnEmptyList() throws IOException {
    Run r = Run.of("2024-03-04T10:00:00Z\n", "-f", "json");
    assertEquals(List.of(), r.json().get("cautions"), r.err());
  }

  /** Each format with the text its summary ends in, before which or after which the caution is. */
  @ParameterizedTest
  @CsvSource({
    "text, Busiest weekday, after",
    "markdown, '| |', before",
    "html, aria-label=\"Summary\", after",
    "svg, Peak:, after"
  })
  void everyReportShowsTheCautionNearItsSummary(String format, String summary, String where)
      throws IOException {
    Run r = Run.of("", dateOnly().toString(), "-f", format, "--input-tz", "UTC");
    assertEquals(0, r.exitCode(), r.err());
    int at = r.out().indexOf("Caution:");
    assertTrue(at >= 0, r.out());
    int what = r.out().indexOf("using column", at);
    assertTrue(what > at && what < at + 80, r.out()); // the caution's words, after the file name
    int mark = r.out().indexOf(summary);
    assertTrue(mark >= 0, r.out());
    assertEquals(where.equals("after"), at > mark, format + ": caution at " + at + ", " + summary);
    if (format.equals("html")) {
      assertTrue(r.out().contains("<p class=\"warning\">Caution: "), r.out());
    }
  }

  @Test
  void withoutCautionsNoReportSaysCaution() {
    for (String format : List.of("text", "markdown", "html", "svg")) {
      Run r = Run.of("2024-03-04T10:00:00Z\n", "-f", format);
      assertEquals(0, r.exitCode(), r.err());
      assertFalse(r.out().contains("Caution"), format);
    }
  }

  @Test
  void strictFailsOnADateOnlyColumnAndStillWritesTheReport() throws IOException {
    Run r = Run.of("", dateOnly().toString(), "-f", "json", "--input-tz", "UTC", "--strict");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(
        r.err().contains("heatmap: --strict: 1 caution says the grid may be wrong"), r.err());
    assertEquals(2L, r.json().get("total"));
  }
}
