package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The input side of the command line: detection with no flags, fields, groups, failures. */
class InputCommandTest {
  @TempDir Path dir;

  private static final Path EXAMPLES = Path.of("example_data");

  @ParameterizedTest
  @CsvSource({
    "isoon.txt, 16823, , ISO-8601 (1000 of 1000 samples parse), true",
    "isoon.xlsx, 16823, 'example_data/isoon.xlsx: sheet \"Sheet1\": using column \"Timestamps\" (100 of 100 sampled values are timestamps)', , true",
    "jabber/2020-06.json, 320, 'example_data/jabber/2020-06.json: Jabber log (ContiLeaks style): ts, 320 messages', ISO-8601 (320 of 320 samples parse), true",
    "matrix/room.json, 160, 'example_data/matrix/room.json: Element (Matrix) room export: messages[].origin_server_ts, 160 events', , false",
  })
  void eachExampleFileIsReadWithNoFlags(
      String file, long total, String note, String format, boolean local) throws IOException {
    Run r = Run.of("", EXAMPLES.resolve(file).toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals(total, json.get("total"));
    assertEquals(0L, json.get("skipped"));
    String formatNote =
        format == null ? "" : "heatmap: " + EXAMPLES.resolve(file) + ": format " + format + "\n";
    String utc =
        local
            ? "heatmap: "
                + EXAMPLES.resolve(file)
                + ": values carry no UTC offset: read as UTC (use --input-tz ZONE if they are"
                + " local times)\n"
            : "";
    String noted = note == null ? "" : "heatmap: " + note + "\n";
    // A profile's note says what was counted, so it comes once the file is read.
    boolean profile = note != null && !note.contains("using ");
    assertEquals((profile ? "" : noted) + formatNote + utc + (profile ? noted : ""), r.err());
    assertEquals(local ? "UTC" : null, json.get("input_timezone"));
  }

  @Test
  void theIsoonCsvIsReadWithNoFlags() throws IOException {
    Run r = Run.of("", "example_data/isoon.csv", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(16823L, JsonTree.parse(r.out()).get("total"), r.err());
    assertTrue(
        r.err().startsWith("heatmap: example_data/isoon.csv: using column \"Timestamps\""),
        r.err());
  }

  @Test
  void theThreeIsoonFilesGiveTheSameGrid() throws IOException {
    Map<String, Object> txt =
        JsonTree.parse(Run.of("", "example_data/isoon.txt", "-f", "json").out());
    Map<String, Object> xlsx =
        JsonTree.parse(Run.of("", "example_data/isoon.xlsx", "-f", "json").out());
    Map<String, Object> csv =
        JsonTree.parse(Run.of("", "example_data/isoon.csv", "-f", "json").out());

    assertEquals(16823L, txt.get("total"));
    assertEquals(txt.get("counts"), xlsx.get("counts"), "txt vs xlsx");
    assertEquals(txt.get("total"), xlsx.get("total"));
    assertEquals(txt.get("counts"), csv.get("counts"), "txt vs csv");
    assertEquals(txt.get("total"), csv.get("total"));
  }

  @Test
  void filesOfDifferentTypesAddIntoOneGrid() throws IOException {
    Run r =
        Run.of(
            "",
            "example_data/isoon.txt",
            "example_data/isoon.xlsx",
            "example_data/jabber/2020-06.json",
            "-f",
            "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(16823L * 2 + 320, JsonTree.parse(r.out()).get("total"));
  }

  @Test
  void theMatrixExportGivesOneGridPerSender() throws IOException {
    Run r =
        Run.of(
            "",
            "example_data/matrix/room.json",
            "--field",
            "origin_server_ts",
            "--group-by",
            "sender",
            "-f",
            "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    List<?> groups = (List<?>) json.get("groups");
    List<String> names = new ArrayList<>();
    long sum = 0;
    for (Object g : groups) {
      Map<?, ?> group = (Map<?, ?>) g;
      names.add((String) group.get("name"));
      sum += (Long) group.get("total");
      assertEquals(7, ((List<?>) group.get("counts")).size());
    }
    assertEquals(
        List.of(
            "@kirill:matrix.example",
            "@sasha:matrix.example",
            "@dmitry:matrix.example",
            "@oleg:matrix.example"),
        names);
    assertEquals(160L, sum);
    assertEquals(160L, json.get("total"));
  }

  @Test
  void topKeepsTheLargestGroupsAndFoldsTheRestIntoOther() throws IOException {
    Run r =
        Run.of(
            "",
            "example_data/matrix/room.json",
            "--group-by",
            "sender",
            "--top",
            "2",
            "-f",
            "json");

    assertEquals(0, r.exitCode(), r.err());
    List<?> groups = (List<?>) JsonTree.parse(r.out()).get("groups");
    assertEquals(3, groups.size());
    assertEquals("(other)", ((Map<?, ?>) groups.get(0)).get("name"));
    assertEquals(71L, ((Map<?, ?>) groups.get(0)).get("total"));
    assertEquals("@kirill:matrix.example", ((Map<?, ?>) groups.get(1)).get("name"));
  }

  @Test
  void aBrokenJsonLineInTheMiddleIsReportedAndEveryOtherLineCounts() throws IOException {
    Path f = dir.resolve("events.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      sb.append(
          i == 5
              ? "{\"ts\": \"2024-01-01T10:00:00Z\", \"user\": \n"
              : "{\"ts\": \"2024-01-0" + i + "T10:00:00Z\", \"user\": \"u\"}\n");
    }
    Files.writeString(f, sb);

    Run r = Run.of("", f.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals(8L, json.get("total"));
    assertEquals(1L, json.get("skipped"));
    assertTrue(
        r.err()
            .contains(
                "heatmap: "
                    + f
                    + ":5: malformed record: malformed JSON at column 40: Unexpected end-of-input"),
        r.err());
  }

  @Test
  void aFileThatCannotBeReadIsReportedAndTheOthersStillCountWithExit1() throws IOException {
    Path pdf = dir.resolve("report.pdf");
    Files.writeString(pdf, "%PDF-1.7\n");

    Run r = Run.of("", "example_data/isoon.txt", pdf.toString(), "-f", "json");

    assertEquals(1, r.exitCode());
    assertEquals(16823L, JsonTree.parse(r.out()).get("total"));
    assertTrue(
        r.err()
            .contains(
                "heatmap: " + pdf + ": a PDF document (supported: text, csv, json, excel, mail)\n"),
        r.err());
  }

  @Test
  void anUnknownTypeIsAUsageErrorListingTheTypes() {
    Run r = Run.of("", "--type", "parquet", "x");

    assertEquals(2, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "heatmap: unknown input type 'parquet': choose auto or one of text, csv, json,"
                    + " excel, mail\n"),
        r.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--top|0|--top must be at least 1, not 0",
        "--delimiter|ab|--delimiter must be one character other than a quote (or 'tab'), not 'ab'",
        "--max-line-length|2x|--max-line-length must be a number of characters from 16 to 2047M,"
            + " not '2x'",
        "--field|' '|--field needs a name, not an empty value",
      })
  void badInputOptionsAreUsageErrors(String option, String value, String message) {
    Run r = Run.of("2024-01-01 10:00:00\n", option, value);

    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("heatmap: " + message + "\n"), r.err());
  }

  @Test
  void aFieldNumberPastTheLastColumnIsOneErrorNamingTheColumns() throws IOException {
    Path csv = dir.resolve("two.csv");
    Files.writeString(csv, "a,b\n2024-01-01 10:00:00,x\n2024-01-02 10:00:00,y\n");

    Run r = Run.of("", csv.toString(), "--field", "7", "-f", "json");

    assertEquals(1, r.exitCode());
    assertEquals(
        "heatmap: "
            + csv
            + ": --field 7: there is no column 7, the rows have 2 columns (\"a\", \"b\")\n",
        r.err());
  }

  @Test
  void anUnknownFieldListsTheKeysNearestFirst() {
    Run r = Run.of("", "example_data/matrix/room.json", "--field", "origin_ts", "-f", "json");

    assertEquals(1, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "heatmap: example_data/matrix/room.json: no object holds \"origin_ts\" (keys,"
                    + " nearest first: \"origin_server_ts\", "),
        r.err());
    Run csv = Run.of("", "example_data/isoon.csv", "--field", "Timestamp", "-f", "json");
    assertTrue(
        csv.err()
            .endsWith(
                "no column \"Timestamp\" (columns, nearest first: \"Timestamps\", \"Data Column\")\n"),
        csv.err());
  }

  @Test
  void aGroupByFieldNoRecordHasIsSaidAndFailsUnderStrict() {
    String[] args = {"example_data/matrix/room.json", "--group-by", "sendr", "-f", "json"};
    Run r = Run.of("", args);

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains(
                "heatmap: example_data/matrix/room.json: no sampled object has --group-by"
                    + " \"sendr\" (keys, nearest first: \"sender\", "),
        r.err());
    assertTrue(
        r.err()
            .endsWith(
                "heatmap: --group-by \"sendr\": no record has a value there, so every record is in"
                    + " (none) (--strict makes this fail)\n"),
        r.err());

    String[] strict = {"example_data/matrix/room.json", "--group-by", "sendr", "--strict", "-q"};
    Run s = Run.of("", strict);
    assertEquals(1, s.exitCode());
    assertTrue(
        s.err().endsWith("heatmap: --strict: no record has the --group-by field\n"), s.err());
    assertTrue(s.err().contains("no sampled object has --group-by"), "a caution, kept under -q");
  }

  @Test
  void gzippedStandardInputIsDetected() throws IOException {
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(Files.readAllBytes(Path.of("example_data/jabber/2020-09.json")));
    }

    Run r = Run.of(new java.io.ByteArrayInputStream(gz.toByteArray()), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertFalse(r.err().contains("not a timestamp"), r.err());
    assertTrue((Long) JsonTree.parse(r.out()).get("total") > 0);
  }

  @Test
  void theDelimiterAndNoHeaderOptionsReachTheCsvReader() throws IOException {
    Path f = dir.resolve("export.txt");
    Files.writeString(f, "2024-01-01 10:00:00|a\n2024-01-01 11:00:00|b\n");

    Run r =
        Run.of(
            "",
            f.toString(),
            "--type",
            "csv",
            "--delimiter",
            "|",
            "--no-header",
            "--field",
            "1",
            "--group-by",
            "2",
            "-f",
            "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, ((List<?>) JsonTree.parse(r.out()).get("groups")).size());
  }
}
