package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write errors on standard output are errors, in a real process: each of these exited 0 with a
 * truncated or missing report. A reader that goes away ({@code | head}) is not an error.
 */
class StandardStreamsIT {
  @TempDir Path dir;

  @BeforeEach
  void input() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      lines.append("2024-01-0").append(1 + i % 7).append("T1").append(i % 10).append(":00:00Z\n");
    }
    Files.writeString(dir.resolve("in.txt"), lines);
    StringBuilder csv = new StringBuilder("ts,sender\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("2024-01-0").append(1 + i % 7).append("T1").append(i % 10).append(":00:00Z,s");
      csv.append(i % 500).append('\n');
    }
    Files.writeString(dir.resolve("in.csv"), csv);
  }

  @Test
  void aReportToDevFullIsAnError() throws Exception {
    Shell r = Shell.run(dir, "heatmap -q in.txt -f json > /dev/full");

    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("heatmap: standard output: No space left on device\n", r.err());
  }

  @Test
  void aReportToAClosedStandardOutputIsAnError() throws Exception {
    Shell r = Shell.run(dir, "heatmap -q in.txt -f json >&-");

    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("heatmap: standard output: closed\n", r.err());
  }

  @Test
  void helpToDevFullIsAnError() throws Exception {
    Shell r = Shell.run(dir, "heatmap --help > /dev/full");

    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("heatmap: standard output: No space left on device\n", r.err());
  }

  @Test
  void aBrokenPipeEndsQuietlyAsCatDoes() throws Exception {
    // 500 groups of 168 cells: megabytes of CSV, far past what a pipe holds before head exits
    Shell r = Shell.run(dir, "heatmap -q in.csv --group-by sender --top 500 -f csv | head -c 10");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(10, r.out().length());
    assertEquals("", r.err());
  }

  @Test
  void devStdoutRedirectedToAFileIsNotReplaced() throws Exception {
    Shell r =
        Shell.run(dir, "heatmap -q in.txt -f json -o /dev/stdout > out.json; ls -l /dev/stdout");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("l"), "/dev/stdout is still a link: " + r.out());
    assertTrue(Files.readString(dir.resolve("out.json")).contains("\"total\" : 20000"));
  }

  @Test
  void processSubstitutionAsTheOutputGetsTheReport() throws Exception {
    Shell r = Shell.run(dir, "heatmap -q in.txt -f json -o >(gzip > out.json.gz); wait $!");

    assertEquals(0, r.exitCode(), r::toString);
    Shell unzipped = Shell.run(dir, "zcat out.json.gz");
    assertTrue(unzipped.out().contains("\"total\" : 20000"), unzipped::toString);
  }
}
