package dev.heatmap.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job in local[2] gives what the CLI gives on the same files and options: the same report, byte
 * for byte, the same exit code, and the same lines on standard error (the job adds only its note on
 * each directory it lists).
 */
class SameAsCliTest {
  private static final Path REPO = Path.of(System.getProperty("heatmap.repo", "../.."));
  private static final Path EXAMPLES = REPO.resolve("example_data").toAbsolutePath().normalize();

  @TempDir static Path dir;

  @BeforeAll
  static void generate() throws IOException {
    Random r = new Random(18);
    // JSON lines with broken lines, lines without the key and unparseable values among them.
    try (Writer w = Files.newBufferedWriter(dir.resolve("malformed.jsonl"))) {
      long t = 1_600_000_000L;
      for (int i = 0; i < 5000; i++) {
        t += r.nextInt(3600);
        switch (i % 97) {
          case 13 -> w.write("{\"ts\": \"" + Instant.ofEpochSecond(t) + "\", \"user\": \n");
          case 41 -> w.write("{\"user\": \"u" + (i % 7) + "\"}\n");
          case 77 -> w.write("{\"ts\": \"not a time\", \"user\": \"u1\"}\n");
          default ->
              w.write(
                  "{\"ts\": \""
                      + Instant.ofEpochSecond(t)
                      + "\", \"user\": \"u"
                      + (i % 7)
                      + "\"}\n");
        }
      }
    }
    // The same kind of file, gzipped (with a name that does not say so).
    try (Writer w =
        new java.io.OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(dir.resolve("events.log"))),
            StandardCharsets.UTF_8)) {
      long t = 1_500_000_000L;
      for (int i = 0; i < 20_000; i++) {
        t += r.nextInt(900);
        w.write(Instant.ofEpochSecond(t).toString().replace('T', ' ').replace("Z", "") + "\n");
      }
    }
    // CSV whose quoted fields hold line breaks.
    try (Writer w = Files.newBufferedWriter(dir.resolve("quoted.csv"))) {
      w.write("id,created_at,body\n");
      long t = 1_650_000_000L;
      for (int i = 0; i < 3000; i++) {
        t += r.nextInt(7200);
        w.write(i + "," + Instant.ofEpochSecond(t) + ",\"line one\nline, two\n\"\"three\"\"\"\n");
      }
    }
    // More groups than the CLI counts one by one (10,000), the busiest named first.
    try (Writer w = Files.newBufferedWriter(dir.resolve("many-groups.jsonl"))) {
      long t = 1_700_000_000L;
      for (int i = 0; i < 60_000; i++) {
        t += 1 + r.nextInt(60);
        String group = i % 2 == 0 ? "busy" + (i % 10) : "g" + i;
        w.write("{\"at\": " + t + ", \"who\": \"" + group + "\"}\n");
      }
    }
    // Plain text timestamps, some 450 KB, a few of them broken.
    try (Writer w = Files.newBufferedWriter(dir.resolve("times.txt"))) {
      long t = 1_400_000_000L;
      for (int i = 0; i < 22_000; i++) {
        t += r.nextInt(1200);
        String v = Instant.ofEpochSecond(t).toString().replace('T', ' ').replace("Z", "");
        w.write(i % 4001 == 7 ? "garbage " + i + "\n" : v + "\n");
      }
    }
    // A JSON-lines file of some 3 MB.
    try (OutputStream o = Files.newOutputStream(dir.resolve("big.jsonl"));
        Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8)) {
      long t = 1_580_000_000L;
      for (int i = 0; i < 40_000; i++) {
        t += r.nextInt(300);
        w.write(
            "{\"time\": \""
                + Instant.ofEpochSecond(t)
                + "\", \"from\": \"p"
                + r.nextInt(40)
                + "\", \"text\": \""
                + "x".repeat(r.nextInt(60))
                + "\"}\n");
      }
    }
  }

  // Grouped cases with --infer-tz compare each group's own inference (groups[].tz_inference, the
  // crew line), gathered per group by the tasks; --calendar cases compare the day counts, quiet
  // stretches and holidays, overall and per group.
  static Stream<Arguments> cases() {
    String jabber = EXAMPLES.resolve("jabber").toString();
    List<String> jabberFiles = new ArrayList<>();
    for (String f : new String[] {"2020-06.json", "2020-09.json", "2021-02.json"}) {
      jabberFiles.add(jabber + "/" + f);
    }
    List<Arguments> list = new ArrayList<>();
    list.add(
        Arguments.of(
            "jabber, by sender, inferred zone",
            join(jabberFiles, "--group-by", "from", "--infer-tz", "-f", "json")));
    list.add(
        Arguments.of(
            "jabber, by sender, calendar and inferred zones",
            join(jabberFiles, "--group-by", "from", "--infer-tz", "--calendar", "-f", "json")));
    list.add(
        Arguments.of(
            "jabber calendar in Moscow, text",
            join(jabberFiles, "--tz", "Europe/Moscow", "--calendar", "--group-by", "from")));
    list.add(
        Arguments.of(
            "jabber as HTML: the calendar of a long range without --calendar",
            join(jabberFiles, "--group-by", "from", "--no-plotly", "-f", "html")));
    list.add(
        Arguments.of(
            "jabber in Moscow, Sunday first, markdown",
            join(
                jabberFiles, "--tz", "Europe/Moscow", "--week-start", "sunday", "-f", "markdown")));
    list.add(Arguments.of("isoon text", List.of(ex("isoon.txt"), "--infer-tz", "-f", "json")));
    list.add(
        Arguments.of(
            "isoon csv in Shanghai",
            List.of(ex("isoon.csv"), "--tz", "Asia/Shanghai", "-f", "json")));
    list.add(Arguments.of("isoon workbook", List.of(ex("isoon.xlsx"), "-f", "json")));
    list.add(
        Arguments.of(
            "matrix room", List.of(ex("matrix/room.json"), "--group-by", "sender", "-f", "json")));
    list.add(
        Arguments.of(
            "malformed JSON lines",
            List.of(
                gen("malformed.jsonl"),
                "--group-by",
                "user",
                "--infer-tz",
                "--calendar",
                "-f",
                "json")));
    list.add(
        Arguments.of(
            "gzip without its extension",
            List.of(gen("events.log"), "--infer-tz", "--tz", "+05:30", "-f", "json")));
    list.add(Arguments.of("CSV with quoted line breaks", List.of(gen("quoted.csv"), "-f", "csv")));
    // Without --calendar: the CLI counts only the first Tally.MAX_DAY_GROUPS groups it sees day by
    // day (and says which shown groups have no row), where the job counts every group's days
    // exactly; the calendar's parity is held by the cases above and below.
    list.add(
        Arguments.of(
            "more groups than the CLI's cap",
            List.of(
                gen("many-groups.jsonl"),
                "--group-by",
                "who",
                "--top",
                "5",
                "--infer-tz",
                "-f",
                "json")));
    list.add(
        Arguments.of(
            "a big JSON-lines file, since and until",
            List.of(
                gen("big.jsonl"),
                "--group-by",
                "from",
                "--infer-tz",
                "--calendar",
                "--since",
                "2020-02-01",
                "--until",
                "2020-03-01",
                "-f",
                "json")));
    list.add(
        Arguments.of(
            "every input at once",
            join(
                List.of(ex("isoon.txt"), gen("malformed.jsonl"), gen("events.log")),
                "--infer-tz",
                "-f",
                "json")));
    list.add(
        Arguments.of(
            "a missing file among good ones",
            List.of(ex("isoon.txt"), gen("no-such-file.json"), "-f", "json")));
    list.add(Arguments.of("only a missing file", List.of(gen("no-such.txt"), "-f", "json")));
    return list.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameReportExitCodeAndMessages(String name, List<String> args) throws Exception {
    String[] a = args.toArray(new String[0]);
    Cli.Result cli = Cli.run(a);
    Cli.Result job = Job.run(a);
    // The job groups exactly (reduceByKey); the CLI counts at most 10,000 groups apart and says
    // what its cap did. Where it says the groups shown are exact, they must be the job's.
    String cliErr = withoutCapLine(cli.err());
    byte[] cliOut = withoutGroupCap(cli.out());
    if (!cliErr.equals(cli.err())) {
      assertTrue(cli.err().contains("the groups shown are exact"), cli.err());
    }
    assertEquals(cliErr, job.err(), "standard error");
    assertEquals(cli.code(), job.code(), "exit code");
    assertArrayEquals(cliOut, job.out(), () -> "report differs:\n" + job.outText());
  }

  /** The CLI's stderr without its line about the group cap. */
  private static String withoutCapLine(String err) {
    StringBuilder kept = new StringBuilder();
    for (String line : err.split("\n", -1)) {
      if (!line.startsWith("heatmap: --group-by: more than ")) {
        kept.append(kept.length() == 0 ? "" : "\n").append(line);
      }
    }
    return kept.toString();
  }

  /** The CLI's JSON report without its {@code "group_cap"} object (written only by the CLI). */
  private static byte[] withoutGroupCap(byte[] out) {
    String json = new String(out, StandardCharsets.UTF_8);
    int at = json.indexOf(",\n  \"group_cap\" : {");
    if (at < 0) {
      return out;
    }
    int end = json.indexOf("\n  }", at) + 4;
    return (json.substring(0, at) + json.substring(end)).getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> partCases() {
    return Stream.of(
        // Cut into small ranges: every range after the first reads with the first's format, and
        // the line numbers of its messages move by the lines before it.
        Arguments.of(
            "JSON lines in ranges",
            List.of(gen("big.jsonl"), "--group-by", "from", "--infer-tz", "--calendar"),
            "256K",
            new HeatmapJob.Units(0, 14, 0)),
        Arguments.of(
            "malformed JSON lines in ranges",
            List.of(gen("malformed.jsonl"), "--group-by", "user", "--infer-tz"),
            "64K",
            new HeatmapJob.Units(0, 4, 0)),
        Arguments.of(
            "text in ranges with a second small file",
            List.of(gen("times.txt"), ex("isoon.txt"), "--tz", "Asia/Kolkata", "--calendar"),
            "128K",
            new HeatmapJob.Units(0, 7, 0)),
        // Read through Hadoop's streams with positional reads, as an object store's files are.
        Arguments.of(
            "JSON lines in ranges through Hadoop streams",
            List.of(gen("big.jsonl"), "--group-by", "from", "--streams"),
            "512K",
            new HeatmapJob.Units(0, 7, 0)),
        // Quoted line breaks make the first part doubt: the file is read whole again.
        Arguments.of(
            "CSV with quoted line breaks across ranges",
            List.of(gen("quoted.csv")),
            "32K",
            new HeatmapJob.Units(0, 1, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partCases")
  void largeFilesReadInRangesGiveTheCliReport(
      String name, List<String> args, String partSize, HeatmapJob.Units units) throws Exception {
    List<String> cliArgs = new ArrayList<>(args);
    boolean streams = cliArgs.remove("--streams");
    cliArgs.addAll(List.of("-f", "json"));
    List<String> jobArgs = new ArrayList<>(cliArgs);
    jobArgs.addAll(List.of("--part-size", partSize));
    Cli.Result cli = Cli.run(cliArgs.toArray(new String[0]));
    Cli.Result job =
        streams
            ? Job.runThroughStreams(jobArgs.toArray(new String[0]))
            : Job.run(jobArgs.toArray(new String[0]));
    assertEquals(cli.err(), job.err(), "standard error");
    assertEquals(cli.code(), job.code(), "exit code");
    assertArrayEquals(cli.out(), job.out(), () -> "report differs:\n" + job.outText());
    assertEquals(units, Job.lastUnits);
  }

  @Test
  void aDirectoryIsItsFilesInPathOrderAndSaysHowMany(@TempDir Path out) throws Exception {
    Path local = out.resolve("local/r.json");
    Path cluster = out.resolve("cluster/r.json");
    Files.createDirectories(local.getParent());
    String jabber = EXAMPLES.resolve("jabber").toString();
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(EXAMPLES.resolve("jabber"))) {
      listing.map(Path::toString).filter(n -> n.endsWith(".json")).sorted().forEach(files::add);
    }
    Cli.Result cli =
        Cli.run(
            join(files, "--group-by", "from", "--infer-tz", "-f", "json", "-o", local.toString())
                .toArray(new String[0]));
    Cli.Result job =
        Job.run(jabber, "--group-by", "from", "--infer-tz", "-f", "json", "-o", cluster.toString());
    assertEquals(0, cli.code());
    assertEquals(0, job.code());
    assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(cluster));
    assertEquals(
        "heatmap: "
            + jabber
            + ": a directory, "
            + files.size()
            + " files read (names starting with . or _ left out)\n"
            + cli.err(),
        job.err());
    // Written through Hadoop's raw local file system: no .crc file beside the report.
    try (Stream<Path> left = Files.list(cluster.getParent())) {
      assertEquals(List.of(cluster), left.toList());
    }
  }

  private static Path series;

  /** The job's --emit-series of big.jsonl by sender, written once. */
  private static synchronized Path series() throws IOException {
    if (series == null) {
      Path out = dir.resolve("series/by-sender.csv");
      Files.createDirectories(out.getParent());
      Cli.Result job =
          Job.run(
              gen("big.jsonl"),
              "--group-by",
              "from",
              "--emit-series",
              out.toString(),
              "-f",
              "json",
              "-o",
              dir.resolve("series/r.json").toString());
      assertEquals(0, job.code(), job.err());
      assertTrue(
          job.err()
              .endsWith(
                  "heatmap: "
                      + out
                      + ": "
                      + (Files.readAllLines(out).size() - 1)
                      + " lines of events per 15-minute UTC bucket and group written (read it"
                      + " back with --count-field count --group-by group)\n"),
          job.err());
      series = out;
    }
    return series;
  }

  @ParameterizedTest(name = "--tz {0}")
  @ValueSource(strings = {"UTC", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York"})
  void theSeriesReadBackWithCountFieldRedrawsTheGridInAnyQuarterHourZone(String zone)
      throws Exception {
    Path s = series();
    List<String> lines = Files.readAllLines(s);
    assertEquals("bucket,group,count", lines.get(0));
    // Sorted by bucket then group; every bucket on a quarter-hour, in UTC.
    assertTrue(lines.get(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:(00|15|30|45):00Z,p\\d+,\\d+"));
    Cli.Result events = Cli.run(gen("big.jsonl"), "--group-by", "from", "--tz", zone, "-f", "csv");
    Cli.Result counts =
        Cli.run(
            s.toString(),
            "--count-field",
            "count",
            "--group-by",
            "group",
            "--tz",
            zone,
            "-f",
            "csv");
    assertEquals(0, counts.code(), counts.err());
    assertArrayEquals(events.out(), counts.out(), () -> counts.outText());
    assertTrue(
        counts.err().contains("pre-aggregated counts in 15-minute buckets (detected"),
        counts.err());
    // The job reads the series back as the CLI does.
    Cli.Result job =
        Job.run(
            s.toString(),
            "--count-field",
            "count",
            "--group-by",
            "group",
            "--tz",
            zone,
            "-f",
            "csv");
    assertEquals(counts.err(), job.err());
    assertArrayEquals(counts.out(), job.out());
  }

  @Test
  void hourBucketsRefuseInferenceAndWarnOfAHalfHourZone() throws Exception {
    Path hours = dir.resolve("hours.csv");
    Files.writeString(
        hours,
        "_time,user,count\n"
            + "2024-03-04T09:00:00.000+00:00,alice,5\n"
            + "2024-03-04T10:00:00.000+00:00,alice,3\n"
            + "2024-03-05T09:00:00.000+00:00,bob,\n");
    String[] infer = {hours.toString(), "--count-field", "count", "--infer-tz", "-f", "json"};
    Cli.Result cli = Cli.run(infer);
    assertEquals(1, cli.code());
    assertTrue(
        cli.err()
            .contains(
                "heatmap: pre-aggregated counts in 1-hour buckets (detected: every timestamp is on"
                    + " the hour; --bucket 15m or 1h to say it)\n"),
        cli.err());
    assertTrue(cli.err().contains("heatmap: --infer-tz needs buckets of 15 minutes or less"));
    Cli.Result job = Job.run(infer);
    assertEquals(cli.err(), job.err());
    assertEquals(1, job.code());
    String[] india = {
      hours.toString(), "--count-field", "count", "--tz", "Asia/Kolkata", "-f", "json"
    };
    cli = Cli.run(india);
    assertEquals(0, cli.code());
    assertTrue(cli.err().contains("heatmap: --tz Asia/Kolkata is +05:30, not a whole number"));
    assertTrue(cli.err().contains("skipped 1 record (1 malformed record)"), cli.err());
    assertTrue(cli.outText().contains("\"total\" : 8,"), cli.outText());
    job = Job.run(india);
    assertEquals(cli.err(), job.err());
    assertArrayEquals(cli.out(), job.out());
    Cli.Result declared =
        Job.run(hours.toString(), "--count-field", "count", "--bucket", "1h", "--infer-tz");
    assertEquals(2, declared.code());
  }

  @Test
  void anUnknownOptionIsAUsageErrorListingTheOnesTaken() {
    Cli.Result job = Job.run(ex("isoon.txt"), "--colour", "never");
    assertEquals(2, job.code());
    assertTrue(job.err().startsWith("heatmap: unknown option '--colour' (the Spark job takes"));
    assertEquals(1, job.err().lines().count(), job.err());
  }

  @Test
  void standardInputIsRefused() {
    Cli.Result job = Job.run("-", "-f", "json");
    assertEquals(2, job.code());
    assertEquals("heatmap: standard input (-) cannot be read by a Spark job\n", job.err());
  }

  private static List<String> join(List<String> files, String... options) {
    List<String> all = new ArrayList<>(files);
    all.addAll(List.of(options));
    return all;
  }

  private static String ex(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  private static String gen(String name) {
    return dir.resolve(name).toString();
  }
}
