package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item 6 of issue 17: every group shown ({@code --top 10000}; the CLI refuses {@code --top 0}) with
 * 10,000 groups wrote a 360 MB HTML page at 1.2 GB of memory and a 234 MB SVG at 2 GB. The packaged
 * jar now writes both under a 64 MB heap: a grid for the first {@code Report.MAX_DRAWN_GROUPS}
 * (200) groups, the others listed (HTML) or counted (SVG), every group still in JSON and CSV.
 */
class ManyGroupsHeapIT {
  private static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();
  private static final int GROUPS = 10_000;

  @TempDir Path dir;

  private static long count(String haystack, String needle) {
    long n = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "svg"})
  void tenThousandGroupsAreWrittenIn64Megabytes(String format) throws Exception {
    StringBuilder csv = new StringBuilder("ts,sender\n");
    for (int g = 0; g < GROUPS; g++) {
      for (int k = 0; k < 3; k++) {
        csv.append("2024-01-0").append(1 + k).append('T').append(10 + k).append(":00:00Z,");
        csv.append("sender").append(g).append('\n');
      }
    }
    Files.writeString(dir.resolve("many.csv"), csv);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx64m");
    cmd.add("-jar");
    cmd.add(HOME.resolve("target/heatmap.jar").toString());
    cmd.addAll(
        List.of(
            "many.csv",
            "--group-by",
            "sender",
            "--top",
            "10000",
            "--input-tz",
            "UTC",
            "-f",
            format,
            "-o",
            "report." + format));
    Path err = dir.resolve(".stderr");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve(".stdout").toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    String stderr = Files.readString(err);
    assertEquals(0, p.exitValue(), stderr);
    assertTrue(!stderr.contains("OutOfMemoryError"), stderr);
    String report = read(dir.resolve("report." + format));
    if (format.equals("html")) {
      assertEquals(200, count(report, "<figure class=\"group\">"));
      assertEquals(GROUPS - 200, count(report, "<tr><td>sender"));
      assertTrue(report.contains("9,800 more groups, not drawn"), "the rest are listed");
    } else {
      assertEquals(200, count(report, "<g class=\"group\">"));
      assertTrue(report.contains("… and 9,800 more groups, not drawn"), "the rest are counted");
    }
    assertTrue(report.length() < 16 << 20, "a page a browser can open: " + report.length());
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p);
  }
}
