package dev.heatmap.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the lean start in {@code mvn verify} rather than in a benchmark run by hand: the real
 * launcher runs the common commands with {@code -Xlog:class+load}, and the test fails when a run
 * loads a class the class-data archive does not hold (a new lambda, a reflective proxy, a class the
 * training run never met) beyond the two the JVM always spins, or when a one-line run loads more
 * classes than its budget. The budgets are today's counts with some room; raising one is a decision
 * to write down in the commit, not a number to bump quietly.
 */
class StartupGuardIT {
  /**
   * Classes a one-line text run may load, from the archive or not: 960 when this was written; 1,054
   * after the fourth session's merges added the option converters (OptionValue and its Kind), the
   * word-wrapped help, the colour scale and background, the written offsets (WrittenOffset,
   * WrittenOffsets and its Entry, the resolver's ByteChars), the day-first re-read's signal, the
   * truncated-gzip check and HeatmapRun.Counts, all from the archive.
   */
  static final int ONE_LINE_BUDGET = 1_100;

  /**
   * An HTML report of a file: 1,077 when this was written, 1,443 once the calendar view (on by
   * default in HTML over three weeks, with its holiday tables and ranking) came in.
   */
  static final int HTML_BUDGET = 1_550;

  /**
   * Classes that may come from outside the archive: the JVM's own lambda forms and the regex
   * classes it makes for the archive's patterns at run time (2 when this was written).
   */
  static final int OUTSIDE_ARCHIVE_BUDGET = 4;

  @TempDir Path dir;

  private List<String> loads(String name, String stdin, String... args)
      throws IOException, InterruptedException {
    Path log = dir.resolve(name + ".log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Proc.HOME.resolve("bin/heatmap").toString());
    cmd.addAll(List.of(args));
    Proc p =
        Proc.run(
            dir, Map.of("HEATMAP_OPTS", "-Xlog:class+load=info:file=" + log + ":tags"), stdin, cmd);
    assertEquals(0, p.exitCode(), p.toString());
    return Files.readAllLines(log);
  }

  private static List<String> outsideArchive(List<String> loads) {
    List<String> outside = new ArrayList<>();
    for (String l : loads) {
      if (!l.contains("source: shared objects file")) {
        outside.add(l.substring(l.indexOf("] ") + 2));
      }
    }
    return outside;
  }

  private static void check(String run, List<String> loads, int budget) {
    List<String> outside = outsideArchive(loads);
    for (String l : outside) {
      assertTrue(
          !l.startsWith("dev.heatmap.") && !l.startsWith("picocli."),
          run
              + ": a class of heatmap's own or of picocli was loaded outside the class-data"
              + " archive (add the path to src/cds/…/CdsTraining, or undo the lambda): "
              + l);
    }
    assertTrue(
        outside.size() <= OUTSIDE_ARCHIVE_BUDGET,
        run + ": " + outside.size() + " classes loaded outside the archive: " + outside);
    assertTrue(
        loads.size() <= budget,
        run + ": " + loads.size() + " classes loaded, over the budget of " + budget);
  }

  @Test
  void aOneLineRunStaysWithinTheArchiveAndItsClassBudget() throws Exception {
    check(
        "one line on standard input", loads("one-line", "2024-03-01 09:15:00\n"), ONE_LINE_BUDGET);
  }

  @Test
  void anHtmlReportOfTheExampleStaysWithinTheArchiveAndItsClassBudget() throws Exception {
    check(
        "HTML report",
        loads(
            "html",
            "",
            Proc.HOME.resolve("example_data/isoon.txt").toString(),
            "-o",
            dir.resolve("r.html").toString()),
        HTML_BUDGET);
  }
}
