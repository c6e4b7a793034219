package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's "done when": the real launcher under {@code HEATMAP_OPTS=-Xmx64m} over one folder
 * holding every input of both hostile corpora (the committed one and the fuzzers' seeds and
 * findings), the hostile inputs too big to commit (a zip bomb, a workbook of 40 MB of shared
 * strings, the same under gzip, a NUL-padded log, a truncated gzip) and two good files. The good
 * files' records are the only ones in 2031, so {@code --since/--until} leave exactly them in the
 * report; every file that fails says so in exactly one line, and the run is not lost.
 */
class HostileFolderIT {
  private static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();
  private static final int GOOD_CSV = 120;
  private static final int GOOD_LOG = 80;

  @TempDir Path dir;

  @Test
  void aFolderOfEveryHostileInputAndTwoGoodFilesIn64Megabytes() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("evidence"));
    copyTree(HostileFiles.corpus("script-groups.csv").getParent(), folder, "hostile-");
    copyTree(
        HOME.resolve("src/test/resources/dev/heatmap/fuzz/ExtractorFuzzTestInputs"),
        folder,
        "fuzz-");
    Files.write(folder.resolve("made-zip-bomb.xlsx"), HostileFiles.zipBomb(64));
    Path strings = folder.resolve("made-big-shared-strings.xlsx");
    HostileFiles.bigSharedStrings(strings, 40);
    gzip(Files.readAllBytes(strings), folder.resolve("made-big-shared-strings.xlsx.gz"));
    byte[] padded = new byte[6000];
    byte[] line = "2024-03-01 10:00:00 crashed\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(line, 0, padded, 0, line.length);
    Files.write(folder.resolve("made-nul-padded.log"), padded);
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      log.append("2024-03-02 11:").append(10 + i % 50).append(":00 line ").append(i).append('\n');
    }
    byte[] whole = gzipped(log.toString().getBytes(StandardCharsets.US_ASCII));
    Files.write(folder.resolve("made-truncated.log.gz"), Arrays.copyOf(whole, whole.length / 2));
    StringBuilder csv = new StringBuilder("when,who\n");
    for (int i = 0; i < GOOD_CSV; i++) {
      csv.append("2031-05-").append(10 + i % 10).append("T09:30:00Z,alice\n");
    }
    Files.writeString(folder.resolve("zz-good.csv"), csv);
    StringBuilder good = new StringBuilder();
    for (int i = 0; i < GOOD_LOG; i++) {
      good.append("2031-06-").append(10 + i % 10).append(" 14:15:00 ok\n");
    }
    Files.writeString(folder.resolve("zz-good.log"), good);

    List<String> args =
        List.of(
            folder.toString(),
            "--since",
            "2031-01-01",
            "--until",
            "2032-01-01",
            "--input-tz",
            "UTC",
            "-f",
            "json",
            "-o",
            dir.resolve("report.json").toString());
    Cli inProcess = Cli.run(args.toArray(new String[0]));
    Process p = launcher(args);
    String err = Files.readString(dir.resolve(".stderr"));

    assertEquals(1, p.exitValue(), err);
    assertTrue(!err.contains("out of memory"), err);
    Map<String, String> json = JsonFields.of(Files.readString(dir.resolve("report.json")));
    assertEquals(String.valueOf(GOOD_CSV + GOOD_LOG), json.get("total"), err);
    // The bad files are those the in-process run (no heap limit) fails: each has one line.
    List<String> failed = failedFiles(inProcess.err(), folder);
    assertTrue(failed.contains("made-zip-bomb.xlsx"), inProcess.err());
    assertTrue(failed.contains("made-big-shared-strings.xlsx.gz"), inProcess.err());
    // Under 64 MB the shared-strings budget is 16 MiB, so the 40 MB of strings fail that file too.
    List<String> expected = new ArrayList<>(failed);
    expected.add("made-big-shared-strings.xlsx");
    expected.sort(null);
    List<String> bounded = failedFiles(err, folder);
    bounded.sort(null);
    assertEquals(expected, bounded, "the same files fail under 64 MB, and the big strings");
    for (String name : bounded) {
      String prefix = "heatmap: " + folder.resolve(name) + ": ";
      long lines =
          err.lines()
              .filter(l -> l.startsWith(prefix) && isError(l.substring(prefix.length())))
              .count();
      assertEquals(1, lines, name + " fails in one line:\n" + err);
    }
    assertTrue(
        err.contains(
            "heatmap: "
                + strings
                + ": refused: the workbook's shared strings take more than 16 MiB"),
        err);
    for (String l : err.split("\n")) {
      assertTrue(l.startsWith("heatmap: "), l);
    }
  }

  /**
   * The names of the files whose read failed, from their error line ({@code file: refused…}; a
   * record's line, {@code file:7: …}, is a skipped record, not a failed file).
   */
  private static List<String> failedFiles(String err, Path folder) {
    List<String> names = new ArrayList<>();
    String prefix = "heatmap: " + folder + "/";
    for (String l : err.split("\n")) {
      if (!l.startsWith(prefix)) {
        continue;
      }
      String rest = l.substring(prefix.length());
      int colon = rest.indexOf(": ");
      if (colon < 0) {
        continue;
      }
      String name = rest.substring(0, colon);
      String what = rest.substring(colon + 2);
      if (name.matches(".*:[0-9]+")) {
        continue;
      }
      if (isError(what) && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean isError(String what) {
    return what.startsWith("refused")
        || what.startsWith("not ")
        || what.startsWith("binary data")
        || what.startsWith("read error")
        || what.startsWith("damaged")
        || what.contains(" is not supported")
        || what.startsWith("cannot ");
  }

  private Process launcher(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(HOME.resolve("bin/heatmap").toString());
    cmd.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve(".stdout").toFile())
            .redirectError(dir.resolve(".stderr").toFile());
    pb.environment().put("HEATMAP_OPTS", "-Xmx64m");
    Process p = pb.start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
    return p;
  }

  private static void copyTree(Path from, Path to, String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = prefix + from.relativize(f).toString().replace('/', '-');
        Files.copy(f, to.resolve(name));
      }
    }
  }

  private static byte[] gzipped(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static void gzip(byte[] bytes, Path to) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
      out.write(bytes);
    }
  }
}
