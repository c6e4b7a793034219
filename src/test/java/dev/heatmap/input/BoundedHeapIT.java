package dev.heatmap.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar in a JVM with a 64 MB heap: a big workbook streams through it, and hostile
 * inputs (a zip bomb, a 2 GB line) are refused without taking the heap. Also checks that nothing
 * but heatmap's own lines reaches stderr (no Log4j status noise from POI).
 */
class BoundedHeapIT {
  static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  @TempDir Path dir;

  record Proc(int exitCode, String out, String err) {}

  private Proc run(Feeder stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx64m");
    cmd.add("-jar");
    cmd.add(HOME.resolve("target/heatmap.jar").toString());
    cmd.addAll(List.of(args));
    Path out = dir.resolve(".stdout");
    Path err = dir.resolve(".stderr");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try (OutputStream in = p.getOutputStream()) {
      stdin.feed(in);
    } catch (IOException e) {
      // the tool stopped reading: exactly what a refused input should do
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    return new Proc(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  interface Feeder {
    void feed(OutputStream in) throws IOException;
  }

  @Test
  void a200000RowWorkbookIsReadIn64Megabytes() throws Exception {
    Path big = dir.resolve("big.xlsx");
    ExcelFixtures.big(big, 200_000);

    Proc p = run(in -> {}, "big.xlsx", "--group-by", "who", "-f", "json");

    assertEquals(0, p.exitCode(), p.err());
    assertTrue(p.out().contains("\"total\" : 200000,"), p.out());
    assertTrue(p.out().contains("\"name\" : \"user6\""), p.out());
    assertEquals(
        "heatmap: big.xlsx: sheet \"Big\": using column \"when\" (100 of 100 sampled values are"
            + " timestamps)\n"
            + "heatmap: big.xlsx: values carry no UTC offset: read as UTC (use --input-tz ZONE if"
            + " they are local times)\n",
        p.err());
  }

  @Test
  void aZipBombIsRefusedWithABoundedHeap() throws Exception {
    Path bomb = dir.resolve("bomb.xlsx");
    Files.write(
        bomb,
        ExcelFixtures.zipBomb(Files.readAllBytes(Extraction.fixture("excel/dates.xlsx")), 1024));

    Proc p = run(in -> {}, "bomb.xlsx", "-f", "json");

    assertEquals(1, p.exitCode(), p.err());
    assertTrue(
        p.err().startsWith("heatmap: bomb.xlsx: refused: the workbook looks like a zip bomb"),
        p.err());
  }

  @Test
  void aTwoGigabyteLineOnStandardInputIsRefusedWithABoundedHeap() throws Exception {
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) 'x');

    Proc p =
        run(
            in -> {
              in.write("2024-01-01 10:00:00\n".getBytes(StandardCharsets.UTF_8));
              for (int i = 0; i < 2048; i++) {
                in.write(chunk);
              }
            },
            "-f",
            "json");

    assertEquals(1, p.exitCode(), p.err());
    assertEquals(
        "heatmap: <stdin>: format ISO-8601 (1 of 1 samples parse)\n"
            + "heatmap: <stdin>: values carry no UTC offset: read as UTC (use --input-tz ZONE if"
            + " they are local times)\n"
            + "heatmap: <stdin>:2: line longer than 1048576 characters; not read further (see"
            + " --max-line-length)\n",
        p.err());
  }

  /**
   * Ten thousand groups over ten years, each with one event a year: counting every group day by day
   * would take 10,000 x 10 x 2.9 KB = 290 MB; only the first {@code Tally.MAX_DAY_GROUPS} are, and
   * the groups shown past them are named as rowless.
   */
  @Test
  void tenThousandGroupsOverTenYearsGetTheirCalendarRowsIn64Megabytes() throws Exception {
    Proc p =
        run(
            in -> {
              StringBuilder sb = new StringBuilder("when,who\n");
              for (int y = 2015; y < 2025; y++) {
                for (int g = 0; g < 10_000; g++) {
                  java.time.LocalDate d = java.time.LocalDate.of(y, 1, 1).plusDays(g % 300);
                  sb.append(d).append("T10:00:00,u").append(String.format("%04d", g)).append('\n');
                }
                in.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
              }
            },
            "--group-by",
            "who",
            "--top",
            "60",
            "--calendar",
            "-f",
            "json");

    assertEquals(0, p.exitCode(), p.err());
    assertTrue(
        p.err()
            .contains(
                "heatmap: calendar: 11 of the 61 groups shown have no calendar row of their own"
                    + " ((other), u0050, u0051, u0052, u0053 and 6 more): only the first 50 groups"
                    + " seen are counted day by day, to keep memory fixed; their events are in the"
                    + " overall calendar\n"),
        p.err());
    String out = p.out().replace(" ", "").replace("\n", "");
    assertTrue(out.contains("\"name\":\"u0000\",\"counts\":[1,0,"), "u0000's row");
    assertTrue(out.contains("\"name\":\"u0049\",\"counts\":[0,"), "u0049's row");
    assertTrue(!out.contains("\"name\":\"u0050\",\"counts\""), "u0050 has no row");
    assertTrue(
        out.contains(
            "\"groups_without_row\":[\"(other)\",\"u0050\",\"u0051\",\"u0052\",\"u0053\","
                + "\"u0054\",\"u0055\",\"u0056\",\"u0057\",\"u0058\",\"u0059\"]"),
        "groups_without_row");
  }
}
