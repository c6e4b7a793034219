package dev.heatmap.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.TimeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 5: when a later value contradicts the month-first order assumed from a sample that
 * fit both, a file is read again day-first (said in one line) instead of stopping; standard input,
 * which cannot be read twice, still stops with the error naming both lines.
 */
class DayMonthRereadTest {
  @TempDir Path dir;

  /**
   * {@code ambiguous} day-first dates with both fields up to 12, then {@code clear} with days
   * 13-27: every date is on a weekday at 09:00-16:00, day-first.
   */
  private Path dayFirst(int ambiguous, int clear) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ambiguous; i++) {
      sb.append(
          String.format(
              "%02d.%02d.2024 %02d:%02d%n", 1 + i % 12, 1 + (i / 12) % 12, 9 + i % 8, i % 60));
    }
    for (int i = 0; i < clear; i++) {
      sb.append(
          String.format("%02d.%02d.2024 %02d:%02d%n", 13 + i % 15, 1 + i % 12, 9 + i % 8, i % 60));
    }
    Path f = dir.resolve("dates.txt");
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void aFileIsReadAgainDayFirstAndSaysWhyInOneLine() throws IOException {
    Path f = dayFirst(1500, 500);
    Run r = Run.of("", f.toString(), "-f", "json", "--input-tz", "UTC");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals(2000L, json.get("total"), r.err());
    assertEquals(0L, json.get("skipped"), r.err());
    assertTrue(
        r.err()
            .contains(
                f
                    + ": format d.m.yyyy H:mm (1000 of 1000 samples parse); read again day-first:"
                    + " line 1501's \"13.01.2024 09:00\" has a day over 12, but the dates from"
                    + " line 1 on had been read month-first (no sampled day was over 12)"),
        r.err());
    assertEquals(1, r.err().lines().filter(l -> l.contains("day-first")).count(), r.err());
  }

  /** The contradiction met by the reader of a later part (the first part fills the sample). */
  @Test
  void theSameFileReadInPartsGivesTheSameGrid() throws IOException {
    Path f = dayFirst(30_000, 5_000);
    String whole = grid(f, Analysis.Parallelism.SEQUENTIAL);
    String parts = grid(f, new Analysis.Parallelism(3, 64 << 10));
    assertEquals(whole, parts);
    assertTrue(whole.startsWith("35000 0 "), whole);
  }

  private static String grid(Path f, Analysis.Parallelism p) {
    Analysis a =
        new Analysis(
            InputConfig.auto(FormatDetector.JUDGE), TimeConfig.utc(), p, ReadProgress.NONE);
    List<Analysis.FileResult> results = new ArrayList<>();
    a.readAll(List.of(Source.file(f)), results::add);
    assertNull(results.get(0).error(), () -> results.get(0).error().getMessage());
    return a.tally().overall().total()
        + " "
        + results.get(0).diagnostics().skipped()
        + " "
        + java.util.Arrays.toString(a.tally().overall().counts());
  }

  @Test
  void standardInputStillStopsWithBothLines() throws IOException {
    Path f = dayFirst(1500, 500);
    Run r = Run.of(Files.newInputStream(f), "-", "-f", "json", "--input-tz", "UTC");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains(
                "<stdin>:1501: \"13.01.2024 09:00\" has a day over 12, but the dates from line 1 on"
                    + " were read month-first"),
        r.err());
  }

  @Test
  void aMonthFirstValueAfterTheDayFirstRereadStopsTheFile() throws IOException {
    Path f = dayFirst(1500, 10);
    Files.writeString(f, "01.13.2024 10:00\n", java.nio.file.StandardOpenOption.APPEND);
    Run r = Run.of("", f.toString(), "-f", "json", "--input-tz", "UTC");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains(
                f
                    + ":1511: \"01.13.2024 10:00\" has a month over 12, but the dates were read"
                    + " again day-first because line 1501's"),
        r.err());
  }
}
