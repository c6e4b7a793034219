package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values that are no timestamp, or one outside years 1 to 9999, are skipped and counted, never
 * turned into a wrong date such as 1970-01-01: out-of-range epochs, year 0 and years past 9999,
 * fullwidth and other non-ASCII digits, empty cells. Each input holds a few valid values too, so
 * the report's first and last instants show that nothing else was counted.
 */
class ValueHardeningTest {
  @TempDir Path dir;

  /**
   * One input and what its report must say.
   *
   * @param name what it checks
   * @param file the input's file name (its extension picks the format)
   * @param content writes the input
   * @param args options besides the input
   * @param total how many records count
   * @param skipped how many are skipped
   * @param first the earliest counted instant
   * @param last the latest counted instant
   */
  record Case(
      String name,
      String file,
      Content content,
      List<String> args,
      long total,
      long skipped,
      String first,
      String last) {
    @Override
    public String toString() {
      return name;
    }
  }

  interface Content {
    void write(Path file) throws IOException;
  }

  private static Content text(String s) {
    return f -> Files.writeString(f, s, StandardCharsets.UTF_8);
  }

  private static final String T = "2024-01-01T10:00:00Z";

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    // Out-of-range epochs: 0 (1970), negative, past year 9999 in any unit, absurdly long.
    c.add(
        new Case(
            "out-of-range epochs in a CSV column",
            "epochs.csv",
            text(
                "ts\n1704103200\n0\n-1\n1e30\n99999999999999999999\n253402300800\n"
                    + "-62135596801\n1704103200000000000000\n1704106800000\n"),
            List.of(),
            2,
            7,
            T,
            "2024-01-01T11:00:00Z"));
    c.add(
        new Case(
            "out-of-range epochs in a column named with --field",
            "epochs-field.csv",
            text("who,ts\na,1704103200\nb,0\nc,-1\nd,253402300800\ne,1704106800000\n"),
            List.of("--field", "ts"),
            2,
            3,
            T,
            "2024-01-01T11:00:00Z"));
    c.add(
        new Case(
            "out-of-range epoch numbers in JSON",
            "epochs.jsonl",
            text(
                "{\"ts\":1704103200}\n{\"ts\":0}\n{\"ts\":-1}\n{\"ts\":1e30}\n"
                    + "{\"ts\":253402300800}\n{\"ts\":-62135596801}\n{\"ts\":1704106800000}\n"),
            List.of(),
            2,
            5,
            T,
            "2024-01-01T11:00:00Z"));
    c.add(
        new Case(
            "out-of-range epochs as text lines",
            "epochs.txt",
            text(T + "\n0\n-1\n-62135596801\n253402300800\n1e30\n"),
            List.of(),
            1,
            5,
            T,
            T));
    // Year 0, negative years and years past 9999; years 1 and 9999 are real.
    c.add(
        new Case(
            "year 0 and years past 9999 as text",
            "years.txt",
            text(
                "0001-01-01T00:00:00Z\n0000-01-01T00:00:00Z\n0000-00-00 00:00:00\n"
                    + "10000-01-01T00:00:00Z\n+10000-01-01T00:00:00Z\n-0001-01-01T00:00:00Z\n"
                    + "99999-12-31T23:59:59Z\n9999-12-31T23:59:59Z\n"),
            List.of(),
            2,
            6,
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z"));
    c.add(
        new Case(
            "year 0 and years past 9999 in JSON strings",
            "years.json",
            text(
                "[{\"ts\":\""
                    + T
                    + "\"},{\"ts\":\"0000-00-00 00:00:00\"},"
                    + "{\"ts\":\"0000-12-31T23:59:59Z\"},{\"ts\":\"10000-01-01T00:00:00Z\"}]"),
            List.of("--field", "ts"),
            1,
            3,
            T,
            T));
    c.add(
        new Case(
            "Excel serials before 1900 and past year 9999",
            "serials.xlsx",
            ValueHardeningTest::serials,
            List.of(),
            1,
            4,
            T,
            T));
    // Digits that are digits to Character.isDigit but not to a timestamp.
    c.add(
        new Case(
            "fullwidth and other non-ASCII digits",
            "digits.txt",
            text(
                T
                    + "\n\uff12\uff10\uff12\uff14-01-01T10:00:00Z\n"
                    + "\u0662\u0660\u0662\u0664-\u0660\u0661-\u0660\u0661T10:00:00Z\n"
                    + "\u0968\u0966\u0968\u096a-\u0966\u0967-\u0966\u0967T10:00:00Z\n"
                    + "2024-01-0\uff11T10:00:00Z\n2024-01-01T1\uff10:00:00Z\n"
                    + "\u00b2\u2070\u00b2\u2074-01-01T10:00:00Z\n2024-01-01T10:00:00\uff3a\n"),
            List.of(),
            1,
            7,
            T,
            T));
    c.add(
        new Case(
            "a fullwidth epoch in a CSV column",
            "fullwidth-epoch.csv",
            text("ts\n1704103200\n\uff11\uff17\uff10\uff14\uff11\uff10\uff13\uff12\uff10\uff10\n"),
            List.of(),
            1,
            1,
            T,
            T));
    // Empty cells and values.
    c.add(
        new Case(
            "empty CSV cells",
            "empty.csv",
            text("ts,who\n,a\n\"\",b\n   ,c\n2024-01-01 10:00:00,d\n\t,e\n"),
            List.of(),
            1,
            4,
            T,
            T));
    c.add(
        new Case(
            "empty and null JSON values",
            "empty.jsonl",
            text(
                "{\"ts\":\"\"}\n{\"ts\":null}\n{\"ts\":\"   \"}\n{\"ts\":\""
                    + T
                    + "\"}\n"
                    + "{\"ts\":\"\\u0000\"}\n"),
            List.of("--field", "ts"),
            1,
            4,
            T,
            T));
    c.add(
        new Case(
            "empty Excel cells",
            "empty.xlsx",
            ValueHardeningTest::emptyCells,
            List.of(),
            1,
            3,
            T,
            T));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void skippedAndCountedNeverAWrongDate(Case c) throws IOException {
    Path file = dir.resolve(c.file());
    c.content().write(file);
    List<String> args = new ArrayList<>();
    args.add(file.toString());
    args.addAll(c.args());
    args.add("-f");
    args.add("json");

    Cli r = Cli.run(args.toArray(new String[0]));

    assertEquals(0, r.exitCode(), r.err());
    Map<String, String> report = JsonFields.of(r.out());
    assertEquals(Long.toString(c.total()), report.get("total"), r.err());
    assertEquals(Long.toString(c.skipped()), report.get("skipped"), r.err());
    assertEquals(c.first(), report.get("first"), "nothing earlier was counted");
    assertEquals(c.last(), report.get("last"), "nothing later was counted");
    HostileCorpusTest.assertEachLineIsOneCleanProblem(r.err(), file.toString());
  }

  /** Date cells: one real, then serial 0 (1900-01-00), a negative one, and two past 9999. */
  private static void serials(Path file) throws IOException {
    workbook(file, 45292.41666666667, 0.0, -1.0, 2958466.0, 1e10);
  }

  /** A header, one real date cell, and rows whose date cell is blank, styled or not. */
  private static void emptyCells(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = dateStyle(wb);
      Sheet s = wb.createSheet("Events");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("when");
      h.createCell(1).setCellValue("who");
      Row r1 = s.createRow(1);
      r1.createCell(0).setCellValue(45292.41666666667);
      r1.getCell(0).setCellStyle(date);
      r1.createCell(1).setCellValue("a");
      s.createRow(2).createCell(1).setCellValue("b"); // no cell at all
      Row r3 = s.createRow(3);
      r3.createCell(0).setCellStyle(date); // a styled blank cell
      r3.createCell(1).setCellValue("c");
      Row r4 = s.createRow(4);
      r4.createCell(0).setCellValue(""); // an empty string
      r4.createCell(1).setCellValue("d");
      wb.write(out);
    }
  }

  private static void workbook(Path file, double... serials) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = dateStyle(wb);
      Sheet s = wb.createSheet("Events");
      s.createRow(0).createCell(0).setCellValue("when");
      for (int i = 0; i < serials.length; i++) {
        Row r = s.createRow(i + 1);
        r.createCell(0).setCellValue(serials[i]);
        r.getCell(0).setCellStyle(date);
      }
      wb.write(out);
    }
  }

  private static CellStyle dateStyle(XSSFWorkbook wb) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    return style;
  }
}
