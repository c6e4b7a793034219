package dev.heatmap.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output as a {@link PrintStream} that remembers why a write failed. A plain
 * PrintStream swallows write errors and keeps only a flag, so a report written to a full disk, to
 * {@code /dev/full} or to a closed descriptor would end in exit 0; this one keeps the first {@link
 * IOException} so the command can say what happened ({@link #failure}).
 */
final class StandardOutput extends PrintStream {
  private final Recorder recorder;

  private StandardOutput(Recorder recorder) {
    super(recorder, false, StandardCharsets.UTF_8);
    this.recorder = recorder;
  }

  /** File descriptor 1, unbuffered here: the report's writers buffer what they write. */
  static StandardOutput open() {
    return new StandardOutput(new Recorder(new FileOutputStream(FileDescriptor.out)));
  }

  /** What a write to {@code out} failed with, or null when none failed (or out is not ours). */
  static IOException failure(PrintStream out) {
    if (!out.checkError()) {
      return null;
    }
    return out instanceof StandardOutput so && so.recorder.error != null
        ? so.recorder.error
        : new IOException("write error");
  }

  /** Whether {@code e} is the reader having gone away (a closed pipe), which is not an error. */
  static boolean brokenPipe(IOException e) {
    String m = e.getMessage();
    return m != null && (m.contains("Broken pipe") || m.contains("EPIPE"));
  }

  /** The reason, as a user reads it: "No space left on device", "closed". */
  static String reason(IOException e) {
    String m = e.getMessage();
    if (m == null) {
      return "write error";
    }
    if (m.contains("Bad file descriptor") || m.contains("Stream Closed")) {
      return "closed";
    }
    // the JVM's message may carry "(Write failed)" or the call's name after the system's reason
    int paren = m.indexOf(" (");
    return paren > 0 ? m.substring(0, paren) : m;
  }

  private static final class Recorder extends FilterOutputStream {
    private IOException error;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    private void keep(IOException e) {
      if (error == null) {
        error = e;
      }
    }
  }
}
