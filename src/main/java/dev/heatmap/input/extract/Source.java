package dev.heatmap.input.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input as the user named it: a file, or standard input ({@code -}).
 *
 * @param name the name messages use: the path as given, or {@code <stdin>}
 * @param path the file, or {@code null} for standard input
 * @param stdin the stream to read for standard input, or {@code null} for a file
 */
public record Source(String name, Path path, InputStream stdin) {
  public static final String STDIN_NAME = "<stdin>";

  public Source {
    Objects.requireNonNull(name, "name");
    if ((path == null) == (stdin == null)) {
      throw new IllegalArgumentException("a source is either a file or standard input");
    }
  }

  public static Source file(Path path) {
    return new Source(path.toString(), path, null);
  }

  public static Source stdin(InputStream in) {
    return new Source(STDIN_NAME, null, in);
  }

  public boolean isStdin() {
    return path == null;
  }

  /**
   * The file's size in bytes, 0 when it cannot be read (reading it then says why), -1 for standard
   * input, whose size is not known.
   */
  public long size() {
    if (path == null) {
      return -1;
    }
    try {
      return Files.size(path);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Opens the raw bytes; standard input can be opened once. */
  public InputStream openRaw() throws IOException {
    return path == null ? stdin : Files.newInputStream(path);
  }
}
