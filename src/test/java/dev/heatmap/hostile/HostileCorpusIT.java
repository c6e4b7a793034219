package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hostile corpus through the packaged jar in a real process: its stderr is exactly what
 * the in-process run prints, so nothing else (a library's logger, a JVM warning, a stack trace)
 * writes to the analyst's terminal, whatever the files hold.
 */
class HostileCorpusIT {
  static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  @TempDir Path dir;

  @Test
  void stderrOfTheRealProcessIsOnlyHeatmapsOwnLines() throws Exception {
    List<String> args = new ArrayList<>();
    try (Stream<Path> files = Files.list(HostileFiles.corpus("script-groups.csv").getParent())) {
      for (Path f : files.sorted().toList()) {
        Path copy = dir.resolve(f.getFileName());
        Files.copy(f, copy);
        args.add(copy.toString());
      }
    }
    args.addAll(List.of("-f", "json"));

    Cli inProcess = Cli.run(args.toArray(new String[0]));
    Process p = start(args);
    String err = Files.readString(dir.resolve(".stderr"));

    assertEquals(1, inProcess.exitCode(), "some corpus files are refused");
    assertEquals(inProcess.exitCode(), p.exitValue());
    assertEquals(inProcess.err(), err);
    for (String line : err.split("\n")) {
      assertTrue(line.startsWith("heatmap: "), line);
    }
  }

  private Process start(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(HOME.resolve("target/heatmap.jar").toString());
    cmd.addAll(args);
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve(".stdout").toFile())
            .redirectError(dir.resolve(".stderr").toFile())
            .start();
    p.getOutputStream().close(); // nothing on standard input
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    return p;
  }
}
