package dev.heatmap.input.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.Samples;
import dev.heatmap.core.Diagnostics;
import dev.heatmap.input.Inputs;
import dev.heatmap.input.Recorder;
import dev.heatmap.input.csv.CsvScanner;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.input.json.JsonLinesScanner;
import dev.heatmap.input.json.JsonPath;
import dev.heatmap.input.json.JsonRecords;
import dev.heatmap.input.json.JsonStreamScanner;
import dev.heatmap.input.text.TextScanner;
import dev.heatmap.time.FormatDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which files are read in parts, where they are cut, and what the byte reader does with units that
 * straddle its reads.
 */
class FilePartsTest {
  @TempDir Path dir;

  private Path sample(String kind) throws IOException {
    Path f = dir.resolve(kind + Samples.extension(kind));
    Files.write(f, Samples.make(kind, kind.hashCode(), 5_000));
    return f;
  }

  private static FileParts parts(Path f) throws IOException {
    Inputs inputs = new Inputs(InputConfig.auto(FormatDetector.JUDGE));
    try (Input in = inputs.open(Source.file(f))) {
      Extractor x = inputs.extractor(inputs.typeOf(in), new Diagnostics(f.toString()));
      return x instanceof Splittable s ? s.parts(in) : null;
    }
  }

  /** Reads every part; returns whether all were read without doubt. */
  private static boolean readAll(FileParts parts, int n, Recorder into) throws IOException {
    long[] cuts = parts.split(n);
    boolean complete = true;
    for (int i = 0; i + 1 < cuts.length; i++) {
      complete &= parts.read(cuts[i], cuts[i + 1], into, ReadProgress.NONE).complete();
    }
    return complete;
  }

  @ParameterizedTest
  @CsvSource({
    "text, true",
    "jsonl, true",
    "conti, true",
    "conti-crlf, true",
    "csv, true",
    "csv-semicolon, true",
    "conti-broken, false",
    "csv-odd, false",
    "csv-quoted-newline, false",
    "text-long-line, false"
  })
  void theByteReadersTakeWhatTheyCanReadExactlyAndDoubtTheRest(String kind, boolean complete)
      throws IOException {
    FileParts parts = parts(sample(kind));

    assertNotNull(parts);
    assertEquals(complete, readAll(parts, 7, new Recorder()));
  }

  @Test
  void partsStartAtBoundaries() throws IOException {
    Path f = sample("conti-crlf");
    byte[] bytes = Files.readAllBytes(f);
    long[] cuts = parts(f).split(9);

    assertEquals(10, cuts.length, "every cut finds a boundary in a file of short records");
    for (int i = 1; i + 1 < cuts.length; i++) {
      int at = (int) cuts[i];
      assertEquals('{', bytes[at]);
      assertEquals("}\r\n", new String(bytes, at - 3, 3, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aCsvPartStartsRightAfterALineWithSomethingOnIt() throws IOException {
    Path f = dir.resolve("empty-lines.csv");
    StringBuilder sb = new StringBuilder("ts\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append("2024-01-01 10:00:00\n\n\r\n");
    }
    Files.writeString(f, sb);
    byte[] bytes = Files.readAllBytes(f);
    long[] cuts = parts(f).split(5);

    assertEquals(6, cuts.length);
    for (int i = 1; i + 1 < cuts.length; i++) {
      assertEquals("0\n", new String(bytes, (int) cuts[i] - 2, 2, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"x.txt.gz", "utf16.txt", "big-document.json", "empty.csv"})
  void someFilesAreReadWhole(String name) throws IOException {
    Path f = dir.resolve(name);
    switch (name) {
      case "x.txt.gz" -> {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(b)) {
          z.write("2024-01-01 10:00:00\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(f, b.toByteArray());
      }
      case "utf16.txt" ->
          Files.write(f, "\ufeff2024-01-01 10:00:00\n".getBytes(StandardCharsets.UTF_16LE));
      case "big-document.json" -> {
        StringBuilder sb = new StringBuilder("{\"room\": \"r\", \"messages\": [\n");
        for (int i = 0; i < 40_000; i++) {
          sb.append("  {\"ts\": \"2024-01-01 10:00:00\", \"n\": ").append(i).append("},\n");
        }
        Files.writeString(f, sb.append("  {}\n]}\n"));
      }
      default -> Files.writeString(f, "");
    }

    assertNull(parts(f));
  }

  /** A stream that hands out a few bytes per read, so that lines straddle the reads. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      private int call;

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + (call++ % 7)));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "jsonl", "conti", "csv"})
  void unitsStraddlingReadsReadAsInOneRead(String kind) throws IOException {
    byte[] bytes = Samples.make(kind, 3, 2_000);
    int bom = (bytes[0] & 0xff) == 0xef ? 3 : 0;
    List<String> oneRead = scan(kind, new ByteArrayInputStream(bytes, bom, bytes.length));
    List<String> trickled =
        scan(kind, trickle(java.util.Arrays.copyOfRange(bytes, bom, bytes.length)));

    assertTrue(oneRead.size() > 1_000, String.valueOf(oneRead.size()));
    assertEquals(oneRead, trickled);
  }

  private static List<String> scan(String kind, InputStream in) throws IOException {
    Recorder r = new Recorder();
    int max = InputConfig.DEFAULT_MAX_LINE_LENGTH;
    JsonRecords records = new JsonRecords(JsonPath.key("ts"), null, false);
    ByteScanner scanner =
        switch (kind) {
          case "text" -> new TextScanner(r, max, true);
          case "jsonl" -> new JsonLinesScanner(records, r, max, true);
          case "conti" -> new JsonStreamScanner(records, r, max);
          default -> new CsvScanner(r, ',', 1, 2, false, true, max);
        };
    Boundary boundary =
        switch (kind) {
          case "text", "jsonl" -> Boundary.LINE;
          case "conti" -> Boundary.ROOT_OBJECT;
          default -> Boundary.FILLED_LINE;
        };
    boolean complete = ByteReader.read(ByteReader.of(in), boundary, scanner, ReadProgress.NONE);
    assertTrue(complete);
    List<String> out = new ArrayList<>(r.events);
    out.add("lines " + scanner.lines);
    return out;
  }

  @Test
  void aLineLongerThanABlockGrowsTheBufferAndReadsWhole() throws IOException {
    String value = "2024-01-01 10:00:00" + " ".repeat(ByteReader.BLOCK * 3);
    byte[] bytes = ("a\n" + value + "\nb\n").getBytes(StandardCharsets.UTF_8);
    Recorder r = new Recorder();
    ByteReader.read(
        ByteReader.of(new ByteArrayInputStream(bytes)),
        Boundary.LINE,
        new TextScanner(r, InputConfig.DEFAULT_MAX_LINE_LENGTH, true),
        ReadProgress.NONE);

    assertEquals(List.of("1 text a", "2 text " + value, "3 text b"), r.events);
  }

  @Test
  void aMultiByteLineIsTooLongByItsCharactersNotItsBytes() throws IOException {
    // 30 two-byte characters: 60 bytes, 30 characters, under a maximum of 40.
    String line = "é".repeat(30);
    Recorder r = new Recorder();
    boolean complete =
        ByteReader.read(
            ByteReader.of(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8))),
            Boundary.LINE,
            new TextScanner(r, 40, false),
            ReadProgress.NONE);

    assertTrue(complete);
    assertEquals(List.of("1 text " + line), r.events);
    assertFalse(
        ByteReader.read(
            ByteReader.of(
                new ByteArrayInputStream((line + line + "\n").getBytes(StandardCharsets.UTF_8))),
            Boundary.LINE,
            new TextScanner(new Recorder(), 40, false),
            ReadProgress.NONE),
        "60 characters are over 40: a part doubts");
  }
}
