package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the fuzzers found, as the user sees it. Each finding's raw input also stays in its target's
 * seed directory ({@code src/test/resources/dev/heatmap/fuzz/*Inputs/<target>/finding-*}), where
 * the fuzz tests replay it in every build.
 */
class FuzzFindingsTest {
  private static Cli stdin(String input, String... args) {
    return Cli.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Found by ExtractorFuzzTest#json: an empty key crashed with IllegalArgumentException. */
  @Test
  void anEmptyJsonKeyThatHoldsTheTimestampsIsRead() {
    Cli r =
        stdin("{\"\":\"2024-01-01T10:00:00Z\"}\n{\"\":\"2024-01-01T11:00:00Z\"}\n", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains("heatmap: <stdin>: using key \"\" (2 of 2 sampled values are timestamps)\n"),
        r.err());
    assertEquals("", HostileCorpusTest.withoutNotes(r.err()));
    assertEquals("2", JsonFields.of(r.out()).get("total"));
  }

  /** Found with the above: a detected key named "/ts" was read as the pointer /ts, i.e. "ts". */
  @Test
  void aJsonKeyThatLooksLikeAPointerOrAPathIsReadLiterally() {
    Cli r =
        stdin(
            "{\"/ts\":\"2024-01-01T10:00:00Z\",\"ts\":\"x\"}\n"
                + "{\"/ts\":\"2024-01-01T11:00:00Z\",\"ts\":\"y\"}\n",
            "-f",
            "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, String> report = JsonFields.of(r.out());
    assertEquals("2", report.get("total"), r.err());
    assertEquals("0", report.get("skipped"), r.err());
  }

  /** Found by ExtractorFuzzTest#text: a line of exactly the maximum plus one was read. */
  @Test
  void aLineOneCharacterPastTheMaximumIsRefused() {
    Cli r =
        stdin(
            "2024-01-01T10:00:00Z\n2024-01-01T11:00:00Z    \n",
            "--max-line-length",
            "23",
            "-f",
            "json");

    assertEquals(1, r.exitCode(), r.err());
    assertEquals(
        "heatmap: <stdin>:2: line longer than 23 characters; not read further (see"
            + " --max-line-length)\n",
        HostileCorpusTest.withoutNotes(r.err()));
  }

  /** The same limit still lets a line of exactly the maximum through, CR or not. */
  @Test
  void aLineOfExactlyTheMaximumIsRead() {
    Cli r =
        stdin(
            "2024-01-01T10:00:00Z   \r\n2024-01-01T11:00:00Z   \n",
            "--max-line-length",
            "23",
            "-f",
            "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("2", JsonFields.of(r.out()).get("total"));
  }

  /** Found by TimestampFuzzTest#isoParser: +18:02 was read, past the largest real offset. */
  @Test
  void anOffsetPastEighteenHoursIsNotATimestamp() {
    Cli r =
        stdin(
            "2024-01-01T10:00:00+18:00\n2024-01-01T10:00:00+18:02\n2024-01-01T10:00:00-1801\n",
            "-f",
            "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("1", JsonFields.of(r.out()).get("total"));
    assertEquals("2", JsonFields.of(r.out()).get("skipped"));
  }
}
