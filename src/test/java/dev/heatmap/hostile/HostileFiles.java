package dev.heatmap.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The hostile inputs too big to commit, made on the fly: a zip bomb, deep nesting, lines and values
 * past every limit. The committed ones are under {@code src/test/resources/hostile}.
 */
final class HostileFiles {
  private HostileFiles() {}

  /** A committed corpus file. */
  static Path corpus(String name) {
    try {
      return Path.of(HostileFiles.class.getResource("/hostile/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A valid workbook whose sheet is {@code megabytes} MB of blanks: small on disk, compressing
   * about a thousand to one, far past the inflation ratio heatmap allows.
   */
  static byte[] zipBomb(int megabytes) throws IOException {
    byte[] template;
    try (InputStream in = HostileFiles.class.getResourceAsStream("/input/excel/dates.xlsx")) {
      template = in.readAllBytes();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(
              ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      + "<sheetData>")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < megabytes; i++) {
            zip.write(blanks);
          }
          zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * The dates.xlsx workbook with its sheet's rows replaced by {@code rows} (row XML; style 1 is a
   * date format).
   */
  static byte[] workbook(String rows) throws IOException {
    byte[] template;
    try (InputStream in = HostileFiles.class.getResourceAsStream("/input/excel/dates.xlsx")) {
      template = in.readAllBytes();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(
              ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      + "<sheetData>"
                      + rows
                      + "</sheetData></worksheet>")
                  .getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** One good JSON record, then {@code depth} nested arrays. */
  static String deepNesting(int depth) {
    return "{\"ts\":\"2024-01-01T10:00:00Z\"}\n" + "[".repeat(depth) + "]".repeat(depth) + "\n";
  }

  /** One good JSON record, then one whose timestamp string is {@code length} characters. */
  static String longJsonString(int length) {
    return "{\"ts\":\"2024-01-01T10:00:00Z\"}\n{\"ts\":\"" + "9".repeat(length) + "\"}\n";
  }

  /** One good JSON record, then one with a key name of {@code length} characters. */
  static String longJsonName(int length) {
    return "{\"ts\":\"2024-01-01T10:00:00Z\"}\n{\"" + "k".repeat(length) + "\":1}\n";
  }

  /** A CSV whose second record opens a quote that never closes, over {@code megabytes} MB. */
  static void unclosedQuote(Path file, int megabytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("when,who\n2024-01-01 10:00:00,alice\n2024-01-01 11:00:00,\"bob".getBytes());
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'b');
      for (int i = 0; i < megabytes; i++) {
        out.write(chunk);
      }
    }
  }

  /**
   * {@code prefix}, then {@code length} bytes of {@code x} with no newline, made as they are read:
   * a 2 GB line costs nothing unless the tool reads it all.
   */
  static InputStream hugeLine(String prefix, long length) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = head.length + length;
        if (pos >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - pos);
        for (int i = 0; i < n; i++) {
          long p = pos + i;
          b[off + i] = p < head.length ? head[(int) p] : (byte) 'x';
        }
        pos += n;
        return n;
      }
    };
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text-times workbook (two text timestamps) with {@code megabytes} MB of unused shared
   * strings after its own, stored without compression so that no inflation limit stops them: only
   * the budget for shared strings can. Written straight to {@code file}.
   */
  static void bigSharedStrings(Path file, int megabytes) throws IOException {
    byte[] template;
    try (InputStream in = HostileFiles.class.getResourceAsStream("/input/excel/text-times.xlsx")) {
      template = in.readAllBytes();
    }
    byte[] head =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>2024-01-01T10:00:00Z</t></si><si><t>2024-01-01T11:00:00Z</t></si>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] item = new byte[1 << 20];
    Arrays.fill(item, (byte) 'x');
    byte[] open = "<si><t>".getBytes(StandardCharsets.UTF_8);
    byte[] close = "</t></si>".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(open, 0, item, 0, open.length);
    System.arraycopy(close, 0, item, item.length - close.length, close.length);
    byte[] tail = "</sst>".getBytes(StandardCharsets.UTF_8);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(head);
    for (int i = 0; i < megabytes; i++) {
      crc.update(item);
    }
    crc.update(tail);
    try (ZipOutputStream zip = new ZipOutputStream(java.nio.file.Files.newOutputStream(file));
        ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("xl/sharedStrings.xml")) {
          ZipEntry stored = new ZipEntry(e.getName());
          stored.setMethod(ZipEntry.STORED);
          stored.setSize(head.length + (long) megabytes * item.length + tail.length);
          stored.setCrc(crc.getValue());
          zip.putNextEntry(stored);
          zip.write(head);
          for (int i = 0; i < megabytes; i++) {
            zip.write(item);
          }
          zip.write(tail);
        } else {
          zip.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }
}
