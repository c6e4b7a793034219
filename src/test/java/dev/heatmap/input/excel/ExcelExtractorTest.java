package dev.heatmap.input.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.input.ExcelFixtures;
import dev.heatmap.input.Extraction;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.time.FormatDetector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExcelExtractorTest {
  @TempDir Path dir;

  /** What dates.xlsx and dates.xls hold in their Created column, grouped by User. */
  private static final List<String> DATES =
      List.of(
          "2 wall 2024-01-01T10:15:59Z [alice]",
          "3 wall 2024-01-02T23:59:59Z [bob]",
          "4 text 2024-01-03 08:00:00 [alice]",
          "5 skip EMPTY [carol]",
          "6 skip NOT_A_TIMESTAMP [bob]",
          "7 wall 2024-01-01T11:15:59Z [carol]",
          "8 number 1.7041032E9 [dave]");

  @ParameterizedTest
  @ValueSource(strings = {"excel/dates.xlsx", "excel/dates.xls"})
  void dateCellsAreWallTimesFromTheRawSerialWithSecondsTheDisplayDrops(String fixture) {
    Extraction x = Extraction.of(Extraction.fixture(fixture), Extraction.fields(null, "user"));

    assertNull(x.error());
    assertEquals(InputType.EXCEL, x.type());
    assertEquals(DATES, x.events());
    assertEquals(
        List.of(
            Extraction.fixture(fixture)
                + ": sheet \"Events\": using column \"Created\" (5 of 6 sampled values are"
                + " timestamps)"),
        x.notes());
  }

  @Test
  void theColumnMayBeNamedByItsLetter() {
    Extraction x =
        Extraction.of(Extraction.fixture("excel/dates.xlsx"), Extraction.fields("b", "A"));

    assertEquals(DATES, x.events());
  }

  @Test
  void the1904DateSystemIsHonoured() {
    Extraction x = Extraction.of(Extraction.fixture("excel/date1904.xlsx"), Extraction.config());

    assertEquals(List.of("2 wall 2024-01-01T10:00:00Z"), x.events());
  }

  @Test
  void theDefaultSheetIsTheFirstWithATimestampColumn() {
    Extraction x = Extraction.of(Extraction.fixture("excel/sheets.xlsx"), Extraction.config());

    assertEquals(
        List.of("2 number 1.7041032E9", "3 number 1.7041068E9", "4 number 1.7041104E9"),
        x.events());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Other", "other", "3"})
  void sheetPicksASheetByNameOrOneBasedIndex(String sheet) {
    InputConfig config =
        new InputConfig(null, null, null, sheet, null, false, 1 << 20, FormatDetector.JUDGE);

    Extraction x = Extraction.of(Extraction.fixture("excel/sheets.xlsx"), config);

    assertEquals(List.of("2 wall 2024-03-04T05:06:07Z"), x.events());
  }

  @Test
  void anUnknownSheetIsAnErrorListingTheSheets() {
    InputConfig config =
        new InputConfig(null, null, null, "Data", null, false, 1 << 20, FormatDetector.JUDGE);

    Extraction x = Extraction.of(Extraction.fixture("excel/sheets.xlsx"), config);

    assertEquals(
        Extraction.fixture("excel/sheets.xlsx")
            + ": no sheet \"Data\" (sheets: \"Notes\", \"Log\", \"Other\")",
        x.error());
  }

  @Test
  void aSheetWithoutHeaderIsReadFromItsFirstRow() {
    Extraction x = Extraction.of(Extraction.fixture("excel/text-times.xlsx"), Extraction.config());

    assertEquals(List.of("1 text 2024-01-01T10:00:00Z", "2 text 2024-01-01T11:00:00Z"), x.events());
    assertEquals(
        List.of(
            Extraction.fixture("excel/text-times.xlsx")
                + ": sheet \"Times\": using column \"A\" (1 of 1 sampled values are timestamps)"),
        x.notes());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "excel/encrypted.xlsx|an encrypted (password-protected) workbook",
        "excel/encrypted.xls|an encrypted (password-protected) workbook",
        "excel/excel95.xls|an Excel 5.0/95 workbook; save it as .xlsx",
        "excel/binary.xlsx|an Excel binary workbook (.xlsb); save it as .xlsx",
        "excel/page.xls|an HTML or XML page (a web export named like a workbook); save it as .xlsx",
        "excel/table.xls|CSV text; read it with --type csv",
        "excel/word.xls|an OLE2 document with no workbook in it (a Word or other Office file?)",
      })
  void whatOnlyLooksLikeAWorkbookIsRefusedByName(String fixture, String what) {
    Extraction x = Extraction.of(Extraction.fixture(fixture), Extraction.config());

    assertEquals(
        Extraction.fixture(fixture) + ": not an Excel workbook that can be read: " + what,
        x.error());
    assertEquals(List.of(), x.events());
  }

  @Test
  void xlsbIsRefusedByItsNameToo() throws IOException {
    Path f = dir.resolve("book.xlsb");
    Files.writeString(f, "anything");

    Extraction x = Extraction.of(f, Extraction.config());

    assertEquals(
        f
            + ": an Excel binary workbook (.xlsb) is not supported (supported: text, csv, json, excel, mail)",
        x.error());
  }

  @Test
  void aTruncatedWorkbookIsAnErrorForThatFile() {
    Extraction x = Extraction.of(Extraction.fixture("excel/truncated.xlsx"), Extraction.config());

    assertTrue(
        x.error()
            .startsWith(
                Extraction.fixture("excel/truncated.xlsx") + ": damaged or truncated workbook: "),
        x.error());
  }

  @Test
  void aDoctypeInTheSheetXmlIsRefusedAndNoEntityIsExpanded() {
    Extraction x = Extraction.of(Extraction.fixture("excel/doctype.xlsx"), Extraction.config());

    assertEquals(
        Extraction.fixture("excel/doctype.xlsx")
            + ": refused: the workbook's XML declares a DOCTYPE (entities are never expanded)",
        x.error());
    assertEquals(List.of(), x.events());
  }

  @Test
  void aZipBombIsRefusedBeforeItInflates() throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    Files.write(
        bomb,
        ExcelFixtures.zipBomb(Files.readAllBytes(Extraction.fixture("excel/dates.xlsx")), 200));
    assertTrue(Files.size(bomb) < 2_000_000, "the bomb is small on disk: " + Files.size(bomb));

    Extraction x = Extraction.of(bomb, Extraction.config());

    assertEquals(
        bomb
            + ": refused: the workbook looks like a zip bomb (an entry would expand more than 100"
            + " times, past 2 GiB, or there are more than 1000 entries)",
        x.error());
  }

  @Test
  void aGzippedWorkbookOnStandardInputIsSpooledAndRead() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(Files.readAllBytes(Extraction.fixture("excel/dates.xlsx")));
    }

    Extraction x =
        Extraction.stdin(
            new ByteArrayInputStream(gz.toByteArray()), Extraction.fields(null, "user"));

    assertEquals(InputType.EXCEL, x.type());
    assertEquals(DATES, x.events());
  }

  @ParameterizedTest
  @CsvSource({
    "1.0, 1900-01-01T00:00:00Z",
    "59.5, 1900-02-28T12:00:00Z",
    "61, 1900-03-01T00:00:00Z",
    "45292.41666666666, 2024-01-01T10:00:00Z",
    "2958465.99999, 9999-12-31T23:59:59Z"
  })
  void serialsBecomeWallTimesInThe1900System(double serial, String wall) {
    assertEquals(
        java.time.Instant.parse(wall).getEpochSecond(), ExcelDates.wallEpochSecond(serial, false));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.5, -1, 2958466, Double.NaN})
  void serialsWithoutADateOrPastYear9999AreNotDateTimes(double serial) {
    assertEquals(ExcelDates.INVALID, ExcelDates.wallEpochSecond(serial, false));
  }
}
