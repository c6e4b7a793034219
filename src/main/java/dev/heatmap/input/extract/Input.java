package dev.heatmap.input.extract;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * One source opened for reading: its bytes with any gzip layer removed, and a look-ahead that lets
 * type detection and field sampling read the start of the input before an extractor reads it all.
 */
public final class Input implements Closeable {
  /** How many bytes type sniffing looks at. */
  public static final int HEAD = 1 << 16;

  /** How many bytes field sampling may look at before the extractor reads for real. */
  public static final int LOOKAHEAD = 1 << 20;

  private final Source source;
  private final BufferedInputStream in;
  private final boolean gzip;
  private byte[] head;
  private Seekable seekable;
  private boolean seekableKnown;

  private final BooleanSupplier truncated;

  public Input(Source source, BufferedInputStream in, boolean gzip) {
    this(source, in, gzip, () -> false);
  }

  /**
   * Gzip-compressed bytes; {@code truncated} says, once they are read, whether the compressed data
   * ended early (the bytes then end at the last whole line).
   */
  public Input(Source source, BufferedInputStream in, BooleanSupplier truncated) {
    this(source, in, true, truncated);
  }

  private Input(Source source, BufferedInputStream in, boolean gzip, BooleanSupplier truncated) {
    this.source = source;
    this.in = in;
    this.gzip = gzip;
    this.truncated = truncated;
  }

  /** Whether the gzip data ended before its end, so the last, partial line was not read. */
  public boolean truncated() {
    return truncated.getAsBoolean();
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

  /**
   * Random access to exactly these bytes, for reading them in parts: a file on disk, or a named
   * stream with positional reads; null for standard input, gzip, or a stream without them.
   */
  public Seekable seekable() {
    if (!seekableKnown) {
      seekable = findSeekable();
      seekableKnown = true;
    }
    return seekable;
  }

  private Seekable findSeekable() {
    if (gzip) {
      return null;
    }
    Path file = source.path();
    if (file != null) {
      return new Seekable() {
        @Override
        public long size() throws IOException {
          return Files.size(file);
        }

        @Override
        public Positional open() throws IOException {
          FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
          return new Positional() {
            @Override
            public int read(long position, byte[] b, int off, int len) throws IOException {
              return ch.read(ByteBuffer.wrap(b, off, len), position);
            }

            @Override
            public void close() throws IOException {
              ch.close();
            }
          };
        }
      };
    }
    Source.Stream stream = source.stream();
    if (stream == null || stream.size() < 0) {
      return null;
    }
    try (Positional probe = stream.openPositional()) {
      if (probe == null) {
        return null;
      }
    } catch (IOException e) {
      return null; // read as a stream, which says what is wrong
    }
    return new Seekable() {
      @Override
      public long size() {
        return stream.size();
      }

      @Override
      public Positional open() throws IOException {
        return stream.openPositional();
      }
    };
  }

  /** Random access to an input's bytes: their size, and positional reads of them. */
  public interface Seekable {
    long size() throws IOException;

    /** A new reader; each worker opens its own. */
    Positional open() throws IOException;
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
