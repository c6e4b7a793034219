package dev.heatmap.input.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.run.Analysis;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.TimeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The byte scanner of JSON lines (strings skipped eight bytes a step, literals and keys compared as
 * bytes, doubt handed to Jackson) counts exactly what Jackson counts: the same file written as
 * UTF-8 (read on bytes) and as UTF-16 (read by Jackson from characters) gives the same grid, the
 * same skipped records and the same groups. The strings are made to put quotes, backslashes,
 * escapes, control characters and non-ASCII text at every offset of an eight-byte word.
 */
class JsonBytePathPropertyTest {
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("json-byte-path");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(JsonBytePathPropertyTest::delete);
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 300)
  void bytePathCountsWhatJacksonCounts(@ForAll("files") List<String> lines) throws IOException {
    String text = String.join("\n", lines) + "\n";
    Path utf8 = dir.resolve("utf8-" + System.nanoTime() + ".jsonl");
    Files.write(utf8, text.getBytes(StandardCharsets.UTF_8));
    Path utf16 = dir.resolve("utf16-" + System.nanoTime() + ".jsonl");
    Files.write(utf16, ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE));
    Read bytes = read(utf8);
    Read chars = read(utf16);
    assertEquals(chars.cells(), bytes.cells(), "grid\n" + text);
    assertEquals(chars.total(), bytes.total(), "events\n" + text);
    assertEquals(chars.skipped(), bytes.skipped(), "skipped\n" + text);
    assertEquals(chars.groups(), bytes.groups(), "groups\n" + text);
    assertEquals(chars.errors(), bytes.errors(), "errors\n" + text);
  }

  /** The generator itself: its files are read, not refused before reading. */
  @Property(tries = 20)
  void theFilesHoldCountedAndSkippedRecords(@ForAll("files") List<String> lines)
      throws IOException {
    Path utf8 = dir.resolve("check-" + System.nanoTime() + ".jsonl");
    Files.write(utf8, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    Read r = read(utf8);
    assertTrue(r.total() > 0 || !r.errors().isEmpty(), "records count, or the file fails whole");
  }

  private record Read(
      String cells, long total, long skipped, Map<String, Long> groups, List<String> errors) {}

  private static Read read(Path file) {
    InputConfig config =
        InputConfig.auto(FormatDetector.JUDGE)
            .withFields(new FieldSpec("ts"), new FieldSpec("from"));
    Analysis analysis =
        new Analysis(config, TimeConfig.utc(), Analysis.Parallelism.SEQUENTIAL, ReadProgress.NONE);
    List<String> errors = new ArrayList<>();
    analysis.readAll(
        List.of(Source.file(file)),
        r -> {
          if (r.failed()) {
            // The message names the file, whose name differs between the two reads.
            errors.add(r.error().getMessage().replace(file.toString(), "FILE"));
          }
        });
    WeekHourGrid g = analysis.tally().overall();
    Map<String, Long> groups = new TreeMap<>();
    for (Tally.Group group : analysis.tally().groups(0)) {
      groups.put(group.name(), group.grid().total());
    }
    return new Read(Arrays.toString(g.counts()), g.total(), g.skipped(), groups, errors);
  }

  @Provide
  Arbitrary<List<String>> files() {
    Arbitrary<String> good =
        Combinators.combine(stamps(), texts(), names(), texts())
            .as(
                (ts, msg, from, other) ->
                    "{\"msg\":\""
                        + msg
                        + "\",\"ts\":\""
                        + ts
                        + "\",\"from\":\""
                        + from
                        + "\",\"x\":[true,false,null,1.5e3,{\"k\":\""
                        + other
                        + "\"}]}");
    Arbitrary<String> stampFirst =
        Combinators.combine(stamps(), names())
            .as((ts, from) -> "{\"ts\":\"" + ts + "\", \"from\" : \"" + from + "\"}");
    Arbitrary<String> odd =
        Arbitraries.of(
            "{\"ts\":null,\"from\":\"a\"}",
            "{\"ts\":17,\"from\":\"a\"}",
            "{\"ts\":\"\",\"from\":\"a\"}",
            "{\"ts\":\"2024-03-01T10:00:00Z\"",
            "{\"ts\":\"2024-03-01T10:00:00Z\",}",
            "{\"ts\":\"2024-03-01T10:00:00Z\" \"from\":\"b\"}",
            "{\"ts\":tru,\"from\":\"a\"}",
            "{\"ts\":nulls,\"from\":\"a\"}",
            "{\"ts\":\"2024-03-01T10:\u0001:00Z\"}",
            "{\"from\":\"c\"}",
            "[1,2,3]",
            "\"a string\"",
            "{\"ts\":\"2024-03-01T10:00:00Z\",\"from\":\"d\\q\"}",
            "{\"ts\":\"2024-03-01T10:00:00Z\",\"from\":\"d\\u00e9\\u12\"}",
            "  ",
            "{\"ts\":\"2024-03-0\\u0031T10:00:00Z\",\"from\":\"e\"}",
            "{\"t\\u0073\":\"2024-03-01T11:00:00Z\",\"from\":\"f\"}");
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, good),
            net.jqwik.api.Tuple.of(2, stampFirst),
            net.jqwik.api.Tuple.of(2, odd))
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .filter(l -> l.stream().anyMatch(s -> s.contains("\"ts\":\"20") && s.endsWith("}")));
  }

  private static Arbitrary<String> stamps() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59),
            Arbitraries.of("Z", "+03:00", "-05:30", ".123Z"))
        .as((d, h, m, z) -> String.format("2024-02-%02dT%02d:%02d:07%s", d, h, m, z));
  }

  private static Arbitrary<String> names() {
    return Arbitraries.of("alice", "bob", "сергей", "李", "a\\\"b", "x\\\\y", "tab\\tz", "");
  }

  /** JSON string bodies: runs of plain text of every length, with a stop somewhere in them. */
  private static Arbitrary<String> texts() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(17);
    Arbitrary<String> stop =
        Arbitraries.of(
            "\\\"",
            "\\\\",
            "\\n",
            "\\u00e9",
            "\\/",
            "é",
            "日本",
            "\uD83D\uDE00",
            " ",
            "\u007f",
            "\u0080",
            "\\",
            "\"",
            "\u0001",
            "\t");
    return Combinators.combine(plain, stop, plain, stop, plain)
        .as((a, s, b, t, c) -> a + s + b + t + c);
  }
}
