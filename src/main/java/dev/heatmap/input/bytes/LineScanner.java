package dev.heatmap.input.bytes;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A {@link ByteScanner} for formats of one record per line (text, JSON lines), reading lines as
 * {@link LineReader} does: a line ends at LF, a CR before it is dropped, lines are numbered by
 * their LFs, blank lines are skipped, and a line longer than the maximum ends the input.
 */
public abstract class LineScanner extends ByteScanner {
  private final LineLimit limit;
  private final boolean whole;

  /**
   * @param whole whether this reads the whole input, so that a line too long is the input's error;
   *     else it doubts and the input is read whole
   */
  public LineScanner(int maxLineLength, boolean whole) {
    this.limit = new LineLimit(maxLineLength);
    this.whole = whole;
  }

  /** Reads the non-blank line {@code b[from, to)} (without CR and LF), numbered {@link #lines}. */
  public abstract boolean line(byte[] b, int from, int to) throws IOException;

  @Override
  public final boolean scan(byte[] b, int from, int to) throws IOException {
    int max = limit.max();
    int p = from;
    // Hot path: find the LF, drop a CR before it, skip a blank line; no String, no regex.
    while (p < to) {
      int lf = lineFeed(b, p, to);
      int end = lf > p && b[lf - 1] == '\r' ? lf - 1 : lf;
      lines++;
      if (end - p > max && limit.exceeds(b, p, end)) {
        return tooLongAt(lines);
      }
      if (!blank(b, p, end)) {
        any = true;
        if (!line(b, p, end)) {
          return false;
        }
      }
      p = lf + 1;
    }
    return true;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * The position of the first LF in {@code b[p, to)}, or {@code to}: eight bytes at a time (a word
   * with a zero byte after XOR with LFs has its lowest such byte found exactly), so that long log
   * lines cost little more to cut than short ones.
   */
  static int lineFeed(byte[] b, int p, int to) {
    while (p + 8 <= to) {
      long x = (long) LONGS.get(b, p) ^ 0x0a0a0a0a0a0a0a0aL;
      long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      if (found != 0) {
        return p + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      p += 8;
    }
    while (p < to && b[p] != '\n') {
      p++;
    }
    return p;
  }

  /**
   * The position of the first {@code c} in {@code b[p, to)}, or {@code to}: eight bytes at a time,
   * as {@link #lineFeed} finds an LF (a layout's delimiter, such as the bracket of an access log's
   * date after the client's address).
   */
  public static int find(byte[] b, int p, int to, byte c) {
    long pattern = (c & 0xffL) * 0x0101010101010101L;
    while (p + 8 <= to) {
      long x = (long) LONGS.get(b, p) ^ pattern;
      long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      if (found != 0) {
        return p + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      p += 8;
    }
    while (p < to && b[p] != c) {
      p++;
    }
    return p;
  }

  /** Whether {@code b[from, to)} holds only the blanks {@link LineReader#isBlank} skips. */
  public static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != 0x0b) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final int maxUnit() {
    return limit.maxBytes();
  }

  @Override
  public final boolean knownTooLong(byte[] b, int from, int to) {
    return limit.exceedsSoFar(b, from, to);
  }

  @Override
  public final boolean tooLong(byte[] b, int from, int to) throws IOException {
    return tooLongAt(lines + 1); // the unfinished line after the ones counted
  }

  private boolean tooLongAt(long line) throws IOException {
    if (whole) {
      throw new LineTooLongException(line);
    }
    return false;
  }
}
