package dev.heatmap.input.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 4 for workbooks as for CSV: a date cell and a time cell combine, whether the time
 * is a time-formatted fraction, a bare fraction (with {@code --field 'Date+Time'}) or clock text,
 * and a date written as text joins its time too; a row of the pair without its time is skipped,
 * never put at midnight.
 */
class ExcelDatePlusTimeTest {
  @TempDir Path dir;

  /** What the time cell of each row holds. */
  private enum Clock {
    FORMATTED,
    BARE,
    TEXT
  }

  /**
   * A sheet "Log" with Date, Time and User columns: 2024-03-04 14:22:10, 2024-03-04 16:05:00,
   * 2024-03-05 09:12:45, and a fourth row whose time cell is empty; {@code textDates} writes the
   * dates as {@code yyyy-mm-dd} text.
   */
  private Path workbook(Clock clock, boolean textDates) throws IOException {
    Path f = dir.resolve("log-" + clock + textDates + ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      CellStyle day = wb.createCellStyle();
      day.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
      CellStyle time = wb.createCellStyle();
      time.setDataFormat(wb.createDataFormat().getFormat("hh:mm:ss"));
      Sheet s = wb.createSheet("Log");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("Date");
      h.createCell(1).setCellValue("Time");
      h.createCell(2).setCellValue("User");
      LocalDate[] dates = {
        LocalDate.of(2024, 3, 4),
        LocalDate.of(2024, 3, 4),
        LocalDate.of(2024, 3, 5),
        LocalDate.of(2024, 3, 6)
      };
      int[] seconds = {14 * 3600 + 22 * 60 + 10, 16 * 3600 + 5 * 60, 9 * 3600 + 12 * 60 + 45, -1};
      for (int i = 0; i < dates.length; i++) {
        Row row = s.createRow(i + 1);
        if (textDates) {
          row.createCell(0)
              .setCellValue(dates[i].toString()); // yyyy-mm-dd: no day/month order to guess
        } else {
          row.createCell(0).setCellValue(dates[i].atStartOfDay());
          row.getCell(0).setCellStyle(day);
        }
        if (seconds[i] >= 0) {
          int t = seconds[i];
          switch (clock) {
            case FORMATTED -> {
              row.createCell(1).setCellValue(t / 86400.0);
              row.getCell(1).setCellStyle(time);
            }
            case BARE -> row.createCell(1).setCellValue(t / 86400.0);
            case TEXT ->
                row.createCell(1)
                    .setCellValue(String.format("%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60));
          }
        }
        row.createCell(2).setCellValue(i % 2 == 0 ? "alice" : "bob");
      }
      wb.write(out);
    }
    return f;
  }

  private static void threeTimesAndASkip(Run r) throws IOException {
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals(3L, json.get("total"), r.err());
    assertEquals(1L, json.get("skipped"), r.err());
    assertEquals("2024-03-04T14:22:10Z", json.get("first"), r.err());
    assertEquals("2024-03-05T09:12:45Z", json.get("last"), r.err());
    assertTrue(r.err().contains(":5: empty value: no time in column B"), r.err());
  }

  @Test
  void aTimeFormattedFractionCombinesWithoutFlags() throws IOException {
    Run r =
        Run.of("", workbook(Clock.FORMATTED, false).toString(), "-f", "json", "--input-tz", "UTC");
    threeTimesAndASkip(r);
    assertTrue(r.err().contains("using columns \"Date\" + \"Time\""), r.err());
  }

  @Test
  void clockTextCombinesWithoutFlags() throws IOException {
    threeTimesAndASkip(
        Run.of("", workbook(Clock.TEXT, false).toString(), "-f", "json", "--input-tz", "UTC"));
  }

  @Test
  void aBareFractionCombinesWhenThePairIsNamed() throws IOException {
    Run r =
        Run.of(
            "",
            workbook(Clock.BARE, false).toString(),
            "-f",
            "json",
            "--input-tz",
            "UTC",
            "--field",
            "Date+Time");
    threeTimesAndASkip(r);
    assertTrue(
        r.err().contains("sheet \"Log\": using columns \"Date\" + \"Time\" (--field)"), r.err());
  }

  @Test
  void aTextDateJoinsItsTimeCell() throws IOException {
    for (Clock c : Clock.values()) {
      Run r =
          Run.of(
              "",
              workbook(c, true).toString(),
              "-f",
              "json",
              "--input-tz",
              "UTC",
              "--field",
              "Date+Time");
      threeTimesAndASkip(r);
    }
  }

  @Test
  void clockFractions() {
    assertEquals((14 * 3600 + 22 * 60 + 10) / 86400.0, ExcelDates.clockFraction("14:22:10"));
    assertEquals((14 * 3600 + 5 * 60) / 86400.0, ExcelDates.clockFraction(" 2:05 PM"));
    assertEquals(5 * 60 / 86400.0, ExcelDates.clockFraction("12:05 am"));
    assertEquals((9 * 3600 + 12 * 60 + 45) / 86400.0, ExcelDates.clockFraction("09:12:45.250"));
    for (String bad :
        new String[] {"", "14", "24:00", "14:60", "13:00 PM", "14:22:10.", "1:2:3:4", "a:b"}) {
      assertEquals(-1, ExcelDates.clockFraction(bad), bad);
    }
  }
}
