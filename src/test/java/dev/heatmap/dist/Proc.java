package dev.heatmap.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A finished child process: its exit code and what it wrote. */
record Proc(int exitCode, String out, String err) {
  /** The project directory: failsafe and surefire run with it as the working directory. */
  static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  static final Path TARGET = HOME.resolve("target");

  /** Runs {@code cmd} in {@code dir} with {@code stdin} as its input; fails after a minute. */
  static Proc run(Path dir, Map<String, String> env, String stdin, List<String> cmd)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("proc", ".out");
    Path err = Files.createTempFile("proc", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().putAll(env);
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      boolean done = p.waitFor(60, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      assertTrue(done, () -> "still running after 60 s: " + cmd);
      return new Proc(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static Proc run(Path dir, String... cmd) throws IOException, InterruptedException {
    return run(dir, Map.of(), "", List.of(cmd));
  }

  /** Whether {@code program} is on PATH. */
  static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
  }
}
