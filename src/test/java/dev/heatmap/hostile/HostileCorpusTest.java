package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input of the corpus through the command line, in-process: the exact exit code; the
 * exact problems on stderr, one line each of the form {@code heatmap: file[:line[:col]]: what} (the
 * notes that say which column or format was chosen aside), with no stack trace and no raw control
 * or ANSI character on any line; and nothing half-written: an existing {@code -o} report is left as
 * it was when no report is made, or replaced by a whole, parseable one.
 *
 * <p>Small inputs are committed under {@code src/test/resources/hostile}; the zip bomb, the deep
 * nesting and the huge lines are made in the test ({@link HostileFiles}). {@link
 * #everyCommittedFileHasACase} keeps the table and the directory in step.
 */
class HostileCorpusTest {
  /** What an existing report holds before the run. */
  private static final String PREVIOUS = "previous report\n";

  /** Stands for the input as messages name it in the expected stderr. */
  private static final String IN = "{in}";

  /**
   * Stands for any number in the expected stderr: where Jackson stops inside an over-long string
   * depends on how its recycled buffers were sized by earlier parses in the same JVM.
   */
  private static final String ANY_NUMBER = "{n}";

  @TempDir Path dir;

  /**
   * One hostile run.
   *
   * @param name what it attacks, for the test's display name
   * @param fixture makes the input in the test's directory
   * @param args the options, besides the input and {@code -o}
   * @param exit the exact exit code
   * @param total the report's total when a report is written, or -1 when the run must leave the
   *     existing report untouched
   * @param stderr the exact standard error, {@value #IN} standing for the input's name
   */
  record Case(
      String name, Fixture fixture, List<String> args, int exit, long total, String stderr) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Makes one input; {@code arg} is what goes on the command line ({@code -} for stdin). */
  record Input(String arg, InputStream stdin) {}

  interface Fixture {
    Input make(Path dir) throws IOException;
  }

  /** A file of the committed corpus, copied into the test's directory. */
  record Committed(String name) implements Fixture {
    @Override
    public Input make(Path dir) throws IOException {
      Path copy = dir.resolve(name);
      Files.copy(HostileFiles.corpus(name), copy);
      return new Input(copy.toString(), InputStream.nullInputStream());
    }
  }

  private static Fixture committed(String name) {
    return new Committed(name);
  }

  /** Made when the case runs, so that listing the cases costs nothing. */
  interface Bytes {
    byte[] make() throws IOException;
  }

  private static Fixture generated(String name, Bytes bytes) {
    return dir -> {
      Path file = dir.resolve(name);
      Files.write(file, bytes.make());
      return new Input(file.toString(), InputStream.nullInputStream());
    };
  }

  /** A refused workbook: exit 1, no report, one line naming the file and what it is. */
  private static Case refusedWorkbook(String file, String what) {
    return new Case(
        file,
        committed(file),
        List.of(),
        1,
        -1,
        IN + ": not an Excel workbook that can be read: " + what + "\n");
  }

  /** A refused non-text file: exit 1, no report. */
  private static Case refusedBytes(String file, String what) {
    return new Case(file, committed(file), List.of(), 1, -1, IN + ": " + what + "\n");
  }

  static Stream<Case> cases() throws IOException {
    List<Case> c = new ArrayList<>();
    String supported = " (supported: text, csv, json, excel, mail)";

    // 2. Excel: impostors, encryption, old formats, damage, XML entities, zip bombs.
    c.add(refusedWorkbook("encrypted.xlsx", "an encrypted (password-protected) workbook"));
    c.add(refusedWorkbook("encrypted.xls", "an encrypted (password-protected) workbook"));
    c.add(refusedWorkbook("excel95.xls", "an Excel 5.0/95 workbook; save it as .xlsx"));
    c.add(refusedWorkbook("excel4.xls", "an Excel 2.x-4.x worksheet; save it as .xlsx"));
    c.add(refusedWorkbook("xlsb-named.xlsx", "an Excel binary workbook (.xlsb); save it as .xlsx"));
    c.add(
        refusedWorkbook(
            "page.xls",
            "an HTML or XML page (a web export named like a workbook); save it as .xlsx"));
    c.add(refusedWorkbook("table.xls", "CSV text; read it with --type csv"));
    c.add(
        refusedWorkbook(
            "word.xls", "an OLE2 document with no workbook in it (a Word or other Office file?)"));
    c.add(
        refusedWorkbook(
            "zstd-entry.xlsx",
            "a zip entry compressed with zstd, xz or LZMA, which Excel never writes"));
    c.add(
        refusedBytes("book.xlsb", "an Excel binary workbook (.xlsb) is not supported" + supported));
    c.add(
        new Case(
            "truncated.xlsx",
            committed("truncated.xlsx"),
            List.of(),
            1,
            -1,
            IN
                + ": damaged or truncated workbook: Failed to read the file input stream from"
                + " file: '"
                + IN
                + "'\n"));
    c.add(
        new Case(
            "doctype.xlsx (an external entity)",
            committed("doctype.xlsx"),
            List.of(),
            1,
            -1,
            IN
                + ": refused: the workbook's XML declares a DOCTYPE (entities are never"
                + " expanded)\n"));
    c.add(
        new Case(
            "an .xls whose string table claims 2^31-1 strings",
            committed("sst-claims-2-billion-strings.xls"),
            List.of(),
            0,
            5,
            IN
                + ": 1 of 7 records (14%) have no timestamp value under the chosen field; name"
                + " another with --field\n"
                + IN
                + ":5: empty value\n"
                + IN
                + ":6: not a timestamp: a TRUE/FALSE cell\n"
                + "skipped 2 records (1 not a timestamp, 1 empty value)\n"));
    c.add(
        new Case(
            "a zip bomb",
            generated("bomb.xlsx", () -> HostileFiles.zipBomb(64)),
            List.of(),
            1,
            -1,
            IN
                + ": refused: the workbook looks like a zip bomb (an entry would expand more than"
                + " 100 times, past 2 GiB, or there are more than 1000 entries)\n"));

    // 3. JSON: syntax errors, non-finite numbers, nesting and length limits.
    c.add(
        new Case(
            "concatenated JSON with a syntax error: stops there, earlier records count",
            committed("concatenated-error.json"),
            List.of(),
            1,
            2,
            IN
                + ":11:15: malformed JSON: Unexpected character (',' (code 44)): was expecting"
                + " double-quote to start field name; stopped here (2 records before it count)\n"));
    c.add(
        new Case(
            "JSON lines with malformed lines: each costs only itself",
            committed("broken.jsonl"),
            List.of(),
            0,
            4,
            IN
                + ":4: malformed record: malformed JSON at column 39: Unexpected end-of-input"
                + " within/between Object entries\n"
                + IN
                + ":6: malformed record: malformed JSON at column 44: Unrecognized token"
                + " 'trailing': was expecting (JSON String, Number (or 'NaN'/'+INF'/'-INF'),"
                + " Array, Object or token 'null', 'true' or 'false')\n"
                + "skipped 2 records (2 malformed record)\n"));
    c.add(
        new Case(
            "NaN, Infinity and huge numbers: skipped and counted",
            committed("non-finite.jsonl"),
            List.of(),
            0,
            1,
            IN
                + ":1: out of range: NaN\n"
                + IN
                + ":2: out of range: Infinity\n"
                + IN
                + ":3: out of range: -Infinity\n"
                + IN
                + ":4: out of range: Infinity\n"
                + IN
                + ":5: out of range: 1.2345678901234568E29\n"
                + "skipped 5 records (5 out of range)\n"));
    c.add(
        new Case(
            "100,000 nested arrays: an error for the file, never a StackOverflowError",
            generated("deep.json", () -> utf8(HostileFiles.deepNesting(100_000))),
            List.of(),
            1,
            1,
            IN
                + ":2:258: refused, over a safety limit: Document nesting depth (257) exceeds the"
                + " maximum allowed (256); stopped here (1 records before it count)\n"));
    c.add(
        new Case(
            "a 2 MB JSON string",
            generated("long-string.json", () -> utf8(HostileFiles.longJsonString(2 << 20))),
            List.of("--field", "ts"),
            1,
            1,
            IN
                + ":2:{n}: refused, over a safety limit: String value length ({n})"
                + " exceeds the maximum allowed (1048576); stopped here (1 records before it"
                + " count)\n"));
    c.add(
        new Case(
            "a 100,000-character key name",
            generated("long-name.json", () -> utf8(HostileFiles.longJsonName(100_000))),
            List.of("--field", "ts"),
            1,
            1,
            IN
                + ":2:100004: refused, over a safety limit: Name length (100000) exceeds the"
                + " maximum allowed (65536); stopped here (1 records before it count)\n"));

    c.add(
        new Case(
            "a 2,000-digit number",
            generated(
                "long-number.json",
                () ->
                    utf8("{\"ts\":\"2024-01-01T10:00:00Z\"}\n{\"ts\":" + "1".repeat(2000) + "}\n")),
            List.of("--field", "ts"),
            1,
            1,
            IN
                + ":2:2007: refused, over a safety limit: Number value length (2000) exceeds"
                + " the maximum allowed (1000); stopped here (1 records before it count)\n"));

    // 4. CSV, text and bytes: unclosed quotes, huge lines, encodings, binary files.
    c.add(
        new Case(
            "an unclosed quote: the file fails at the record's start line",
            committed("unclosed-quote.csv"),
            List.of(),
            1,
            -1,
            IN + ":2: malformed CSV: a quoted field is not closed before the end of the file\n"));
    c.add(
        new Case(
            "an unclosed quote over 3 MB: stops at the limit, not at the end of the file",
            dir -> {
              Path f = dir.resolve("unclosed-huge.csv");
              HostileFiles.unclosedQuote(f, 3);
              return new Input(f.toString(), InputStream.nullInputStream());
            },
            List.of(),
            1,
            1,
            IN
                + ":3: record longer than 1048576 characters (an unclosed quote?); not read"
                + " further (see --max-line-length)\n"));
    c.add(
        new Case(
            "a 20,000-character CSV field past --max-line-length 1K",
            generated(
                "long-field.csv",
                () ->
                    utf8(
                        "when,who\n2024-01-01 10:00:00,a\n2024-01-01 11:00:00,\""
                            + "b".repeat(20_000)
                            + "\"\n")),
            List.of("--max-line-length", "1K"),
            1,
            1,
            IN
                + ":3: record longer than 1024 characters (an unclosed quote?); not read further"
                + " (see --max-line-length)\n"));
    c.add(
        new Case(
            "a 2 GB line on standard input",
            dir -> new Input("-", HostileFiles.hugeLine("2024-01-01 10:00:00\n", 2L << 30)),
            List.of(),
            1,
            1,
            "<stdin>:2: line longer than 1048576 characters; not read further (see"
                + " --max-line-length)\n"));
    c.add(
        new Case(
            "invalid UTF-8: replaced, so the value is skipped and counted",
            committed("invalid-utf8.txt"),
            List.of(),
            0,
            2,
            IN
                + ":2: not a timestamp: \"\ufffd\ufffd\ufffd garbage\"\n"
                + IN
                + ":3: not a timestamp: \"2024-01-01T11:00:00\ufffd\"\n"
                + "skipped 2 records (2 not a timestamp)\n"));
    c.add(
        new Case(
            "UTF-16BE with a byte-order mark", committed("utf16be-bom.csv"), List.of(), 0, 2, ""));
    c.add(
        new Case(
            "UTF-16LE with a byte-order mark", committed("utf16le-bom.txt"), List.of(), 0, 2, ""));
    c.add(refusedBytes("nul-bytes.txt", "binary data (NUL bytes), not text" + supported));
    c.add(refusedBytes("image-named.csv", "a PNG image, not csv" + supported));
    c.add(refusedBytes("executable-named.txt", "an ELF executable, not text" + supported));
    c.add(refusedBytes("document-named.json", "a PDF document, not json" + supported));

    // 1. Data that would be markup, a template placeholder, a formula or a terminal escape.
    c.add(
        new Case(
            "script and img group names",
            committed("script-groups.csv"),
            List.of("--group-by", "who"),
            0,
            3,
            ""));
    c.add(
        new Case(
            "placeholder, formula, Markdown table and link group names",
            committed("placeholder-and-formula-groups.csv"),
            List.of("--group-by", "who"),
            0,
            6,
            ""));
    c.add(
        new Case(
            "ANSI, OSC, C1, bidi and C0 characters in values: cleaned in messages",
            committed("terminal-escapes.txt"),
            List.of(),
            0,
            2,
            IN
                + ":2: not a timestamp: \"red alert\"\n"
                + IN
                + ":3: not a timestamp: \"\"\n"
                + IN
                + ":4: not a timestamp: \" CSI as C1\"\n"
                + IN
                + ":5: not a timestamp: \"?reversed\"\n"
                + IN
                + ":6: not a timestamp: \"?bell?backspace?del\"\n"
                + "skipped 5 records (5 not a timestamp)\n"));

    // 5. The output is one of the inputs.
    c.add(
        new Case(
            "the output is the input",
            committed("script-groups.csv"),
            List.of("-o", IN),
            2,
            -1,
            IN
                + ": the output is also an input; choose another -o path\n"
                + "Try 'heatmap --help' for more information.\n"));

    // 7. Messages: ten per file, then a count; a summary by reason; --strict.
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      many.append(IN).append(':').append(i + 1).append(": not a timestamp: \"junk ");
      many.append(i).append("\"\n");
    }
    many.append(IN).append(": 15 more problems not shown\n");
    many.append("skipped 25 records (25 not a timestamp)\n");
    c.add(
        new Case(
            "25 problems: ten shown, then a count",
            committed("many-problems.txt"),
            List.of(),
            0,
            2,
            many.toString()));
    c.add(
        new Case(
            "--strict: skipped records exit 1, and the report is still whole",
            committed("many-problems.txt"),
            List.of("--strict"),
            1,
            2,
            many + "--strict: records were skipped\n"));
    c.add(
        new Case(
            "a summary of skipped records by reason",
            committed("skip-reasons.csv"),
            List.of(),
            0,
            2,
            IN
                + ": 2 of 7 records (29%) have no timestamp value under the chosen field; name"
                + " another with --field\n"
                + IN
                + ":3: empty value\n"
                + IN
                + ":4: not a timestamp: \"yesterday\"\n"
                + IN
                + ":5: out of range: 0\n"
                + IN
                + ":7: empty value\n"
                + IN
                + ":8: out of range: 99999999999999\n"
                + "skipped 5 records (1 not a timestamp, 2 out of range, 2 empty value)\n"));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileInputFailsCleanlyWithTheExactCodeAndMessages(Case c) throws IOException {
    Input in = c.fixture().make(dir);
    String shown = in.arg().equals("-") ? "<stdin>" : in.arg();
    Path out = dir.resolve("report.json");
    Files.writeString(out, PREVIOUS);
    Set<Path> before = files();
    byte[] input = in.arg().equals("-") ? null : Files.readAllBytes(Path.of(in.arg()));
    List<String> args = new ArrayList<>();
    args.add(in.arg());
    for (String a : c.args()) {
      args.add(a.replace(IN, in.arg()));
    }
    if (!c.args().contains("-o")) {
      args.add("-o");
      args.add(out.toString());
    }

    Cli r = Cli.run(in.stdin(), args.toArray(new String[0]));

    assertEquals(c.exit(), r.exitCode(), r.err());
    String expected = expectedStderr(c.stderr(), shown);
    String problems = withoutNotes(r.err());
    if (expected.contains(ANY_NUMBER)) {
      assertTrue(matches(expected, problems), "expected:\n" + expected + "but was:\n" + problems);
    } else {
      assertEquals(expected, problems);
    }
    assertEachLineIsOneCleanProblem(r.err(), shown);
    assertEquals("", r.out(), "the report goes to -o, nothing to standard output");
    assertEquals(before, files(), "no temporary file is left behind");
    if (input != null) {
      assertArrayEquals(input, Files.readAllBytes(Path.of(in.arg())), "the input is untouched");
    }
    if (c.total() < 0) {
      assertEquals(PREVIOUS, Files.readString(out), "the existing report is untouched");
    } else {
      Map<String, String> report = JsonFields.of(Files.readString(out));
      assertEquals(Long.toString(c.total()), report.get("total"), "a whole report");
    }
  }

  /**
   * A note says what the tool chose for an input (the column, the key, the sheet, the timestamp
   * format); it is not a problem, and what it says is the detectors' business. Notes are still
   * checked to be clean single lines naming the input.
   */
  private static final Pattern NOTE =
      Pattern.compile(
          "heatmap: .+?: (using (column|key) \"|sheet \"|format |no known timestamp format fits"
              + "|values carry no UTC offset: read as UTC ).*");

  static String withoutNotes(String err) {
    StringBuilder sb = new StringBuilder();
    for (String line : err.split("\n")) {
      if (!line.isEmpty() && !NOTE.matcher(line).matches()) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  private static boolean matches(String expected, String actual) {
    StringBuilder regex = new StringBuilder();
    String[] parts = expected.split(Pattern.quote(ANY_NUMBER), -1);
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : "\\d+").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString()).matcher(actual).matches();
  }

  /** The expected stderr: every line prefixed {@code heatmap: }, the input's name filled in. */
  private static String expectedStderr(String template, String shown) {
    StringBuilder sb = new StringBuilder();
    for (String line : template.split("\n", -1)) {
      if (!line.isEmpty()) {
        sb.append(line.startsWith("Try ") ? "" : "heatmap: ").append(line).append('\n');
      }
    }
    return sb.toString().replace(IN, shown);
  }

  private static final Pattern PROBLEM =
      Pattern.compile(
          "heatmap: (?<where>.+?)(:\\d+){0,2}: \\S.*"
              + "|heatmap: skipped \\d+ records? \\(.+\\)"
              + "|heatmap: --strict: records were skipped"
              + "|Try 'heatmap --help' for more information\\.");

  /** Each line is one problem that names where it is; nothing can drive the terminal. */
  static void assertEachLineIsOneCleanProblem(String err, String shown) {
    for (String line : err.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      assertTrue(PROBLEM.matcher(line).matches(), "one problem per line: " + line);
      assertTrue(
          !line.startsWith("heatmap: ")
              || line.startsWith("heatmap: " + shown)
              || line.startsWith("heatmap: skipped ")
              || line.startsWith("heatmap: --strict"),
          "names the input: " + line);
      assertTrue(!line.matches("\\s+at .*") && !line.contains("Exception:"), "no stack: " + line);
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        boolean control =
            ch < 0x20
                || (ch >= 0x7f && ch <= 0x9f)
                || (ch >= '\u202a' && ch <= '\u202e')
                || (ch >= '\u2066' && ch <= '\u2069');
        assertTrue(!control, "no control character (U+" + Integer.toHexString(ch) + "): " + line);
      }
    }
  }

  private Set<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new TreeSet<>(s.toList());
    }
  }

  /** A file added to the corpus without a case here would test nothing. */
  @Test
  void everyCommittedFileHasACase() throws Exception {
    Set<String> committed = new TreeSet<>();
    try (Stream<Path> s = Files.list(HostileFiles.corpus("script-groups.csv").getParent())) {
      s.forEach(p -> committed.add(p.getFileName().toString()));
    }
    Set<String> covered = new TreeSet<>();
    for (Case c : cases().toList()) {
      if (c.fixture() instanceof Committed f) {
        covered.add(f.name());
      }
    }
    committed.removeAll(covered);
    assertEquals(Set.of(), committed, "corpus files without a case");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
