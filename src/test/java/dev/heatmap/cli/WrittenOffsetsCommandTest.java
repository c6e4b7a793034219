package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15 item 7: the offsets written in the values, reported, and {@code --tz written}. */
class WrittenOffsetsCommandTest {
  static final String MIXED =
      "2024-03-04T10:00:00+03:00\n"
          + "2024-03-04T11:20:00+03:00\n"
          + "2024-03-05T09:00:00+02:00\n"
          + "2024-03-05T09:30:00Z\n"
          + "2024-03-06T12:00:00+03:00\n";

  @Test
  void jsonCountsTheOffsetsAsWrittenMostFirst() throws IOException {
    Run r = Run.of(MIXED, "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        List.of(
            Map.of("offset", "+03:00", "count", 3L),
            Map.of("offset", "+00:00", "count", 1L),
            Map.of("offset", "+02:00", "count", 1L)),
        r.json().get("written_offsets"));
  }

  @Test
  void valuesWithoutAnOffsetGiveAnEmptyList() throws IOException {
    Run r = Run.of("2024-03-04 10:00:00\n", "--input-tz", "Europe/Berlin", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of(), r.json().get("written_offsets"));
  }

  @Test
  void tzWrittenDrawsEachRecordAtItsOwnOffset() throws IOException {
    Run r = Run.of(MIXED, "--tz", "written", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals("as written", json.get("timezone"));
    List<?> counts = (List<?>) json.get("counts");
    List<?> monday = (List<?>) counts.get(0);
    List<?> tuesday = (List<?>) counts.get(1);
    List<?> wednesday = (List<?>) counts.get(2);
    assertEquals(1L, monday.get(10));
    assertEquals(1L, monday.get(11));
    assertEquals(2L, tuesday.get(9)); // 09:00 at +02:00 and 09:30 at Z
    assertEquals(1L, wednesday.get(12));
    assertEquals(5L, json.get("total"));
    assertTrue(
        r.err().contains("--tz written: 5 records drawn at the UTC offset written in them\n"),
        r.err());
    Run naive = Run.of("2024-03-04 10:00:00\n", "--tz", "written", "--input-tz", "+05:00");
    assertTrue(
        naive
            .err()
            .contains(
                "--tz written: 0 records drawn at the UTC offset written in them, 1"
                    + " without one drawn in +05:00"),
        naive.err());
  }

  @Test
  void mailDateHeadersAreDrawnAtTheSendersOffset() throws IOException {
    String mail = "Tue, 05 Mar 2024 10:00:00 +0300 (MSK)\nTue, 05 Mar 2024 23:30:00 -0800\n";
    Run utc = Run.of(mail, "-f", "json");
    Run written = Run.of(mail, "--tz", "written", "-f", "json");
    assertEquals(0, written.exitCode(), written.err());
    List<?> tue = (List<?>) ((List<?>) written.json().get("counts")).get(1);
    assertEquals(1L, tue.get(10));
    assertEquals(1L, tue.get(23));
    List<?> utcTue = (List<?>) ((List<?>) utc.json().get("counts")).get(1);
    assertEquals(1L, utcTue.get(7)); // 10:00 +03:00 is 07:00 UTC
  }

  static final String SHOWN = "+03:00 (3), +00:00 (1), +02:00 (1)";

  @Test
  void everyFormatShowsTheOffsetsAsWritten() {
    for (String f : List.of("text", "markdown", "html", "svg")) {
      Run r = Run.of(MIXED, "-f", f);
      assertEquals(0, r.exitCode(), f + ": " + r.err());
      assertTrue(r.out().contains(SHOWN), f + " shows the offsets:\n" + r.out());
    }
  }
}
