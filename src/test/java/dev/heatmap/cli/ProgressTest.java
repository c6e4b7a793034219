package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String err() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theLineSaysBytesOfTheTotalRecordsRateAndTimeLeft() {
    try (Progress p = new Progress(err, 400_000_000L, false, 60_000)) {
      p.add(100_000_000L, 0);
      p.add(0, 1_234_567);

      assertEquals(
          "heatmap: 100.0 MB of 400.0 MB (25%), 1,234,567 records, 50 MB/s, 0:06 left",
          p.line(2_000_000_000L));
    }
  }

  @Test
  void withoutATotalItSaysWhatWasRead() {
    try (Progress p = new Progress(err, -1, false, 60_000)) {
      p.add(5_000_000L, 1);

      assertEquals("heatmap: 5.0 MB read, 1 record, 5 MB/s", p.line(1_000_000_000L));
    }
  }

  @Test
  void nothingIsShownBeforeTheDelay() {
    new Progress(err, 10, true, 60_000).close();

    assertEquals("", err());
  }

  @Test
  void messagesPrintOnAClearedLineAndClosingErasesIt() throws InterruptedException {
    Progress p = new Progress(err, 1000, false, 0);
    p.add(500, 5);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!err().contains("(50%)") && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    p.print(() -> err.println("heatmap: a message"));
    p.close();

    String out = err();
    String line = "heatmap: 0.0 MB of 0.0 MB (50%), 5 records";
    assertTrue(out.startsWith("\r") && out.contains("\r" + line), out);
    int message = out.indexOf("heatmap: a message\n");
    assertTrue(message > 0, out);
    String before = out.substring(0, message);
    assertTrue(before.endsWith("\r"), "the line is erased back to its start: " + before);
    assertEquals("", out.substring(message + "heatmap: a message\n".length()).strip(), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--progress", "--no-progress"})
  void theOptionsChangeNothingInTheReport(String option) {
    Run plain = Run.of("2024-01-01 10:15:00\n", "-f", "json");
    Run with = Run.of("2024-01-01 10:15:00\n", option, "-f", "json");

    assertEquals(0, with.exitCode(), with.err());
    assertEquals(plain.out(), with.out());
    assertEquals(plain.err(), with.err(), "a run shorter than a second shows no progress");
  }

  @Test
  void progressIsOnlyForATerminalUnlessForced() {
    assertEquals(true, Progress.wanted(true, false));
    assertEquals(false, Progress.wanted(false, true));
    assertEquals(true, Progress.wanted(null, true));
    assertEquals(false, Progress.wanted(null, false));
    assertEquals(
        false,
        Environment.of(System.in, new PrintStream(new ByteArrayOutputStream()), err)
            .stderrTerminal(),
        "a captured stream is no terminal");
  }
}
