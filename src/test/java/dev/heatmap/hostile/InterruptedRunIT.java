package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A SIGINT or SIGTERM while a workbook from standard input is being spooled removed nothing: the
 * copy of the evidence ({@code heatmap-*.workbook}, up to hundreds of MB) stayed in the temporary
 * directory. Now the spool is mode 0600 in {@code java.io.tmpdir} and gone on every exit path.
 */
class InterruptedRunIT {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT"})
  void aSignalWhileAWorkbookIsSpooledLeavesNoCopyBehind(String signal) throws Exception {
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                Shell.HOME.resolve("target/heatmap.jar").toString(),
                "--type",
                "excel",
                "-")
            .redirectOutput(dir.resolve("out").toFile())
            .redirectError(dir.resolve("err").toFile())
            .start();
    byte[] book = Files.readAllBytes(Shell.HOME.resolve("example_data/isoon.xlsx"));
    OutputStream stdin = p.getOutputStream();
    // The workbook, then more bytes while the pipe stays open: the run is still spooling.
    stdin.write(book);
    stdin.write(new byte[1 << 20]);
    stdin.flush();
    Path spool = awaitSpool(tmp, p);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(spool)));

    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended on SIG" + signal);
    stdin.close();

    assertEquals(List.of(), list(tmp), "nothing left in java.io.tmpdir");
  }

  /** Waits (at most a minute) for the spooled copy to appear. */
  private static Path awaitSpool(Path tmp, Process p) throws Exception {
    for (int i = 0; i < 600; i++) {
      for (Path f : list(tmp)) {
        if (f.getFileName().toString().endsWith(".workbook")) {
          return f;
        }
      }
      assertTrue(p.isAlive(), "the run ended before spooling");
      Thread.sleep(100);
    }
    throw new AssertionError("no heatmap-*.workbook appeared in " + tmp);
  }

  private static List<Path> list(Path d) throws Exception {
    try (Stream<Path> files = Files.list(d)) {
      return files.filter(f -> !f.getFileName().toString().startsWith("hsperfdata")).toList();
    }
  }
}
