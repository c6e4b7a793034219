package dev.heatmap.input.excel;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.TempFiles;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.Delimiters;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.Magic;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Excel workbooks: .xlsx/.xlsm through {@link XlsxReader}, .xls (BIFF8) through {@link XlsReader},
 * told apart by their bytes, not their name. What only looks like a workbook is refused with what
 * it is: an encrypted workbook, Excel 95 and older, .xlsb, an HTML page or CSV text named .xls, a
 * zip or OLE2 file that holds no workbook. A damaged or truncated file is an error for that file,
 * never a stack trace.
 *
 * <p>POI's defences ({@link PoiLimits}) are set before each workbook is read. Workbooks that arrive
 * through gzip or standard input are first copied to a temporary file (at most {@link #MAX_SPOOL}
 * bytes), because a zip needs random access and reading one from a stream would hold it all in
 * memory.
 */
public final class ExcelExtractor implements Extractor {
  static final long MAX_SPOOL = 1L << 30;

  private final InputConfig config;
  private final Diagnostics diagnostics;

  public ExcelExtractor(InputConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  @Override
  public void extract(Input input, RecordSink sink) throws IOException {
    byte[] head = input.head();
    Magic magic = Magic.of(head, head.length);
    if (magic != Magic.ZIP && magic != Magic.OLE2) {
      throw refuse(input, impostor(head, magic));
    }
    PoiLimits.HEATMAP.apply();
    Path file = input.file();
    Path spooled = null;
    try {
      if (file == null) {
        long compressed = compressedSize(input);
        spooled = spool(input, compressed);
        file = spooled;
        if (compressed > 0) {
          // gzip's expansion counts toward the one inflation limit the zip's entries are held to
          PoiLimits.HEATMAP.under((double) Files.size(spooled) / compressed).apply();
        }
      }
      SheetPicker picker = new SheetPicker(input.name(), config, diagnostics, sink);
      readOnce(input, magic, file, picker);
      if (picker.finish()) {
        picker.retry();
        readOnce(input, magic, file, picker);
        picker.finish();
      }
    } finally {
      if (spooled != null) {
        TempFiles.delete(spooled);
      }
    }
  }

  private void readOnce(Input input, Magic magic, Path file, SheetPicker picker) {
    try {
      if (magic == Magic.ZIP) {
        readXlsx(input, file, picker);
      } else {
        readXls(input, file, picker);
      }
    } catch (HeatmapException e) {
      throw e;
    } catch (StackOverflowError e) {
      throw refuse(input, "the workbook's XML nests too deeply");
    } catch (NoClassDefFoundError e) {
      // Commons Compress loads zstd, xz and LZMA support only for an entry that asks for it, and
      // heatmap ships none of them: Excel never writes these methods.
      throw refuse(input, "a zip entry compressed with zstd, xz or LZMA, which Excel never writes");
    } catch (Exception e) {
      throw damaged(input, e);
    }
  }

  private void readXlsx(Input input, Path file, SheetPicker picker) throws Exception {
    OPCPackage pkg = XlsxReader.open(file);
    try {
      if (XlsxReader.isXlsb(pkg)) {
        throw refuse(input, "an Excel binary workbook (.xlsb); save it as .xlsx");
      }
      XlsxReader.read(pkg, picker);
    } finally {
      pkg.revert(); // opened read-only: close without writing anything back
    }
  }

  private void readXls(Input input, Path file, SheetPicker picker) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        throw refuse(input, "an encrypted (password-protected) workbook");
      }
      if (!root.hasEntryCaseInsensitive("Workbook")) {
        if (root.hasEntryCaseInsensitive("Book")) {
          throw refuse(input, "an Excel 5.0/95 workbook; save it as .xlsx");
        }
        throw refuse(
            input, "an OLE2 document with no workbook in it (a Word or other Office file?)");
      }
      try {
        XlsReader.read(fs, picker);
      } catch (XlsReader.Encrypted | EncryptedDocumentException e) {
        throw refuse(input, "an encrypted (password-protected) workbook");
      } catch (OldExcelFormatException e) {
        throw refuse(input, "an Excel 5.0/95 workbook; save it as .xlsx");
      }
    }
  }

  /** What a file that is not a zip or OLE2 workbook is, for the refusal. */
  private static String impostor(byte[] head, Magic magic) {
    if (head.length == 0) {
      return "an empty file";
    }
    if (magic == Magic.OLD_BIFF) {
      return "an Excel 2.x-4.x worksheet; save it as .xlsx";
    }
    if (magic != null) {
      return magic.description();
    }
    if (!TextDecoder.isUtf16(head, head.length)) {
      for (byte b : head) {
        if (b == 0) {
          return "binary data";
        }
      }
    }
    String text = TextDecoder.decode(head, head.length).stripLeading();
    String lower =
        text.length() > 4096
            ? text.substring(0, 4096).toLowerCase(java.util.Locale.ROOT)
            : text.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("<")) {
      if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
        return "an XML Spreadsheet 2003 file, not a workbook heatmap reads; save it as .xlsx";
      }
      return "an HTML or XML page (a web export named like a workbook); save it as .xlsx";
    }
    if (lower.startsWith("{") || lower.startsWith("[")) {
      return "JSON text; read it with --type json";
    }
    if (Delimiters.detect(text, false) != 0) {
      return "CSV text; read it with --type csv";
    }
    return "plain text; read it with --type text";
  }

  private static HeatmapException refuse(Input input, String what) {
    return HeatmapException.input(
        input.name() + ": not an Excel workbook that can be read: " + what);
  }

  /** The error for a workbook POI could not read, with the zip-bomb guard's verdict made plain. */
  private static HeatmapException damaged(Input input, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (t instanceof SharedStrings.TooLarge) {
        return HeatmapException.input(
            input.name()
                + ": refused: "
                + m
                + (SharedStrings.budget() < SharedStrings.MOST
                    ? " (a quarter of the heap; HEATMAP_OPTS=-Xmx2g gives more)"
                    : " (the most heatmap holds)"),
            e);
      }
      if (m != null && m.contains("Zip bomb detected")) {
        return HeatmapException.input(
            input.name()
                + ": refused: the workbook looks like a zip bomb (an entry would expand more than "
                + (long) PoiLimits.HEATMAP.maxInflation()
                + " times, past "
                + (PoiLimits.HEATMAP.maxEntrySize() >> 30)
                + " GiB, or there are more than "
                + PoiLimits.HEATMAP.maxEntries()
                + " entries)",
            e);
      }
      if (m != null && m.contains("Tried to allocate")) {
        return HeatmapException.input(
            input.name() + ": refused: the workbook asks for more memory than allowed", e);
      }
      if (m != null && m.contains("DOCTYPE is disallowed")) {
        return HeatmapException.input(
            input.name()
                + ": refused: the workbook's XML declares a DOCTYPE (entities are never expanded)",
            e);
      }
      if (t instanceof EncryptedDocumentException) {
        return refuse(input, "an encrypted (password-protected) workbook");
      }
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = why.indexOf('\n');
    if (nl >= 0) {
      why = why.substring(0, nl);
    }
    if (why.length() > 200) {
      why = why.substring(0, 200) + "…";
    }
    return HeatmapException.input(input.name() + ": damaged or truncated workbook: " + why, e);
  }

  /** The size on disk of a gzip-compressed workbook file, or 0 when it is not one. */
  private static long compressedSize(Input input) throws IOException {
    Path path = input.source().path();
    if (!input.gzip() || path == null || !Files.isRegularFile(path)) {
      return 0;
    }
    return Math.max(1, Files.size(path));
  }

  /**
   * Copies the workbook to a temporary file, at most {@link #MAX_SPOOL} bytes, and, when it is a
   * gzip file of {@code compressed} bytes, at most the inflation limit times that (a gzip layer
   * that alone expands past it is a bomb, and is refused before it fills the disk).
   */
  private static Path spool(Input input, long compressed) throws IOException {
    long limit = MAX_SPOOL;
    boolean byRatio = false;
    if (compressed > 0) {
      long ratioLimit = (long) (PoiLimits.HEATMAP.maxInflation() * compressed) + (1 << 20);
      if (ratioLimit < limit) {
        limit = ratioLimit;
        byRatio = true;
      }
    }
    // In java.io.tmpdir, mode 0600 (createTempFile's), registered so that a SIGINT or SIGTERM
    // while it is read removes it too: it is a copy of the evidence.
    Path tmp = Files.createTempFile("heatmap-", ".workbook");
    TempFiles.register(tmp);
    try (InputStream in = input.stream();
        OutputStream out = Files.newOutputStream(tmp)) {
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        total += n;
        if (total > limit && byRatio) {
          throw HeatmapException.input(
              input.name()
                  + ": refused: the workbook looks like a zip bomb (its gzip layer expands more"
                  + " than "
                  + (long) PoiLimits.HEATMAP.maxInflation()
                  + " times)");
        }
        if (total > limit) {
          throw HeatmapException.input(
              input.name()
                  + ": refused: a workbook from a pipe or gzip may be at most "
                  + (MAX_SPOOL >> 20)
                  + " MiB");
        }
        out.write(buf, 0, n);
      }
    } catch (Throwable e) {
      TempFiles.delete(tmp);
      throw e;
    }
    return tmp;
  }
}
