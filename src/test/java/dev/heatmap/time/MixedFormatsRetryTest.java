package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 6, "mixed formats in one input": a value that fails the detected format is tried in
 * the other formats before it is skipped, and the run says how many were, in what, from which line;
 * loud when they are many. Never with the other day/month order than the one chosen.
 */
class MixedFormatsRetryTest {
  /**
   * {@code iso} ISO-8601 lines (Mondays 10:00 UTC), then {@code rfc} RFC 2822 lines (Tuesdays
   * 15:00).
   */
  private static String mixed(int iso, int rfc) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < iso; i++) {
      sb.append("2024-03-04T10:").append(i % 60 < 10 ? "0" : "").append(i % 60).append(":00Z\n");
    }
    for (int i = 0; i < rfc; i++) {
      sb.append("Tue, 05 Mar 2024 15:").append(i % 60 < 10 ? "0" : "").append(i % 60);
      sb.append(":00 +0000\n");
    }
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private static long cell(Map<String, Object> json, int day, int hour) {
    return (Long) ((List<Object>) ((List<Object>) json.get("counts")).get(day)).get(hour);
  }

  @Test
  void valuesInAnotherFormatAfterTheSampleAreReadNotSkipped() throws IOException {
    Run r = Run.of(mixed(1200, 300), "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals(1500L, json.get("total"), r.err());
    assertEquals(0L, json.get("skipped"), r.err());
    assertEquals(1200L, cell(json, 0, 10));
    assertEquals(300L, cell(json, 1, 15));
    // 300 of 1500 is more than 5 %: a caution, in the report too.
    String said =
        "300 values did not fit format ISO-8601 and were read in another: 300 as RFC 2822"
            + " (first at line 1201); give --time-format to read them all in one";
    assertTrue(r.err().contains("heatmap: <stdin>: " + said), r.err());
    assertEquals(List.of("<stdin>: " + said), json.get("cautions"));
  }

  @Test
  void aFewAreANoteNotACaution() throws IOException {
    Run r = Run.of(mixed(1200, 3), "-f", "json", "-q");
    assertEquals(1203L, r.json().get("total"), r.err());
    assertFalse(r.err().contains("did not fit"), r.err()); // -q keeps cautions only
    Run loud = Run.of(mixed(1200, 3), "-f", "json");
    assertTrue(
        loud.err().contains("3 values did not fit format ISO-8601 and were read in another"),
        loud.err());
    assertEquals(List.of(), loud.json().get("cautions"));
  }

  @Test
  void aForcedFormatIsNotRetried() throws IOException {
    Run r = Run.of(mixed(5, 2), "-f", "json", "--time-format", "%Y-%m-%dT%H:%M:%SZ");
    assertEquals(5L, r.json().get("total"), r.err());
    assertEquals(2L, r.json().get("skipped"), r.err());
  }

  @Test
  void aDayFirstInputDoesNotRetryMonthFirst() throws IOException {
    // Day-first settled by the sample's 13.03.; a later "03.13.2024" is month-first: skipped.
    String dayFirst = "13.03.2024 10:00\n".repeat(1100);
    Run r = Run.of(dayFirst + "03.13.2024 12:00\n", "-f", "json");
    Map<String, Object> json = r.json();
    assertEquals(1100L, json.get("total"), r.err());
    assertEquals(1L, json.get("skipped"), r.err());
    assertTrue(r.err().contains(":1101: not a timestamp: \"03.13.2024 12:00\""), r.err());
  }

  @Test
  void valuesWithoutAnOffsetReadInAnotherFormatAreSaidToBeInTheInputZone() throws IOException {
    Run r = Run.of(mixed(1200, 0) + "Tue Mar  5 15:00:00 2024\n", "-f", "json");
    Map<String, Object> json = r.json();
    assertEquals(1201L, json.get("total"), r.err());
    assertEquals("UTC", json.get("input_timezone"), r.err());
    assertTrue(
        r.err().contains("1 value did not fit format ISO-8601 and was read in another: 1 as"),
        r.err());
  }
}
