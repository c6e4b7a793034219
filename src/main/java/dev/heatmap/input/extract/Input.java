package dev.heatmap.input.extract;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One source opened for reading: its bytes with any gzip layer removed, and a look-ahead that lets
 * type detection and field sampling read the start of the input before an extractor reads it all.
 */
public final class Input implements Closeable {
  /** How many bytes type sniffing looks at. */
  static final int HEAD = 1 << 16;

  /** How many bytes field sampling may look at before the extractor reads for real. */
  public static final int LOOKAHEAD = 1 << 20;

  private final Source source;
  private final BufferedInputStream in;
  private final boolean gzip;
  private byte[] head;

  public Input(Source source, BufferedInputStream in, boolean gzip) {
    this.source = source;
    this.in = in;
    this.gzip = gzip;
  }

  public Source source() {
    return source;
  }

  /** The name messages use. */
  public String name() {
    return source.name();
  }

  /** Whether the bytes were gzip-compressed. */
  public boolean gzip() {
    return gzip;
  }

  /** The bytes from the start, supporting mark and reset. */
  public InputStream stream() {
    return in;
  }

  /**
   * The file on disk holding exactly these bytes, for formats that need random access (the zip of
   * an xlsx), or null when the bytes come from standard input or through gzip.
   */
  public Path file() {
    return gzip ? null : source.path();
  }

  /** Up to {@link #HEAD} bytes from the start, without consuming them. */
  public byte[] head() throws IOException {
    if (head == null) {
      head = peek(HEAD);
    }
    return head;
  }

  /** Up to {@code n} bytes from the start, without consuming them. */
  public byte[] peek(int n) throws IOException {
    if (head != null && head.length < HEAD && n >= head.length) {
      return head; // the whole input is shorter than the head
    }
    in.mark(n);
    byte[] bytes = in.readNBytes(n);
    in.reset();
    return bytes.length == n ? bytes : Arrays.copyOf(bytes, bytes.length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
