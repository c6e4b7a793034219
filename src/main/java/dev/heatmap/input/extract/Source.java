package dev.heatmap.input.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input as the user named it: a file, standard input ({@code -}), or a named stream that is not
 * on the local disk (an object in a store, a file in a distributed file system).
 *
 * <p>A named stream is not standard input: its name's extension still chooses its type, and
 * messages name it. Like standard input it has no {@link #path}, so formats that need random access
 * to a file on disk read it as a stream.
 *
 * @param name the name messages use: the path as given, or {@code <stdin>}
 * @param path the file, or {@code null} for standard input and named streams
 * @param stdin the stream to read for standard input, or {@code null} otherwise
 * @param stream how to open a named stream, or {@code null} otherwise
 */
public record Source(String name, Path path, InputStream stdin, Stream stream) {
  public static final String STDIN_NAME = "<stdin>";

  public Source {
    Objects.requireNonNull(name, "name");
    int kinds = (path == null ? 0 : 1) + (stdin == null ? 0 : 1) + (stream == null ? 0 : 1);
    if (kinds != 1) {
      throw new IllegalArgumentException(
          "a source is either a file, standard input or a named stream");
    }
  }

  /** A file or standard input. */
  public Source(String name, Path path, InputStream stdin) {
    this(name, path, stdin, null);
  }

  /** How a named stream is opened, and its size. */
  public interface Stream {
    /** Opens the raw bytes from the start; may be called more than once. */
    InputStream open() throws IOException;

    /** The size in bytes, -1 when not known. */
    long size();

    /**
     * Opens positional reads of the raw bytes, so that a large input can be read in parts (see
     * {@link FileParts}); null, the default, when the stream has none.
     */
    default Positional openPositional() throws IOException {
      return null;
    }
  }

  /** A stream that is not a local file, named {@code name} in messages and for type detection. */
  public static Source named(String name, Stream stream) {
    return new Source(name, null, null, Objects.requireNonNull(stream, "stream"));
  }

  public static Source file(Path path) {
    return new Source(path.toString(), path, null);
  }

  /**
   * A named input that is not a regular file: a FIFO, {@code <(zcat a.gz)}, {@code /dev/stdin}, a
   * character device. It is read like standard input, as one stream: opened once (on the first
   * read, so that several FIFOs are opened in the order they are read) and never probed by seeking,
   * which such a file refuses ("Illegal seek"), nor read twice, which would hang once its writer
   * has finished.
   */
  public static Source stream(Path path) {
    return new Source(path.toString(), null, new OpenedOnFirstRead(path));
  }

  /** Whether {@code path} exists and is neither a regular file nor a directory. */
  public static boolean isStream(Path path) {
    return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
  }

  private static final class OpenedOnFirstRead extends InputStream {
    private final Path path;
    private InputStream in;

    OpenedOnFirstRead(Path path) {
      this.path = path;
    }

    private InputStream in() throws IOException {
      if (in == null) {
        // Not Files.newInputStream: its available() asks the channel for its position, a seek
        // that a pipe refuses ("Illegal seek").
        in = new java.io.FileInputStream(path.toFile());
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in().read(b, off, len);
    }

    @Override
    public int available() throws IOException {
      return in == null ? 0 : in.available();
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }

  public static Source stdin(InputStream in) {
    return new Source(STDIN_NAME, null, in);
  }

  public boolean isStdin() {
    return stdin != null;
  }

  /**
   * The file's size in bytes, 0 when it cannot be read (reading it then says why), -1 for standard
   * input, whose size is not known; a named stream's as it tells.
   */
  public long size() {
    if (stream != null) {
      return stream.size();
    }
    if (path == null) {
      return -1;
    }
    try {
      return Files.size(path);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Opens the raw bytes; standard input can be opened once, a file or named stream again. */
  public InputStream openRaw() throws IOException {
    if (stream != null) {
      return stream.open();
    }
    return path == null ? stdin : Files.newInputStream(path);
  }
}
