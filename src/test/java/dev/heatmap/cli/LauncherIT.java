package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code bin/heatmap} as a real process, from another working directory. */
class LauncherIT {
  static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  @TempDir Path dir;

  record Proc(int exitCode, String out, String err) {}

  Proc run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(HOME.resolve("bin/heatmap").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Path out = dir.resolve(".stdout");
    Path err = dir.resolve(".stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    return new Proc(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void theClassDataArchiveIsTrainedOnTheCommonCommandsAndUsed() throws Exception {
    // mvn package trains the archive (src/cds) even when the tests are skipped; a training that
    // failed would leave only the JDK's classes in it, and every run 80 % slower.
    String classes = Files.readString(HOME.resolve("target/heatmap.classlist"));
    for (String c :
        List.of(
            "dev/heatmap/cli/HeatmapCommand",
            "dev/heatmap/input/json/JsonScanner",
            "dev/heatmap/input/csv/CsvScanner",
            "dev/heatmap/render/HtmlRenderer",
            "picocli/CommandLine")) {
      assertTrue(classes.contains(c + "\n") || classes.contains(c + " "), c);
    }
    // -Xshare:on makes the JVM refuse to start without the archive instead of going on quietly.
    ProcessBuilder pb =
        new ProcessBuilder(HOME.resolve("bin/heatmap").toString(), "--version")
            .directory(dir.toFile())
            .redirectErrorStream(true);
    pb.environment().put("HEATMAP_OPTS", "-Xshare:on");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("heatmap "), out);
  }

  @Test
  void reportOnTheExampleDataFromAnotherDirectory() throws Exception {
    Path example = HOME.resolve("example_data/isoon.txt");
    Proc p = run("", example.toString(), "-o", "with space.json");
    assertEquals(0, p.exitCode(), p.err());
    String json = Files.readString(dir.resolve("with space.json"));
    assertTrue(json.contains("\"total\" : 16823"), json);
  }

  @Test
  void stdinPipeline() throws Exception {
    Proc p = run("2024-01-01 10:15:00\n2024-01-07T23:59:59Z\n", "-f", "json");
    assertEquals(0, p.exitCode(), p.err());
    assertTrue(p.out().contains("\"total\" : 2"), p.out());
  }

  @Test
  void missingFileAndBadOptionExitCodesWithoutStackTraces() throws Exception {
    Proc missing = run("", "missing.txt");
    assertEquals(1, missing.exitCode());
    assertEquals("heatmap: missing.txt: no such file\n", missing.err());

    Proc usage = run("", "--no-such-option");
    assertEquals(2, usage.exitCode());
    assertTrue(usage.err().startsWith("heatmap: unknown option"), usage.err());
    assertTrue(!usage.err().contains("\tat "), "no stack trace");
  }
}
