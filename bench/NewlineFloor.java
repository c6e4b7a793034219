// The machine's floor for the benchmark: a plain JVM that only finds the newlines in the same
// bytes, on two threads (each counts '\n' in its half of the file, read in 1 MiB blocks into a
// heap array, one byte at a time), and prints the count. heatmap does at least this work (and
// parses, bins and reports on top), so heatmap's time over this one says how far it is from what
// the JVM can do at all on this machine. For a workbook (.xlsx) the floor is inflating the sheet:
// the sheet XML's bytes, inflated on one thread (deflate cannot be split), newlines counted.
//
// usage: java -cp DIR NewlineFloor FILE

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public class NewlineFloor {
  static final int BLOCK = 1 << 20;

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long lines = file.toString().endsWith(".xlsx") ? inflateSheets(file) : twoThreads(file);
    System.out.println(lines);
  }

  static long twoThreads(Path file) throws Exception {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      long half = size / 2;
      long[] counts = new long[2];
      Thread second = new Thread(() -> counts[1] = count(ch, half, size));
      second.start();
      counts[0] = count(ch, 0, half);
      second.join();
      return counts[0] + counts[1];
    }
  }

  static long count(FileChannel ch, long from, long to) {
    byte[] block = new byte[BLOCK];
    ByteBuffer buf = ByteBuffer.wrap(block);
    long n = 0;
    try {
      for (long at = from; at < to; ) {
        buf.clear().limit((int) Math.min(BLOCK, to - at));
        int got = ch.read(buf, at);
        if (got <= 0) {
          break;
        }
        for (int i = 0; i < got; i++) {
          if (block[i] == '\n') {
            n++;
          }
        }
        at += got;
      }
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
    return n;
  }

  static long inflateSheets(Path file) throws IOException {
    long n = 0;
    byte[] block = new byte[BLOCK];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.getName().startsWith("xl/worksheets/")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          for (int got; (got = in.read(block)) > 0; ) {
            for (int i = 0; i < got; i++) {
              if (block[i] == '\n') {
                n++;
              }
            }
          }
        }
      }
    }
    return n;
  }
}
