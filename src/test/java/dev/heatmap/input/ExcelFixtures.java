package dev.heatmap.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Excel fixtures under src/test/resources/input/excel ({@code main}, run once; the files
 * are committed), and builds the big and hostile workbooks that tests make on the fly.
 *
 * <p>Regenerate after {@code mvn -o test-compile} with {@code java -cp
 * target/test-classes:target/classes:<the test classpath> dev.heatmap.input.ExcelFixtures
 * src/test/resources/input/excel}.
 */
public final class ExcelFixtures {
  private ExcelFixtures() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/input/excel");
    Files.createDirectories(dir);
    write(dir.resolve("dates.xlsx"), dates(new XSSFWorkbook()));
    write(dir.resolve("dates.xls"), dates(new HSSFWorkbook()));
    write(dir.resolve("date1904.xlsx"), date1904());
    write(dir.resolve("sheets.xlsx"), sheets());
    write(dir.resolve("text-times.xlsx"), textTimes());
    Files.write(dir.resolve("encrypted.xlsx"), encryptedXlsx());
    Files.write(dir.resolve("encrypted.xls"), encryptedXls());
    Files.write(dir.resolve("excel95.xls"), ole2("Book"));
    Files.write(dir.resolve("word.xls"), ole2("WordDocument"));
    Files.write(dir.resolve("binary.xlsx"), xlsb());
    Files.writeString(
        dir.resolve("page.xls"),
        "<html><body><table><tr><td>When</td></tr><tr><td>2024-01-01 10:00</td></tr></table>"
            + "</body></html>\n");
    Files.writeString(dir.resolve("table.xls"), "when,who\n2024-01-01 10:00:00,alice\n");
    byte[] whole = Files.readAllBytes(dir.resolve("dates.xlsx"));
    Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    Files.write(dir.resolve("doctype.xlsx"), doctype(whole));
  }

  private static void write(Path file, Workbook wb) throws IOException {
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }

  private static CellStyle dateStyle(Workbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }

  /**
   * User and Created columns: date cells with seconds (shown without them), a text timestamp, an
   * empty cell, a boolean, a formula with its cached value, an epoch number.
   */
  static Workbook dates(Workbook wb) {
    CellStyle minutes = dateStyle(wb, "m/d/yy h:mm");
    Sheet s = wb.createSheet("Events");
    Row h = s.createRow(0);
    h.createCell(0).setCellValue("User");
    h.createCell(1).setCellValue("Created");
    Object[][] rows = {
      {"alice", LocalDateTime.of(2024, 1, 1, 10, 15, 59)},
      {"bob", LocalDateTime.of(2024, 1, 2, 23, 59, 59)},
      {"alice", "2024-01-03 08:00:00"},
      {"carol", null},
      {"bob", Boolean.TRUE},
      {"carol", "=B2+1/24"},
      {"dave", 1704103200.0},
    };
    for (int i = 0; i < rows.length; i++) {
      Row r = s.createRow(i + 1);
      r.createCell(0).setCellValue((String) rows[i][0]);
      Object v = rows[i][1];
      if (v instanceof LocalDateTime t) {
        r.createCell(1).setCellValue(t);
        r.getCell(1).setCellStyle(minutes);
      } else if (v instanceof String f && f.startsWith("=")) {
        r.createCell(1).setCellFormula(f.substring(1));
        r.getCell(1).setCellStyle(minutes);
      } else if (v instanceof String t) {
        r.createCell(1).setCellValue(t);
      } else if (v instanceof Boolean b) {
        r.createCell(1).setCellValue(b);
      } else if (v instanceof Double d) {
        r.createCell(1).setCellValue(d);
      }
    }
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    return wb;
  }

  /** A workbook in the 1904 date system whose raw serials are 1904-based. */
  static Workbook date1904() {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
    CellStyle style = dateStyle(wb, "yyyy-mm-dd hh:mm:ss");
    Sheet s = wb.createSheet("Mac");
    s.createRow(0).createCell(0).setCellValue("When");
    // 2024-01-01 10:00:00 is serial 45292.416667 in the 1900 system, 43830.416667 in 1904.
    Row r = s.createRow(1);
    r.createCell(0).setCellValue(43830 + 10 / 24.0);
    r.getCell(0).setCellStyle(style);
    return wb;
  }

  /** A first sheet with no timestamps, a second with epoch numbers, a third with dates. */
  static Workbook sheets() {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet notes = wb.createSheet("Notes");
    notes.createRow(0).createCell(0).setCellValue("Read me");
    notes.createRow(1).createCell(0).setCellValue("exported from the SIEM");
    Sheet log = wb.createSheet("Log");
    log.createRow(0).createCell(0).setCellValue("id");
    log.getRow(0).createCell(1).setCellValue("epoch");
    for (int i = 0; i < 3; i++) {
      Row r = log.createRow(i + 1);
      r.createCell(0).setCellValue(i + 1);
      r.createCell(1).setCellValue(1704103200 + i * 3600);
    }
    CellStyle style = dateStyle(wb, "yyyy-mm-dd hh:mm");
    Sheet other = wb.createSheet("Other");
    other.createRow(0).createCell(0).setCellValue("when");
    Row r = other.createRow(1);
    r.createCell(0).setCellValue(LocalDateTime.of(2024, 3, 4, 5, 6, 7));
    r.getCell(0).setCellStyle(style);
    return wb;
  }

  /** Timestamps held as text, and no header row. */
  static Workbook textTimes() {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Times");
    s.createRow(0).createCell(0).setCellValue("2024-01-01T10:00:00Z");
    s.createRow(1).createCell(0).setCellValue("2024-01-01T11:00:00Z");
    return wb;
  }

  /** A real password-protected xlsx (standard encryption). */
  static byte[] encryptedXlsx() throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
    Encryptor enc = info.getEncryptor();
    enc.confirmPassword("secret");
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (Workbook wb = dates(new XSSFWorkbook())) {
      wb.write(plain);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain.toByteArray());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A real password-protected xls (RC4, a FILEPASS record). */
  static byte[] encryptedXls() throws IOException {
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try (Workbook wb = dates(new HSSFWorkbook())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /** An OLE2 file whose only stream is {@code entry} ("Book" is what Excel 95 wrote). */
  static byte[] ole2(String entry) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), entry);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** The package structure of an .xlsb: its workbook part is binary. */
  static byte[] xlsb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override"
              + " PartName=\"/xl/workbook.bin\""
              + " ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.bin\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
      zip.write(new byte[] {(byte) 0x83, 0x01, 0x00});
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * {@code xlsx} with its first sheet replaced by {@code sheet} (every other entry copied), for
   * hostile sheet XML.
   */
  static byte[] withSheet(byte[] xlsx, SheetWriter sheet) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out);
        java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          sheet.write(zip);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Writes a replacement sheet part. */
  interface SheetWriter {
    void write(OutputStream out) throws IOException;
  }

  /** A sheet that declares a DOCTYPE with an external entity pointing at a local file. */
  static byte[] doctype(byte[] xlsx) throws IOException {
    return withSheet(
        xlsx,
        out ->
            out.write(
                ("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM"
                        + " \"file:///etc/hostname\">]><worksheet"
                        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is>"
                        + "</c></row></sheetData></worksheet>")
                    .getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A zip bomb: a valid workbook whose sheet is {@code megabytes} MB of blanks, compressing about a
   * thousand to one.
   */
  public static byte[] zipBomb(byte[] xlsx, int megabytes) throws IOException {
    return withSheet(
        xlsx,
        out -> {
          out.write(
              ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      + "<sheetData>")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < megabytes; i++) {
            out.write(blanks);
          }
          out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
  }

  /** A streaming-written workbook of {@code rows} date rows, one per minute from 2024-01-01. */
  static void big(Path file, int rows) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle style = dateStyle(wb, "yyyy-mm-dd hh:mm:ss");
      Sheet s = wb.createSheet("Big");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("when");
      h.createCell(1).setCellValue("who");
      LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0);
      for (int i = 1; i <= rows; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue(t.plusMinutes(i - 1));
        r.getCell(0).setCellStyle(style);
        r.createCell(1).setCellValue("user" + (i % 7));
      }
      wb.write(out);
    }
  }
}
