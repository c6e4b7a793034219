package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.TempFiles;
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
 * leaves an existing report as it was; a device, FIFO or socket is written into, never replaced.
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

  /**
   * Writes the report. To standard output, a failed write is an error that says why (a full disk, a
   * closed descriptor), and a reader that has gone away ({@code | head}) ends the run quietly, as
   * it ends {@code cat}. To a file: what exists and is not a regular file (a device such as {@code
   * /dev/null} or {@code /dev/stdout}, a FIFO, {@code >(gzip > x.gz)}, a socket) is written
   * straight into, never replaced; a regular file, or a link to one, is replaced atomically through
   * a temporary file in the directory of the file itself, so a link stays a link and the file it
   * names gets the new report.
   */
  void write(Body body) {
    if (file == null) {
      try {
        body.writeTo(new Checked(stdout));
        stdout.flush();
      } catch (IOException e) {
        throw stdoutFailure(e);
      }
      IOException failed = StandardOutput.failure(stdout);
      if (failed != null) {
        throw stdoutFailure(failed);
      }
      return;
    }
    Path target = file;
    if (Files.exists(file)) {
      if (Files.isDirectory(file)) {
        throw HeatmapException.input(file + ": cannot write: is a directory");
      }
      if (!Files.isRegularFile(file)) {
        writeInPlace(body);
        return;
      }
      try {
        target = file.toRealPath();
      } catch (IOException e) {
        throw HeatmapException.input(file + ": cannot write: " + reason(e), e);
      }
    } else if (Files.isSymbolicLink(file)) {
      throw HeatmapException.input(
          file + ": cannot write: a symbolic link to nothing; remove it or choose another -o path");
    }
    replace(target, body);
  }

  /** Into a device, FIFO or socket as it is: opened for writing, never created or renamed over. */
  private void writeInPlace(Body body) {
    try (OutputStream out =
        new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16)) {
      body.writeTo(out);
    } catch (IOException e) {
      if (StandardOutput.brokenPipe(e)) {
        throw new ReaderGone();
      }
      throw HeatmapException.input(file + ": cannot write: " + StandardOutput.reason(e), e);
    }
  }

  private void replace(Path target, Body body) {
    Path dir = target.toAbsolutePath().getParent();
    // Not Files.createTempFile: that makes the file 0600, and the report would keep that mode.
    // A new file gets the usual mode from the umask; an existing report keeps its own.
    Path tmp =
        dir.resolve(
            "." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    OutputStream raw;
    try {
      raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw HeatmapException.input(file + ": cannot write: " + reason(e), e);
    }
    TempFiles.register(tmp);
    try {
      try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
        body.writeTo(out);
      }
      keepMode(target, tmp);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw HeatmapException.input(file + ": cannot write: " + reason(e), e);
    } finally {
      TempFiles.delete(tmp);
    }
  }

  /**
   * Standard output as a stream that throws: a PrintStream only sets a flag, and a renderer would
   * go on writing a large report into a closed pipe.
   */
  private static final class Checked extends OutputStream {
    private final PrintStream out;

    Checked(PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      check();
    }

    @Override
    public void flush() throws IOException {
      out.flush();
      check();
    }

    private void check() throws IOException {
      IOException failed = StandardOutput.failure(out);
      if (failed != null) {
        // a new exception each time: a renderer's try-with-resources would add the same one to
        // itself as suppressed when its close fails as its write did
        throw new IOException(failed.getMessage(), failed);
      }
    }
  }

  private static RuntimeException stdoutFailure(IOException e) {
    if (StandardOutput.brokenPipe(e)) {
      return new ReaderGone();
    }
    return HeatmapException.input("standard output: " + StandardOutput.reason(e), e);
  }

  /**
   * The report's reader closed its end of the pipe: the run ends at once with exit 0 and no
   * message, as {@code cat} does under {@code | head}.
   */
  static final class ReaderGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReaderGone() {
      super("the reader of the report has gone", null, false, false);
    }
  }

  /** Gives the new report the mode of the one it replaces, so a shared report stays shared. */
  private static void keepMode(Path target, Path tmp) {
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
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
