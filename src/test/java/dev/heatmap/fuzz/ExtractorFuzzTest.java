package dev.heatmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.time.FormatDetector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Fuzz targets for every extractor: bytes in, through the extractor into a checking sink ({@link
 * CheckedExtraction}). Each input is read twice, once detecting the fields and once with {@code
 * --field} and {@code --group-by} given, so both the sampling and the grouping paths see it.
 *
 * <p>In a normal build these run in Jazzer's regression mode over the seeds under {@code
 * src/test/resources/dev/heatmap/fuzz/ExtractorFuzzTestInputs/<method>/}: the input fixtures, the
 * heads of {@code example_data/} files, the parts of {@code example_data/isoon.xlsx} and of the
 * fixture workbooks (xlsxPart), the Workbook streams of the fixture .xls files and of one written
 * by POI's HSSF with every cell kind (xlsStream), and every finding so far ({@code finding-*}).
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='ExtractorFuzzTest#csv'} fuzzes one target for real (see
 * CONTRIBUTING.md's Fuzzing section).
 */
class ExtractorFuzzTest {
  private static final InputConfig AUTO = InputConfig.auto(FormatDetector.JUDGE);

  @FuzzTest(maxDuration = "2m")
  void text(byte[] data) {
    long max = data.length + 1L;
    CheckedExtraction.run(data, InputType.TEXT, AUTO, max);
    // A short maximum line length reaches the too-long path on small inputs.
    CheckedExtraction.run(data, InputType.TEXT, maxLine(64), max);
  }

  @FuzzTest(maxDuration = "2m")
  void csv(byte[] data) {
    long max = data.length + 1L;
    CheckedExtraction.run(data, InputType.CSV, AUTO, max);
    CheckedExtraction.run(data, InputType.CSV, fields("2", "1"), max);
    CheckedExtraction.run(
        data,
        InputType.CSV,
        new InputConfig(null, new FieldSpec("1"), null, null, ';', true, 64, FormatDetector.JUDGE),
        max);
  }

  @FuzzTest(maxDuration = "2m")
  void json(byte[] data) {
    long max = data.length + 1L;
    CheckedExtraction.run(data, InputType.JSON, AUTO, max);
    CheckedExtraction.run(data, InputType.JSON, fields("ts", "from"), max);
    CheckedExtraction.run(data, InputType.JSON, fields("/messages/ts", "sender.name"), max);
  }

  /** A whole .xlsx file: the zip container, its guards, and whatever parts survive mutation. */
  @FuzzTest(maxDuration = "2m")
  void xlsx(byte[] data) {
    excel(data, 100L * (data.length + 1L));
  }

  /**
   * One XML part of a valid workbook replaced by the input: the first byte picks the part ({@code
   * 0} the sheet, {@code 1} the shared strings, {@code 2} the styles, {@code 3} the workbook), the
   * rest is its XML. The container stays valid and uncompressed, so mutations reach the XML readers
   * instead of failing the zip's checks.
   */
  @FuzzTest(maxDuration = "2m")
  void xlsxPart(byte[] data) {
    if (data.length == 0) {
      return;
    }
    String part = XLSX_PARTS[data[0] & 3];
    byte[] xml = java.util.Arrays.copyOfRange(data, 1, data.length);
    excel(Workbooks.xlsxWith(part, xml), Workbooks.TEMPLATE_ROWS + data.length + 1L);
  }

  /** A whole .xls file: the OLE2 container and the BIFF records in it. */
  @FuzzTest(maxDuration = "2m")
  void xls(byte[] data) {
    excel(data, data.length + 1L);
  }

  /**
   * The input as the Workbook stream of a valid OLE2 container: mutations reach the BIFF record
   * reader instead of failing the container's checks.
   */
  @FuzzTest(maxDuration = "2m")
  void xlsStream(byte[] data) {
    excel(Workbooks.xlsWith(data), data.length + 1L);
  }

  private static final String[] XLSX_PARTS = {
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"
  };

  private static void excel(byte[] data, long max) {
    CheckedExtraction.run(data, InputType.EXCEL, AUTO, max);
    CheckedExtraction.run(data, InputType.EXCEL, fields("B", "A"), max);
  }

  private static InputConfig maxLine(int max) {
    return new InputConfig(null, null, null, null, null, false, max, FormatDetector.JUDGE);
  }

  private static InputConfig fields(String field, String group) {
    return AUTO.withFields(new FieldSpec(field), new FieldSpec(group));
  }

  /** Valid workbook containers around fuzzed contents. */
  static final class Workbooks {
    /** The rows of the template workbook's sheet. */
    static final long TEMPLATE_ROWS = 8;

    private static final Map<String, byte[]> TEMPLATE = read("/input/excel/dates.xlsx");

    private Workbooks() {}

    /** The template .xlsx with {@code part} replaced by {@code xml}, every entry stored. */
    static byte[] xlsxWith(String part, byte[] xml) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, byte[]> e : TEMPLATE.entrySet()) {
          stored(zip, e.getKey(), e.getKey().equals(part) ? xml : e.getValue());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }

    /** An OLE2 container whose Workbook stream is {@code stream}. */
    static byte[] xlsWith(byte[] stream) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (POIFSFileSystem fs = new POIFSFileSystem()) {
        fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
        fs.writeFilesystem(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content)
        throws IOException {
      ZipEntry entry = new ZipEntry(name);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(content.length);
      CRC32 crc = new CRC32();
      crc.update(content);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    }

    private static Map<String, byte[]> read(String resource) {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      try (InputStream in = Workbooks.class.getResourceAsStream(resource);
          ZipInputStream zip = new ZipInputStream(in)) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return entries;
    }
  }
}
