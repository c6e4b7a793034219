package dev.heatmap.input.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Text around JSON that some exporters write and that is not JSON: the Twitter/X archive's {@code
 * window.YTD.tweets.part0 = } before its array, and {@code evtx_dump}'s {@code Record N} line
 * before each record. It is blanked out (replaced by spaces, so lines and columns stay where they
 * were) before the JSON is parsed.
 */
public final class JsonPrelude {
  private static final byte[] YTD =
      "window.YTD.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] RECORD =
      "Record ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private JsonPrelude() {}

  /** Whether the input starts with such text (after a byte-order mark and blanks). */
  public static boolean present(byte[] head, int length) {
    int i = start(head, length);
    return startsWith(head, i, length, YTD) || recordLine(head, i, length) > 0;
  }

  /** The text with the prelude blanked out. */
  static String clean(String text) {
    byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Cleaner c = new Cleaner();
    c.clean(b, 0, b.length, true);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The stream with the prelude blanked out as it is read. */
  static InputStream clean(InputStream in) {
    return new java.io.BufferedInputStream(new CleaningStream(in), 1 << 16);
  }

  private static int start(byte[] b, int length) {
    int i = 0;
    if (length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }

  private static boolean startsWith(byte[] b, int at, int length, byte[] what) {
    if (length - at < what.length) {
      return false;
    }
    for (int k = 0; k < what.length; k++) {
      if (b[at + k] != what[k]) {
        return false;
      }
    }
    return true;
  }

  /** The length of a {@code Record N} line starting at {@code at} (without its line end), or 0. */
  private static int recordLine(byte[] b, int at, int length) {
    if (!startsWith(b, at, length, RECORD)) {
      return 0;
    }
    int i = at + RECORD.length;
    int digits = 0;
    while (i < length && b[i] >= '0' && b[i] <= '9') {
      i++;
      digits++;
    }
    while (i < length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
    return digits > 0 && (i == length || b[i] == '\n') ? i - at : 0;
  }

  /** Blanks complete lines; the stream hands it one line at a time. */
  private static final class Cleaner {
    private boolean first = true;

    /** Blanks in {@code b[from, to)}, a whole line (or the whole text when {@code text}). */
    void clean(byte[] b, int from, int to, boolean text) {
      int i = from;
      while (i < to) {
        int end = i;
        while (end < to && b[end] != '\n') {
          end++;
        }
        int s = i;
        while (s < end && (b[s] == ' ' || b[s] == '\t' || b[s] == '\r')) {
          s++;
        }
        int n = recordLine(b, s, end);
        if (n > 0) {
          Arrays.fill(b, s, s + n, (byte) ' ');
        } else if (first && startsWith(b, s, end, YTD)) {
          int eq = s;
          while (eq < end && b[eq] != '=') {
            eq++;
          }
          if (eq < end) {
            Arrays.fill(b, s, eq + 1, (byte) ' ');
          }
        }
        if (s < end) {
          first = false;
        }
        i = end + 1;
        if (!text) {
          break;
        }
      }
    }
  }

  /** A stream that blanks the prelude line by line. */
  private static final class CleaningStream extends InputStream {
    private final InputStream in;
    private final Cleaner cleaner = new Cleaner();
    private byte[] line = new byte[8192];
    private int length;
    private int pos;
    private boolean eof;

    CleaningStream(InputStream in) {
      this.in = in;
    }

    private boolean fill() throws IOException {
      if (eof) {
        return false;
      }
      length = 0;
      pos = 0;
      int c;
      while ((c = in.read()) >= 0) {
        if (length == line.length) {
          line = Arrays.copyOf(line, line.length * 2);
        }
        line[length++] = (byte) c;
        if (c == '\n' || length >= 1 << 16) {
          break; // a long line is passed on in pieces
        }
      }
      if (c < 0) {
        eof = true;
      }
      if (length > 0) {
        cleaner.clean(line, 0, length, false);
      }
      return length > 0;
    }

    @Override
    public int read() throws IOException {
      if (pos == length && !fill()) {
        return -1;
      }
      return line[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos == length && !fill()) {
        return -1;
      }
      int n = Math.min(len, length - pos);
      System.arraycopy(line, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
