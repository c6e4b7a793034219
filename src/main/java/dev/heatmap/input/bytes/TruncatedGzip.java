package dev.heatmap.input.bytes;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a gzip stream, passed on a whole line at a time, so that a stream that ends early (a
 * truncated {@code .gz}) ends at the last complete line instead of failing the file: the partial
 * line after it is held back and dropped, and {@link #truncated} says so, for the caller to count
 * it as one skipped record. A line longer than the buffer is passed on as it comes.
 */
public final class TruncatedGzip extends InputStream {
  private static final int BUFFER = 1 << 16;
  private final InputStream in;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int safe; // [pos, safe) may be read; [safe, lim) waits for its line end
  private int lim;
  private boolean eof;
  private boolean truncated;
  private long dropped;

  /** Reads {@code in}, a decompressing stream whose early end throws {@link EOFException}. */
  public TruncatedGzip(InputStream in) {
    this.in = in;
  }

  /** Whether the compressed data ended before its end (once this stream has returned -1). */
  public boolean truncated() {
    return truncated;
  }

  /** How many bytes of the partial last line were dropped. */
  public long dropped() {
    return dropped;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pos == safe) {
      if (eof) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, safe - pos);
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    return n;
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      safe -= pos;
      lim -= pos;
      pos = 0;
    }
    int n;
    try {
      n = in.read(buf, lim, buf.length - lim);
    } catch (EOFException e) {
      truncated = true;
      eof = true;
      dropped = lim - safe;
      lim = safe; // the partial line is not passed on
      return;
    }
    if (n < 0) {
      eof = true;
      safe = lim;
      return;
    }
    int from = lim;
    lim += n;
    for (int i = lim - 1; i >= from; i--) {
      if (buf[i] == '\n') {
        safe = i + 1;
        return;
      }
    }
    if (lim == buf.length) {
      safe = lim; // a line longer than the buffer: passed on as it comes
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
