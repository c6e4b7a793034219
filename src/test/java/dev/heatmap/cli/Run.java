package dev.heatmap.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command run in-process with captured streams. */
public record Run(int exitCode, String out, String err) {
  public static Run of(String stdin, String... args) {
    return of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  public static Run of(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            stdin,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Standard output read as the JSON report. */
  public java.util.Map<String, Object> json() throws java.io.IOException {
    return dev.heatmap.testing.JsonTree.parse(out);
  }
}
