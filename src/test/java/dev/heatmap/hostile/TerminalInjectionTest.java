package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names, header names and values that carry terminal escapes reach stderr cleaned: a CSI
 * sequence (colour, cursor, clear screen) is removed, and every other control character (ESC
 * starting an OSC title change, BEL, C1 such as the one-byte CSI U+009B, bidi overrides) becomes
 * {@code ?}, so a hostile file cannot recolour, retitle or rewrite the analyst's terminal.
 */
class TerminalInjectionTest {
  /**
   * Red text, a window-title change, a one-byte CSI clearing the screen, a right-to-left override.
   */
  static final String ESCAPES = "\u001b[31m\u001b]0;pwned\u0007\u009b2J\u202e";

  /** What {@link #ESCAPES} looks like once cleaned. */
  static final String CLEANED = "?";

  @TempDir Path dir;

  @Test
  void aFileNameWithEscapesIsCleanedInEveryMessage() throws IOException {
    Path file = dir.resolve("evil" + ESCAPES + ".txt");
    Files.writeString(file, "2024-01-01T10:00:00Z\nnot " + ESCAPES + " a time\n");

    Cli r = Cli.run(file.toString(), "-f", "json");

    String shown = dir.resolve("evil" + CLEANED + ".txt").toString();
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "heatmap: "
            + shown
            + ":2: not a timestamp: \"not "
            + CLEANED
            + " a time\"\n"
            + "heatmap: skipped 1 record (1 not a timestamp)\n",
        HostileCorpusTest.withoutNotes(r.err()));
    HostileCorpusTest.assertEachLineIsOneCleanProblem(r.err(), shown);
  }

  @Test
  void aMissingFileWithEscapesInItsNameIsNamedCleaned() {
    String name = dir.resolve("gone" + ESCAPES + ".txt").toString();

    Cli r = Cli.run(name, "-f", "json");

    String shown = dir.resolve("gone" + CLEANED + ".txt").toString();
    assertEquals(1, r.exitCode());
    assertEquals("heatmap: " + shown + ": no such file\n", r.err());
    HostileCorpusTest.assertEachLineIsOneCleanProblem(r.err(), shown);
  }

  @Test
  void headerNamesWithEscapesAreCleanedWhenListed() throws IOException {
    Path file = dir.resolve("headers.csv");
    Files.writeString(file, "when" + ESCAPES + ",who\n2024-01-01 10:00:00,a\n");

    Cli r = Cli.run(file.toString(), "--field", "nope", "-f", "json");

    assertEquals(1, r.exitCode());
    assertEquals(
        "heatmap: "
            + file
            + ": no column \"nope\" (columns, nearest first: \"who\", \"when"
            + CLEANED
            + "\")\n",
        r.err());
    HostileCorpusTest.assertEachLineIsOneCleanProblem(r.err(), file.toString());
  }

  @Test
  void anOutputPathWithEscapesIsCleanedInTheWriteError() {
    Path out = dir.resolve("no" + ESCAPES).resolve("report.json");

    Cli r =
        Cli.run(
            new java.io.ByteArrayInputStream("2024-01-01T10:00:00Z\n".getBytes()),
            "-o",
            out.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        "heatmap: "
            + dir.resolve("no" + CLEANED).resolve("report.json")
            + ": cannot write: no such directory\n",
        HostileCorpusTest.withoutNotes(r.err()));
  }
}
