package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {
  @TempDir Path dir;

  @Test
  void jsonFromStdinHasThePinnedShapeAndExactCells() throws IOException {
    Run r = Run.of("2024-01-01 10:15:00\n2024-01-07T23:59:59Z\n", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals("Activity heatmap", json.get("title"));
    assertEquals("UTC", json.get("timezone"));
    assertEquals(
        List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        json.get("days"));
    assertEquals(24, ((List<?>) json.get("hours")).size());
    assertEquals(0L, ((List<?>) json.get("hours")).get(0));
    assertEquals(23L, ((List<?>) json.get("hours")).get(23));
    assertEquals(2L, json.get("total"));
    assertEquals(0L, json.get("skipped"));
    assertEquals("2024-01-01T10:15:00Z", json.get("first"));
    assertEquals("2024-01-07T23:59:59Z", json.get("last"));
    List<?> counts = (List<?>) json.get("counts");
    assertEquals(7, counts.size());
    for (int d = 0; d < 7; d++) {
      List<?> row = (List<?>) counts.get(d);
      assertEquals(24, row.size());
      for (int h = 0; h < 24; h++) {
        long expected = (d == 0 && h == 10) || (d == 6 && h == 23) ? 1 : 0;
        assertEquals(expected, row.get(h), "day " + d + " hour " + h);
      }
    }
  }

  @Test
  void linesThatAreNotTimestampsAreSkippedAndCounted() throws IOException {
    Run r = Run.of("2024-01-01 10:15:00\nnot a time\n\n2024-02-30 10:00:00\n", "-f", "json");

    assertEquals(0, r.exitCode());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals(1L, json.get("total"));
    assertEquals(2L, json.get("skipped"));
    assertTrue(r.err().contains("<stdin>:2: not a timestamp: \"not a time\""), r.err());
    assertTrue(r.err().contains("<stdin>:4: not a timestamp"), r.err());
  }

  @Test
  void quietKeepsProblemsAndCautionsButDropsTheNotesOnWhatWasDetected() {
    String in = "2024-01-01T10:15:00Z\nnot a time\n";
    assertEquals(
        "heatmap: <stdin>: format ISO-8601 (1 of 2 samples parse)\n"
            + "heatmap: <stdin>:2: not a timestamp: \"not a time\"\n"
            + "heatmap: skipped 1 record (1 not a timestamp)\n",
        Run.of(in, "-f", "json").err());
    assertEquals(
        "heatmap: <stdin>:2: not a timestamp: \"not a time\"\n"
            + "heatmap: skipped 1 record (1 not a timestamp)\n",
        Run.of(in, "-f", "json", "--quiet").err());

    // A guess the user should check is still said.
    Run ambiguous = Run.of("2/3/24 10:15\n", "-f", "json", "-q", "--input-tz", "UTC");
    assertEquals(0, ambiguous.exitCode());
    assertEquals(
        "heatmap: <stdin>: format m/d/yy H:mm (1 of 1 samples parse); no day in the sample is over"
            + " 12, so the dates are read month-first (m/d/yy H:mm); if the day comes first, give"
            + " --time-format '%d/%m/%y %H:%M'\n",
        ambiguous.err());
  }

  @Test
  void valuesWithoutAnOffsetReadAsUtcAreSaidOncePerInputEvenUnderQuiet() throws IOException {
    String in = "2024-03-01 09:15:00\n2024-03-01 10:15:00\n";
    Run r = Run.of(in, "--tz", "Europe/Moscow", "-f", "json", "-q");

    assertEquals(0, r.exitCode());
    assertEquals(
        "heatmap: <stdin>: values carry no UTC offset: read as UTC (use --input-tz ZONE if they"
            + " are local times)\n",
        r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals("Europe/Moscow", json.get("timezone"));
    assertEquals("UTC", json.get("input_timezone"), "the report says the input zone too");

    Run given = Run.of(in, "--input-tz", "Europe/Moscow", "-f", "json", "-q");
    assertEquals("", given.err(), "a zone the user chose is no assumption");
    assertEquals("Europe/Moscow", JsonTree.parse(given.out()).get("input_timezone"));

    Run offsets = Run.of("2024-03-01T09:15:00+03:00\n", "-f", "json", "-q");
    assertEquals("", offsets.err());
    assertEquals(null, JsonTree.parse(offsets.out()).get("input_timezone"), "no value used it");
  }

  @Test
  void atMostTenProblemsPerFileThenACountThenASummaryByReason() {
    StringBuilder in = new StringBuilder("2024-01-01 10:15:00\n");
    for (int i = 0; i < 12; i++) {
      in.append("junk ").append(i).append('\n');
    }
    in.append("2024-02-30 10:00:00\n");
    Run r = Run.of(in.toString(), "-f", "json", "--input-tz", "UTC");

    assertEquals(0, r.exitCode());
    String[] lines = r.err().split("\n");
    assertEquals(13, lines.length, r.err());
    assertEquals("heatmap: <stdin>: format ISO-8601 (1 of 14 samples parse)", lines[0]);
    assertEquals("heatmap: <stdin>:2: not a timestamp: \"junk 0\"", lines[1]);
    assertEquals("heatmap: <stdin>:11: not a timestamp: \"junk 9\"", lines[10]);
    assertEquals("heatmap: <stdin>: 3 more problems not shown", lines[11]);
    assertEquals("heatmap: skipped 13 records (13 not a timestamp)", lines[12]);
  }

  @Test
  void strictTurnsSkippedRecordsIntoExit1ButStillWritesTheReport() throws IOException {
    Run r = Run.of("2024-01-01 10:15:00\nnope\n", "-f", "json", "--strict");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().endsWith("heatmap: --strict: records were skipped\n"), r.err());
    assertEquals(1L, JsonTree.parse(r.out()).get("total"));

    assertEquals(0, Run.of("2024-01-01 10:15:00\n", "-f", "json", "--strict").exitCode());
  }

  @Test
  void htmlReportHas168CellsThatAddUpAndThePinnedPlotlyScript() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "2024-01-01 10:15:00\n2024-01-01 10:59:00\n2024-01-03 00:00:00\n");
    Path out = dir.resolve("my report.html");

    Run r = Run.of("", in.toString(), "-o", out.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    String html = Files.readString(out);
    Matcher m = Pattern.compile("<td data-count=\"(\\d+)\"").matcher(html);
    int cells = 0;
    long sum = 0;
    while (m.find()) {
      cells++;
      sum += Long.parseLong(m.group(1));
    }
    assertEquals(168, cells);
    assertEquals(3, sum);
    assertTrue(html.contains("<title>my report</title>"), "title from the output file name");
    assertTrue(
        html.contains(
            "<script src=\"https://cdn.plot.ly/plotly-2.35.2.min.js\" integrity=\"sha384-"),
        "pinned Plotly with SRI");
    assertTrue(html.contains("Plotly.newPlot"));
  }

  @Test
  void titleIsEscapedInTheHtmlReport() throws IOException {
    Path out = dir.resolve("r.html");
    Run r =
        Run.of(
            "2024-01-01 10:15:00\n",
            "-o",
            out.toString(),
            "--title",
            "</script><script>alert(1)</script>");
    assertEquals(0, r.exitCode(), r.err());
    String html = Files.readString(out);
    assertFalse(html.contains("<script>alert(1)"));
    assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void formatFollowsTheOutputExtension() throws IOException {
    Path out = dir.resolve("grid.json");
    assertEquals(0, Run.of("2024-01-01 10:15:00\n", "-o", out.toString()).exitCode());
    assertEquals(1L, JsonTree.parse(Files.readString(out)).get("total"));
  }

  @Test
  void textIsTheDefaultOnStdoutAndFits80Columns() {
    Run r = Run.of("2024-01-01 10:15:00\n");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("Mon "), r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(line.codePointCount(0, line.length()) <= 80, line);
    }
  }

  @Test
  void missingFileExits1NamingItAndOtherFilesStillCount() throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "2024-01-01 10:15:00\n");
    Run r = Run.of("", "nope/missing.txt", good.toString(), "-f", "json");

    assertEquals(1, r.exitCode());
    // The first line is the problem; the good file's format note follows it.
    assertEquals("heatmap: nope/missing.txt: no such file", r.err().lines().findFirst().get());
    assertEquals(1L, JsonTree.parse(r.out()).get("total"));
  }

  @Test
  void noTimestampAtAllExits1() {
    Run r = Run.of("hello\nworld\n", "-f", "json");
    assertEquals(1, r.exitCode());
    assertTrue(
        r.err()
            .endsWith(
                "heatmap: no timestamp found in <stdin>\n"
                    + "heatmap: <stdin>: the first line is \"hello\": no known log layout or"
                    + " timestamp format fits it; try: heatmap --regex '^(?<ts>\\S+ \\S+)' (the"
                    + " group ts around the timestamp), with --time-format PATTERN if needed\n"),
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = Run.of("", "--bogus");
    assertEquals(2, r.exitCode());
    assertEquals(
        "heatmap: unknown option '--bogus'\nTry 'heatmap --help' for more information.\n", r.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--timezone | unknown option '--timezone': did you mean --tz?",
        "--timezone=UTC | unknown option '--timezone': did you mean --tz?",
        "--fromat | unknown option '--fromat': did you mean --format?",
        "--infer | unknown option '--infer': did you mean --infer-tz?",
        "--colour | unknown option '--colour': did you mean --color?",
        "--sinse | unknown option '--sinse': did you mean --since?",
        "--time | unknown option '--time': did you mean --time-format?",
      })
  void anUnknownOptionNamesTheClosestOnes(String typed, String message) {
    Run r = Run.of("", typed);
    assertEquals(2, r.exitCode());
    assertEquals("heatmap: " + message + "\nTry 'heatmap --help' for more information.\n", r.err());
  }

  @Test
  void picocliMessagesStartInLowerCaseAsTheToolsOwnDo() {
    Run r = Run.of("", "--tz");
    assertEquals(2, r.exitCode());
    assertTrue(
        r.err().startsWith("heatmap: missing required parameter for option '--tz'"), r.err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run r = Run.of("2024-01-01 10:15:00\n", "-f", "pdf");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("heatmap: unknown format 'pdf'"), r.err());
  }

  @Test
  void failedRunLeavesAnExistingReportUntouched() throws IOException {
    Path out = dir.resolve("keep.json");
    Files.writeString(out, "previous report");
    Run r = Run.of("nothing here\n", "-o", out.toString());
    assertEquals(1, r.exitCode());
    assertEquals("previous report", Files.readString(out));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void reportGetsTheUsualFileModeNotATemporaryFilesMode() throws IOException {
    Path fresh = dir.resolve("fresh.json");
    assertEquals(0, Run.of("2024-01-01 10:15:00\n", "-o", fresh.toString()).exitCode());
    assertTrue(
        Files.getPosixFilePermissions(fresh)
            .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
        "readable by others under the usual umask: " + Files.getPosixFilePermissions(fresh));

    Path shared = dir.resolve("shared.json");
    Files.writeString(shared, "old");
    Files.setPosixFilePermissions(
        shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    assertEquals(0, Run.of("2024-01-01 10:15:00\n", "-o", shared.toString()).exitCode());
    assertEquals(
        "rw-rw-r--",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(shared)));
  }

  @Test
  void anOutputThatIsOneOfTheInputsIsRefusedAndLeftAlone() throws IOException {
    Path data = dir.resolve("data.txt");
    Files.writeString(data, "2024-01-01 10:15:00\n");
    Run r = Run.of("", data.toString(), "-f", "json", "-o", dir.resolve("./data.txt").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("the output is also an input"), r.err());
    assertEquals("2024-01-01 10:15:00\n", Files.readString(data));
  }

  @Test
  void anOutputThatCannotBeWrittenExits1WithOneLine() {
    Run r = Run.of("2024-01-01 10:15:00\n", "-o", dir.resolve("no/such/dir/r.json").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().endsWith("r.json: cannot write: no such directory\n"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aDirectoryThatTakesNoFilesIsNotCalledMissing() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    Run r = Run.of("2024-01-01T10:15:00Z\n", "-q", "-o", "/proc/x.html");
    assertEquals(1, r.exitCode());
    String why =
        Files.isWritable(Path.of("/proc"))
            ? "the proc file system at /proc takes no new files" // as root
            : "permission denied";
    assertEquals("heatmap: /proc/x.html: cannot write: " + why + "\n", r.err());
  }

  @Test
  void inferredZoneSaysWhatTheDatesShowAboutDaylightSavingInTextMarkdownAndHtml()
      throws IOException {
    String isoon = Path.of("example_data/isoon.txt").toString();
    // (Markdown escapes the colon that follows; the terminal report wraps long lines.)
    String expected = "Daylight saving: the activity keeps its UTC hours all year";
    assertTrue(Run.of("", isoon, "--infer-tz").out().replaceAll("\\s+", " ").contains(expected));
    assertTrue(Run.of("", isoon, "--infer-tz", "-f", "markdown").out().contains(expected));
    assertTrue(
        Run.of("", isoon, "--infer-tz", "-f", "html")
            .out()
            .contains("<p class=\"dst\">" + expected));
  }

  @Test
  void runningOutOfMemoryEndsInOneLineNotAStackTrace() {
    java.io.InputStream exhausted =
        new java.io.InputStream() {
          @Override
          public int read() {
            throw new OutOfMemoryError("Java heap space");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new OutOfMemoryError("Java heap space");
          }
        };
    Run r = Run.of(exhausted, "-f", "json");
    assertEquals(1, r.exitCode());
    assertEquals(
        "heatmap: out of memory; give the JVM more with HEATMAP_OPTS=-Xmx2g, or read fewer files"
            + " at once\n",
        r.err());
  }

  @Test
  void helpAndVersionExit0() {
    Run help = Run.of("", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("Usage: heatmap"), help.out());
    Run version = Run.of("", "-V");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("heatmap "), version.out());
  }
}
