package dev.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.run.Analysis;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.TimeConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a file in parts on several threads gives exactly what reading it whole on one thread
 * gives: the grid, the totals, the skipped counts by reason, the notes, the first messages with
 * their line numbers, the error. And the byte paths read exactly as the character paths (Commons
 * CSV and Jackson on decoded text) that they stand in for.
 */
class PartsTest {
  static final String[] KINDS = {
    "text",
    "text-long-line",
    "jsonl",
    "jsonl-long-line",
    "conti",
    "conti-crlf",
    "conti-broken",
    "csv",
    "csv-semicolon",
    "csv-odd",
    "csv-quoted-newline"
  };

  @TempDir static Path dir;

  static Path sample(String kind) {
    return sample(kind, 20_000);
  }

  static Path sample(String kind, int records) {
    Path f = dir.resolve(kind + "-" + records + Samples.extension(kind));
    if (!Files.exists(f)) {
      write(f, Samples.make(kind, kind.hashCode(), records));
    }
    return f;
  }

  private static void write(Path f, byte[] bytes) {
    try {
      Files.write(f, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> splits() {
    List<Arguments> list = new ArrayList<>();
    int[][] ways = {{2, 2}, {2, 7}, {3, 5}, {4, 16}};
    for (String kind : KINDS) {
      for (int[] w : ways) {
        list.add(Arguments.of(kind, w[0], w[1]));
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "{0} in about {2} parts on {1} threads")
  @MethodSource("splits")
  void aFileReadInPartsReadsAsAWhole(String kind, int threads, int parts) throws IOException {
    Path f = sample(kind);
    long part = Math.max(1, Files.size(f) / parts);

    String whole = read(List.of(f), Analysis.Parallelism.SEQUENTIAL);
    String split = read(List.of(f), new Analysis.Parallelism(threads, part));

    assertEquals(whole, split);
  }

  /**
   * The first part holds fewer values than the timestamp format is chosen from, so the choice would
   * need values from the next parts: the file is read whole.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "jsonl", "conti", "csv"})
  void aFirstPartTooShortForTheFormatSampleReadsAsAWhole(String kind) throws IOException {
    Path f = sample(kind, 1_500);

    String whole = read(List.of(f), Analysis.Parallelism.SEQUENTIAL);
    String split = read(List.of(f), new Analysis.Parallelism(4, Files.size(f) / 16));

    assertEquals(whole, split);
  }

  /** Groups, also past the most that are counted one by one, come out as from one tally. */
  @ParameterizedTest
  @ValueSource(ints = {50, 30_000})
  void groupsReadInPartsAndFilesAsAWhole(int users) throws IOException {
    Path a = dir.resolve("groups-a-" + users + ".csv");
    Path b = dir.resolve("groups-b-" + users + ".csv");
    for (Path f : List.of(a, b)) {
      StringBuilder sb = new StringBuilder("ts,user\n");
      java.util.SplittableRandom r = new java.util.SplittableRandom(f.hashCode());
      for (int i = 0; i < 40_000; i++) {
        sb.append("2024-01-").append(10 + r.nextInt(20)).append(" 10:").append(10 + r.nextInt(50));
        sb.append(":00,u").append(r.nextInt(users)).append('\n');
      }
      Files.writeString(f, sb);
    }
    InputConfig config =
        InputConfig.auto(FormatDetector.JUDGE)
            .withFields(null, new dev.heatmap.input.extract.FieldSpec("user"));

    String whole = read(List.of(a, b, a), Analysis.Parallelism.SEQUENTIAL, config);
    String split = read(List.of(a, b, a), new Analysis.Parallelism(3, 64 << 10), config);

    assertEquals(whole, split);
  }

  @Test
  void manyFilesReadSideBySideReportInTheirOrder() {
    List<Path> files = new ArrayList<>();
    for (String kind : KINDS) {
      files.add(sample(kind));
    }
    files.add(dir.resolve("missing.txt"));
    files.addAll(files.subList(0, 3));

    String sequential = read(files, Analysis.Parallelism.SEQUENTIAL);
    String parallel = read(files, new Analysis.Parallelism(3, 64 << 10));

    assertEquals(sequential, parallel);
    assertTrue(sequential.contains("missing.txt: no such file"), sequential);
  }

  /**
   * The same content gzip-compressed (CSV and concatenated JSON: Commons CSV and Jackson read it)
   * or in UTF-16 (text and JSON lines: the character line reader and Jackson read it).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "text",
        "jsonl",
        "conti",
        "conti-crlf",
        "conti-broken",
        "csv",
        "csv-semicolon",
        "csv-odd"
      })
  void theBytePathReadsAsTheCharacterPath(String kind) throws IOException {
    Path f = sample(kind);
    byte[] bytes = Files.readAllBytes(f);
    boolean lines = kind.equals("text") || kind.equals("jsonl");
    Path other = dir.resolve("other-" + kind + Samples.extension(kind) + (lines ? "" : ".gz"));
    write(other, lines ? utf16(bytes) : gzip(bytes));

    String bytePath = read(List.of(f), Analysis.Parallelism.SEQUENTIAL);
    String charPath = read(List.of(other), Analysis.Parallelism.SEQUENTIAL);

    assertEquals(bytePath, charPath.replace(other.toString(), f.toString()));
  }

  private static byte[] utf16(byte[] utf8) {
    int bom = utf8.length >= 3 && (utf8[0] & 0xff) == 0xef ? 3 : 0;
    String text = new String(utf8, bom, utf8.length - bom, StandardCharsets.UTF_8);
    return ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  /** Everything a run's user could see of its reading, as one text to compare. */
  static String read(List<Path> files, Analysis.Parallelism parallelism) {
    return read(files, parallelism, InputConfig.auto(FormatDetector.JUDGE));
  }

  static String read(List<Path> files, Analysis.Parallelism parallelism, InputConfig config) {
    Analysis analysis = new Analysis(config, TimeConfig.utc(), parallelism, ReadProgress.NONE);
    List<Source> sources = new ArrayList<>();
    for (Path f : files) {
      sources.add(Source.file(f));
    }
    StringBuilder sb = new StringBuilder();
    analysis.readAll(
        sources,
        r -> {
          sb.append(r.source()).append(": counted ").append(r.counted());
          sb.append(", error ").append(r.failed() ? r.error().getMessage() : "none").append('\n');
          r.diagnostics().notes().forEach(n -> sb.append("  note ").append(n).append('\n'));
          r.diagnostics().messages().forEach(m -> sb.append("  ").append(m).append('\n'));
          sb.append("  dropped ").append(r.diagnostics().dropped());
          sb.append(", skips ").append(r.diagnostics().skips()).append('\n');
        });
    WeekHourGrid g = analysis.tally().overall();
    sb.append("grid ").append(Arrays.toString(g.counts())).append('\n');
    sb.append("total ").append(g.total()).append(", skipped ").append(g.skipped());
    sb.append(", first ").append(g.first()).append(", last ").append(g.last()).append('\n');
    for (dev.heatmap.grid.Tally.Group group : analysis.tally().groups(0)) {
      sb.append(group.name()).append(' ').append(Arrays.toString(group.grid().counts()));
      sb.append(' ').append(group.grid().skipped()).append('\n');
    }
    return sb.toString();
  }
}
