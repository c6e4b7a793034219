package dev.heatmap.input.bytes;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines into one reused buffer without creating a String per line. A line ends at LF; a CR
 * before it is dropped. A line longer than the maximum throws {@link LineTooLongException} naming
 * the line, having held at most the maximum in memory.
 */
public final class LineReader {
  private final Reader in;
  private final int maxLength;
  private final char[] chunk = new char[1 << 16];
  private int pos;
  private int limit;
  private char[] line = new char[256];
  private int length;
  private long number;
  private final CharView view = new CharView();

  public LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** Reads the next line; false at the end of the input. */
  public boolean next() throws IOException {
    // Hot path: scan the chunk for LF and copy the line out with System.arraycopy.
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(chunk, 0, chunk.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      int end = start;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      append(start, end);
      if (end < limit) {
        pos = end + 1;
        break;
      }
      pos = limit;
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (length > maxLength) {
      throw new LineTooLongException(number); // the one spare character was not a CR
    }
    return true;
  }

  private void append(int start, int end) throws IOException {
    int n = end - start;
    if (n == 0) {
      return;
    }
    // One more than the maximum is allowed for a CR that the LF will drop.
    if ((long) length + n > (long) maxLength + 1) {
      throw new LineTooLongException(number + 1);
    }
    if (length + n > line.length) {
      int size = line.length;
      while (size < length + n) {
        size = (int) Math.min((long) size * 2, (long) maxLength + 1);
      }
      char[] bigger = new char[size];
      System.arraycopy(line, 0, bigger, 0, length);
      line = bigger;
    }
    System.arraycopy(chunk, start, line, length, n);
    length += n;
  }

  /** The current line's characters, valid until the next call of {@link #next}. */
  public char[] chars() {
    return line;
  }

  public int length() {
    return length;
  }

  /** The current line as a reused view. */
  public CharSequence line() {
    return view.set(line, 0, length);
  }

  /** The current line's 1-based number. */
  public long number() {
    return number;
  }

  /** Whether the current line holds nothing but white space. */
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      char c = line[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\u000b') {
        return false;
      }
    }
    return true;
  }
}
