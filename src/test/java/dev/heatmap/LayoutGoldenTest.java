package dev.heatmap;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden log and chat input under {@code src/test/resources/layouts} (issue 13), read with no
 * flags but its {@code args}, through every read path, gives exactly the grid, the event and
 * continuation counts and the group totals of its {@code .expected} file, which were computed when
 * the input was written, not by heatmap.
 */
class LayoutGoldenTest {
  /** The ways an input reaches the extractor. */
  enum ReadPath {
    /** A UTF-8 file read whole from its bytes. */
    BYTES,
    /** The same text in UTF-16LE with a byte-order mark: the decoding character path. */
    CHARS,
    /** The bytes as a stream that hands over 1 to 7 bytes per read. */
    TRICKLED,
    /**
     * The file repeated until it splits into parts read on several threads (the grid times the
     * repeats); a layout whose lines depend on the lines before it is read whole instead.
     */
    PARTS
  }

  @TempDir static Path dir;

  static final Path ROOT = resource("/layouts");

  static Path resource(String name) {
    try {
      return Path.of(LayoutGoldenTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One input's {@code .expected} file. */
  record Expected(
      List<String> args,
      Instant mtime,
      long events,
      long continuation,
      Instant first,
      Instant last,
      long[] cells,
      Map<String, Map<String, Long>> groups) {
    static Expected of(Path file) {
      List<String> args = List.of();
      Instant mtime = null;
      long events = -1;
      long continuation = -1;
      Instant first = null;
      Instant last = null;
      long[] cells = new long[WeekHourGrid.CELLS];
      Map<String, Map<String, Long>> groups = new TreeMap<>();
      List<String> days = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] p = line.split(" ");
          switch (p[0]) {
            case "args" -> args = List.of(Arrays.copyOfRange(p, 1, p.length));
            case "mtime" -> mtime = Instant.parse(p[1]);
            case "events" -> events = Long.parseLong(p[1]);
            case "continuation" -> continuation = Long.parseLong(p[1]);
            case "first" -> first = Instant.parse(p[1]);
            case "last" -> last = Instant.parse(p[1]);
            case "group" ->
                groups
                    .computeIfAbsent(p[1], k -> new TreeMap<>())
                    .put(p[2].replace("\\s", " "), Long.parseLong(p[3]));
            default -> {
              int day = days.indexOf(p[0]);
              assertTrue(day >= 0, file + ": " + line);
              cells[day * 24 + Integer.parseInt(p[1])] = Long.parseLong(p[2]);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Expected(args, mtime, events, continuation, first, last, cells, groups);
    }

    Integer year() {
      int i = args.indexOf("--year");
      return i < 0 ? null : Integer.valueOf(args.get(i + 1));
    }
  }

  static List<Path> inputs() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".expected"))
          .sorted()
          .forEach(f -> out.add(Path.of(f.toString().replaceFirst("\\.expected$", ""))));
    }
    return out;
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> list = new ArrayList<>();
    for (Path f : inputs()) {
      for (ReadPath p : ReadPath.values()) {
        list.add(Arguments.of(ROOT.relativize(f).toString(), p));
      }
    }
    assertTrue(list.size() >= 4 * 40, "the corpus is missing: " + list.size());
    return list.stream();
  }

  /** What one read of an input gave. */
  record Read(
      long[] cells,
      long events,
      long continuation,
      long skipped,
      long first,
      long last,
      Map<String, Long> groups) {}

  static Read read(Source source, InputConfig config) {
    Analysis analysis =
        new Analysis(config, TimeConfig.utc(), Analysis.Parallelism.SEQUENTIAL, ReadProgress.NONE);
    return read(analysis, source);
  }

  static Read read(Analysis analysis, Source source) {
    List<String> errors = new ArrayList<>();
    analysis.readAll(
        List.of(source),
        r -> {
          if (r.failed()) {
            errors.add(r.error().getMessage());
          }
        });
    assertEquals(List.of(), errors);
    WeekHourGrid g = analysis.tally().overall();
    Map<String, Long> groups = new TreeMap<>();
    for (Tally.Group group : analysis.tally().groups(0)) {
      groups.put(group.name(), group.grid().total());
    }
    return new Read(
        g.counts(), g.total(), g.continuation(), g.skipped(), g.first(), g.last(), groups);
  }

  @ParameterizedTest(name = "{0} through {1}")
  @MethodSource("cases")
  void everyLayoutReadsIntoItsExactGridOnEveryReadPath(String name, ReadPath path)
      throws IOException {
    Path file = ROOT.resolve(name);
    Expected want = Expected.of(Path.of(file + ".expected"));
    byte[] bytes = Files.readAllBytes(file);
    String base = file.getFileName().toString();
    InputConfig config = InputConfig.auto(FormatDetector.JUDGE).withYear(want.year());
    long times = 1;
    Source source;
    switch (path) {
      case BYTES -> source = Source.file(copy(base, "bytes", bytes));
      case CHARS -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        source =
            Source.file(copy(base, "chars", ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE)));
      }
      case TRICKLED -> source = new Source(base, null, trickle(bytes));
      default -> {
        if (want.year() == null) {
          // Enough copies that the first of four parts holds more values than the format sample.
          times = 4 * 1000 / Math.max(1, want.events()) + 2;
        }
        // CSV content: its header row is written once, the rows repeated.
        int header = name.startsWith("content-csv/") ? indexOf(bytes, (byte) '\n') + 1 : 0;
        int body = bytes.length - header;
        byte[] many = new byte[(int) (header + body * times)];
        System.arraycopy(bytes, 0, many, 0, header);
        for (int i = 0; i < times; i++) {
          System.arraycopy(bytes, header, many, header + i * body, body);
        }
        Path f = copy(base, "parts", many);
        Analysis analysis =
            new Analysis(
                config,
                TimeConfig.utc(),
                new Analysis.Parallelism(3, Math.max(1, many.length / 4)),
                ReadProgress.NONE);
        check(name, want, read(analysis, Source.file(f)), times);
        return;
      }
    }
    check(name, want, read(source, config), times);
  }

  private static void check(String name, Expected want, Read got, long times) {
    long[] cells = want.cells().clone();
    for (int i = 0; i < cells.length; i++) {
      cells[i] *= times;
    }
    assertEquals(Arrays.toString(cells), Arrays.toString(got.cells()), name + ": grid");
    assertEquals(want.events() * times, got.events(), name + ": events");
    assertEquals(want.continuation() * times, got.continuation(), name + ": continuation lines");
    assertEquals(0, got.skipped(), name + ": skipped");
    // to the second, a fraction cut and never rounded (Zeek's ts: 1709634823.799481)
    assertEquals(want.first().getEpochSecond(), got.first(), name + ": first instant");
    assertEquals(want.last().getEpochSecond(), got.last(), name + ": last instant");
  }

  /** Each input, grouped by each of its layout's fields, gives the group totals expected. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("groupCases")
  void everyLayoutFieldGroupsTheEvents(String name, String field) throws IOException {
    Path file = ROOT.resolve(name);
    Expected want = Expected.of(Path.of(file + ".expected"));
    InputConfig config =
        InputConfig.auto(FormatDetector.JUDGE)
            .withYear(want.year())
            .withFields(null, new FieldSpec(field));
    Read got = read(Source.file(file), config);
    assertEquals(new TreeMap<>(want.groups().get(field)), got.groups(), name + " by " + field);
  }

  static Stream<Arguments> groupCases() throws IOException {
    List<Arguments> list = new ArrayList<>();
    for (Path f : inputs()) {
      Expected e = Expected.of(Path.of(f + ".expected"));
      for (String field : e.groups().keySet()) {
        list.add(Arguments.of(ROOT.relativize(f).toString(), field));
      }
    }
    return list.stream();
  }

  /**
   * Without {@code --year}, a year-less log takes its year from the file's modification time: a
   * rotated {@code auth.log.1} spanning New Year counts into the right weekdays.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("yearless")
  void yearLessDatesTakeTheYearFromTheModificationTime(String name) throws IOException {
    Path file = ROOT.resolve(name);
    Expected want = Expected.of(Path.of(file + ".expected"));
    Path f = copy(file.getFileName().toString(), "mtime", Files.readAllBytes(file));
    Files.setLastModifiedTime(f, FileTime.from(want.mtime()));
    check(name, want, read(Source.file(f), InputConfig.auto(FormatDetector.JUDGE)), 1);
  }

  static Stream<String> yearless() throws IOException {
    Map<String, Boolean> names = new LinkedHashMap<>();
    for (Path f : inputs()) {
      if (Expected.of(Path.of(f + ".expected")).mtime() != null) {
        names.put(ROOT.relativize(f).toString(), true);
      }
    }
    assertTrue(names.size() >= 3, names.toString());
    return names.keySet().stream();
  }

  private static Path copy(String base, String path, byte[] bytes) throws IOException {
    Path d = dir.resolve(path + "-" + System.nanoTime());
    Files.createDirectories(d);
    Path f = d.resolve(base);
    Files.write(f, bytes);
    return f;
  }

  private static int indexOf(byte[] b, byte c) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** A stream that hands over 1 to 7 bytes per read. */
  static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      private int n;

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + (n++ % 7)));
      }
    };
  }
}
