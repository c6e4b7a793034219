package dev.heatmap.input.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 5 for text as for CSV: a seekable file's format decision also reads lines from its
 * middle and end, so a day-first order that only shows after the first thousand lines is decided
 * before anything is counted (no second reading); from a pipe only the start is known.
 */
class SampledAcrossTheFileTest {
  @TempDir Path dir;

  /** 6,000 syslog-less lines with days up to 12, then 6,000 with days 13-27, all day-first. */
  private Path log() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 12_000; i++) {
      int day = i < 6000 ? 1 + i % 12 : 13 + i % 15;
      int month = 1 + (i / 31) % 12;
      sb.append(day < 10 ? "0" : "").append(day).append('/');
      sb.append(month < 10 ? "0" : "").append(month).append("/2024 ");
      int h = 8 + i % 10;
      sb.append(h < 10 ? "0" : "").append(h).append(":15\n");
    }
    Path f = dir.resolve("app.log");
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void aDayFirstOrderThatShowsLaterIsDecidedFromTheMiddleAndEnd() throws IOException {
    Path f = log();
    Run r = Run.of("", f.toString(), "-f", "json", "--input-tz", "UTC");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals(12_000L, json.get("total"), r.err());
    assertEquals(0L, json.get("skipped"), r.err());
    assertTrue(
        r.err().contains(f + ": format d/m/yyyy H:mm (1000 of 1000 samples parse)"), r.err());
    assertFalse(r.err().contains("read again"), r.err());
    assertFalse(r.err().contains("month-first"), r.err());
  }

  @Test
  void fromAPipeOnlyTheStartIsSampled() throws IOException {
    Run r = Run.of(Files.newInputStream(log()), "-", "-f", "json", "--input-tz", "UTC");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().contains("<stdin>:6001: \"13/"), r.err());
  }
}
