package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/heatmap} with its standard output on a real terminal (a pseudo-terminal from
 * util-linux's {@code script}) colours the heatmap; into a file it writes no escape codes.
 */
class TerminalIT {
  static final Path HOME = LauncherIT.HOME;

  @TempDir Path dir;

  String run(List<String> cmd, String noColor) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(HOME.toFile());
    pb.environment().remove("NO_COLOR");
    pb.environment().remove("COLORTERM");
    pb.environment().put("TERM", "xterm-256color");
    if (noColor != null) {
      pb.environment().put("NO_COLOR", noColor);
    }
    Path out = dir.resolve("out");
    pb.redirectOutput(out.toFile()).redirectError(dir.resolve("err").toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err")));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  static boolean haveScript() {
    return Files.isExecutable(Path.of("/usr/bin/script"));
  }

  @Test
  void aTerminalGetsColourThatFits80Columns() throws Exception {
    assumeTrue(haveScript(), "util-linux script(1) is needed to make a terminal");
    // --input-tz: stderr shares the terminal, and the check below is of the report's width.
    String heatmap = HOME.resolve("bin/heatmap") + " example_data/isoon.txt --input-tz UTC";
    String out = run(List.of("/usr/bin/script", "-qec", heatmap, "/dev/null"), null);
    assertTrue(out.contains("\u001b[38;5;"), "256-colour cells: " + out);
    for (String line : out.replace("\r", "").split("\n")) {
      String visible = line.replaceAll("\u001b\\[[0-9;]*m", "");
      assertTrue(visible.codePointCount(0, visible.length()) <= 80, visible);
    }
    String noColor = run(List.of("/usr/bin/script", "-qec", heatmap, "/dev/null"), "1");
    assertFalse(noColor.contains("\u001b["), "NO_COLOR turns colour off: " + noColor);
  }

  @Test
  void aFileGetsNoEscapeCodes() throws Exception {
    String out =
        run(List.of(HOME.resolve("bin/heatmap").toString(), "example_data/isoon.txt"), null);
    assertFalse(out.contains("\u001b"), out);
    assertTrue(out.contains("Total 16,823 timestamps"), out);
  }
}
