package dev.heatmap.input.bytes;

import java.io.IOException;
import java.io.Reader;

/**
 * Caps how many characters one record may take: the CSV parser's reader, reset at the start of
 * every record. A record that grows past the maximum (an unclosed quote swallowing the rest of the
 * file, a gigabyte line) throws {@link LineTooLongException} naming the record's first line. The
 * count includes the parser's read-ahead, so the cap holds to within one buffer of {@link #SLACK}.
 */
public final class RecordLimitReader extends Reader {
  /** The CSV parser reads ahead by up to this many characters. */
  static final int SLACK = 8192;

  private final Reader in;
  private final long max;
  private long count;
  private long startLine = 1;

  public RecordLimitReader(Reader in, int maxLength) {
    this.in = in;
    this.max = (long) maxLength + SLACK;
  }

  /** A new record starts at 1-based {@code line}. */
  public void startRecord(long line) {
    count = 0;
    startLine = line;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n > 0) {
      count += n;
      if (count > max) {
        throw new LineTooLongException(startLine);
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
