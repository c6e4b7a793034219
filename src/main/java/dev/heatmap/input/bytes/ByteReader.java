package dev.heatmap.input.bytes;

import dev.heatmap.input.extract.Positional;
import dev.heatmap.input.extract.ReadProgress;
import java.io.IOException;
import java.io.InputStream;

/**
 * Feeds a {@link ByteScanner} whole units from a stream or from a range of a file, through one
 * reused buffer: read a block, hand over everything up to the last boundary in it, keep the rest
 * for the next block. The buffer grows only for a unit longer than a block, up to the scanner's
 * {@link ByteScanner#maxUnit}, so memory stays flat however large the input.
 *
 * <p>Files are read with positional reads rather than memory-mapped: mapped pages would count in
 * the process's resident memory as they are touched, and a report of a 4 GB file must not look like
 * a 4 GB process.
 */
public final class ByteReader {
  /** Bytes read per call: big enough to make reads cheap, small enough to stay in cache. */
  static final int BLOCK = 1 << 18;

  /** Where bytes come from. */
  interface Source {
    /** Like {@link InputStream#read(byte[], int, int)}: -1 at the end. */
    public int read(byte[] b, int off, int len) throws IOException;
  }

  private ByteReader() {}

  /** The bytes of {@code in} from where it stands to its end. */
  public static Source of(InputStream in) {
    return in::read;
  }

  /** The bytes {@code [from, to)} of an input, by positional reads. */
  public static Source of(Positional in, long from, long to) {
    return new Source() {
      private long at = from;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (at >= to) {
          return -1;
        }
        int n = in.read(at, b, off, (int) Math.min(len, to - at));
        if (n < 0) {
          return -1; // the input shrank while we read: what is there is all there is
        }
        at += n;
        return n;
      }
    };
  }

  /**
   * Reads {@code in} to its end into {@code scanner}, cutting at {@code boundary}, and counts the
   * bytes to {@code counter}. Returns false when the scanner doubted; it then stopped at the unit
   * it doubted.
   */
  public static boolean read(
      Source in, Boundary boundary, ByteScanner scanner, ReadProgress counter) throws IOException {
    byte[] buf = new byte[BLOCK];
    int have = 0; // buf[0, have) holds unread bytes; buf[0] starts a unit
    int searched = 0; // buf[0, searched) holds no boundary
    boolean eof = false;
    while (!eof) {
      if (have == buf.length) {
        if (scanner.knownTooLong(buf, 0, have) || buf.length >= scanner.maxUnit()) {
          return scanner.tooLong(buf, 0, have);
        }
        byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, scanner.maxUnit())];
        System.arraycopy(buf, 0, bigger, 0, have);
        buf = bigger;
      }
      int n = in.read(buf, have, buf.length - have);
      if (n < 0) {
        eof = true;
      } else {
        have += n;
      }
      int cut = eof ? have : boundary.last(buf, 0, have, searched);
      if (cut > 0) {
        if (!scanner.scan(buf, 0, cut)) {
          return false;
        }
        System.arraycopy(buf, cut, buf, 0, have - cut);
        have -= cut;
        searched = have; // what is left comes after the last boundary
      } else {
        searched = have;
      }
      if (n > 0) {
        counter.add(n, 0);
      }
    }
    return scanner.finish();
  }
}
