package dev.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code bin/heatmap} over a folder of logs and chat exports of different layouts, as
 * {@code heatmap /var/log/*.log} is run (issue 13, "Done when"): every file is counted into the
 * grid of its golden file, and says in one stderr line which layout or type it was read as.
 */
class LayoutFolderIT {
  @TempDir Path dir;

  /**
   * Golden inputs (under src/test/resources/layouts), the name each gets, the words of its line.
   */
  private static final String[][] FILES = {
    {"ncsa-combined/access.log", "access.log", "layout web server access log (NCSA"},
    {
      "syslog-rfc3164/auth.log.1",
      "auth.log.1",
      "layout syslog RFC 3164 / journalctl short (no year)"
    },
    {"syslog-rfc5424/rfc5424.log", "syslog.log", "layout syslog RFC 5424 ("},
    {"rsyslog-precise/messages", "messages.log", "layout syslog with ISO 8601 stamps"},
    {"zeek-tsv/conn.log", "conn.log", "layout Zeek TSV log ("},
    {
      "docker-json/3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e-json.log",
      "docker-json.log",
      "content is JSON lines (the .log extension was ignored)"
    },
    {"log4j/app.log", "app.log", "layout lines starting with a date and time ("},
    {"nginx-error/error.log", "nginx-error.log", "layout lines starting with a date and time ("},
    {"apache-error/error_log-2.4", "apache-error.log", "layout Apache error log ("},
    {"iis-w3c/u_ex240305.log", "u_ex240305.log", "layout W3C extended log (IIS) ("},
    {"irssi/heatmap.log", "irssi.log", "layout irssi log ("},
    {"git-log/log-default.txt", "git.log", "layout git log ("},
    {"discord/general-en-US.txt", "discord.log", "layout Discord chat export"},
    {"slack/general-berlin.txt", "slack.log", "layout Slack conversation as text (slackdump) ("},
    {"whatsapp/android-gb.txt", "whatsapp.log", "layout WhatsApp chat export (Android) ("},
  };

  @Test
  void aMixedFolderCountsEveryFileIntoItsGoldenGridAndSaysOneLinePerFile() throws Exception {
    long[] cells = new long[7 * 24];
    long events = 0;
    long continuation = 0;
    List<String> args = new ArrayList<>();
    for (String[] f : FILES) {
      Path golden = LayoutGoldenTest.ROOT.resolve(f[0]);
      LayoutGoldenTest.Expected want = LayoutGoldenTest.Expected.of(Path.of(golden + ".expected"));
      // no flags; a year-less log's --year is replaced by its modification time
      assertTrue(
          want.args().isEmpty() || (want.mtime() != null && want.args().get(0).equals("--year")),
          f[0] + " needs flags: not for a folder run");
      Path copy = dir.resolve(f[1]);
      Files.copy(golden, copy);
      if (want.mtime() != null) {
        // the rotated auth.log.1 spans New Year: its years come from its modification time
        Files.setLastModifiedTime(copy, FileTime.from(want.mtime()));
      }
      for (int i = 0; i < cells.length; i++) {
        cells[i] += want.cells()[i];
      }
      events += want.events();
      continuation += want.continuation();
      args.add(copy.toString());
    }

    Result r = heatmap(args, "-f", "json");

    assertEquals(0, r.exit(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals(events, json.get("total"), r.err());
    assertEquals(continuation, json.get("continuation"), r.err());
    assertEquals(0L, json.get("skipped"), r.err());
    assertEquals(Arrays.toString(cells), Arrays.toString(grid(json)), r.err());
    // One line per file, naming what it was read as; nothing else names a file.
    Map<String, List<String>> byFile = new LinkedHashMap<>();
    for (String line : r.err().split("\n")) {
      for (String[] f : FILES) {
        if (line.startsWith("heatmap: " + dir.resolve(f[1]) + ": ")) {
          byFile.computeIfAbsent(f[1], k -> new ArrayList<>()).add(line);
        }
      }
    }
    for (String[] f : FILES) {
      List<String> lines = byFile.getOrDefault(f[1], List.of());
      assertEquals(1, lines.size(), f[1] + ": " + lines);
      assertTrue(
          lines.get(0).startsWith("heatmap: " + dir.resolve(f[1]) + ": " + f[2]), lines.get(0));
    }
    assertTrue(
        byFile.get("auth.log.1").get(0).contains("the first is taken as 2023 (from the file's"),
        byFile.get("auth.log.1").get(0));
    long fileLines = r.err().lines().filter(l -> l.startsWith("heatmap: " + dir)).count();
    assertEquals(FILES.length, fileLines, r.err());
  }

  @Test
  void linesWithNoTimestampAtAllExitOneQuotingALineAndSuggestingRegex() throws Exception {
    Path notes = dir.resolve("notes.log");
    Files.writeString(notes, "\n   deploy went fine, see ticket OPS-12\nrolled back at noon\n");

    Result r = heatmap(List.of(notes.toString()));

    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "heatmap: "
                    + notes
                    + ": the first line is \"deploy went fine, see ticket OPS-12\": no known log"
                    + " layout or timestamp format fits it; try: heatmap "
                    + notes
                    + " --regex '^(?<ts>\\S+ \\S+)'"),
        r.err());
    assertTrue(!r.err().contains("\tat "), r.err());
  }

  private static long[] grid(Map<String, Object> json) {
    long[] out = new long[7 * 24];
    List<?> days = (List<?>) json.get("counts");
    for (int d = 0; d < 7; d++) {
      List<?> hours = (List<?>) days.get(d);
      for (int h = 0; h < 24; h++) {
        out[d * 24 + h] = (Long) hours.get(h);
      }
    }
    return out;
  }

  record Result(int exit, String out, String err) {}

  private Result heatmap(List<String> files, String... flags)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("user.dir"), "bin", "heatmap").toString());
    cmd.addAll(files);
    cmd.addAll(List.of(flags));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running: " + cmd);
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
