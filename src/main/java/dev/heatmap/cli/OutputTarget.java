package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.Source;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Where the report goes: standard output, or a file written through a temporary file in the same
 * directory and renamed into place only when the whole report was written, so that a failed run
 * leaves an existing report as it was.
 */
final class OutputTarget {
  private final Path file;
  private final PrintStream stdout;

  private OutputTarget(Path file, PrintStream stdout) {
    this.file = file;
    this.stdout = stdout;
  }

  static OutputTarget of(String spec, PrintStream stdout) {
    return spec == null || spec.equals("-")
        ? new OutputTarget(null, stdout)
        : new OutputTarget(Path.of(spec), stdout);
  }

  boolean isStdout() {
    return file == null;
  }

  Path file() {
    return file;
  }

  /**
   * Refuses an output file that is one of the inputs: the report would replace the data it is being
   * made from.
   */
  void refuseOverwriting(List<Source> sources) {
    if (file == null || !Files.exists(file)) {
      return;
    }
    for (Source s : sources) {
      try {
        if (s.path() != null && Files.exists(s.path()) && Files.isSameFile(s.path(), file)) {
          throw HeatmapException.usage(
              file + ": the output is also an input; choose another -o path");
        }
      } catch (IOException e) {
        // cannot tell: an unreadable input is reported when it is read
      }
    }
  }

  /** Something that writes the report. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  void write(Body body) {
    if (file == null) {
      try {
        body.writeTo(stdout);
        stdout.flush();
      } catch (IOException e) {
        throw HeatmapException.input("<stdout>: write error: " + e.getMessage(), e);
      }
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    // Not Files.createTempFile: that makes the file 0600, and the report would keep that mode.
    // A new file gets the usual mode from the umask; an existing report keeps its own.
    Path tmp =
        dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    OutputStream raw;
    try {
      raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw HeatmapException.input(file + ": cannot write: " + reason(e), e);
    }
    try {
      try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
        body.writeTo(out);
      }
      keepMode(tmp);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw HeatmapException.input(file + ": cannot write: " + reason(e), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort: the temporary file is hidden and named for the report
      }
    }
  }

  /** Gives the new report the mode of the one it replaces, so a shared report stays shared. */
  private void keepMode(Path tmp) {
    try {
      if (Files.exists(file)) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system, or not ours to change: the umask's mode stands
    }
  }

  /**
   * Why the report cannot be written, in the words of the cause: a missing directory, a read-only
   * file system, a denied permission, or a file system that takes no new files ({@code /proc},
   * which answers "no such file" for a directory that is there).
   */
  private String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      Path dir = file.toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        return "no such directory";
      }
      try {
        java.nio.file.FileStore store = Files.getFileStore(dir);
        if (store.isReadOnly()) {
          return "read-only file system";
        }
        if (!Files.isWritable(dir)) {
          return "permission denied";
        }
        return "the " + store.type() + " file system at " + dir + " takes no new files";
      } catch (IOException | SecurityException unknown) {
        return "no such file or directory";
      }
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      String why = fse.getReason();
      return why.isEmpty() ? why : Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
