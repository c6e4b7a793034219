package dev.heatmap.cli;

import dev.heatmap.HeatmapException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw HeatmapException.input(file + ": cannot write: " + reason(e), e);
    }
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.writeTo(out);
      }
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

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
