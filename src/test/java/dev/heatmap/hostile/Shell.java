package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run by a real shell, for faults that live in the OS (a full device, a closed
 * descriptor, a broken pipe, a signal): the shell function {@code heatmap} runs the command.
 */
record Shell(int exitCode, String out, String err) {
  static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  /** A shell function {@code heatmap} that runs the jar with the script's arguments. */
  static String heatmap() {
    return "heatmap() { '"
        + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $HEATMAP_OPTS -jar '"
        + HOME.resolve("target/heatmap.jar")
        + "' \"$@\"; }\n";
  }

  /** Runs {@code script} under bash with pipefail in {@code dir}; fails after two minutes. */
  static Shell run(Path dir, String script) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "shell", ".out");
    Path err = Files.createTempFile(dir, "shell", ".err");
    try {
      Process p = start(dir, script, out, err);
      p.getOutputStream().close();
      boolean done = p.waitFor(120, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      assertTrue(done, () -> "still running after 120 s: " + script);
      return new Shell(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static Process start(Path dir, String script, Path out, Path err) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-o", "pipefail", "-c", heatmap() + script)
            .directory(dir.toFile());
    return pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
  }
}
