package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV output kept terminal control characters in group cells (an OSC 52 clipboard write, an OSC 0
 * title, bidi controls), where every other format removed them; text output and stderr let the bidi
 * marks U+200E, U+200F and U+061C through.
 */
class CsvTerminalControlsTest {
  @TempDir Path dir;

  private static final String NASTY =
      "a\u001b]52;c;ZXZpbA==\u0007b\u001b]0;pwned\u001b\\c\u0007\u009b1m\u200e\u200f\u061c"
          + "\u202e\u2066d\u001b[31me";

  @ParameterizedTest
  @ValueSource(strings = {"csv", "text", "markdown"})
  void noGroupCellCarriesATerminalControl(String format) throws Exception {
    Path csv = dir.resolve("nasty.csv");
    Files.writeString(csv, "ts,sender\n2024-01-01T10:00:00Z," + NASTY + "\n");

    Cli r = Cli.run(csv.toString(), "--group-by", "sender", "-f", format);

    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    for (char c : new char[] {0x1b, 0x07, 0x9b, 0x9d, '\u200e', '\u200f', '\u061c', '\u202e'}) {
      assertFalse(out.indexOf(c) >= 0, format + " holds U+" + Integer.toHexString(c));
    }
    if (!format.equals("markdown")) {
      assertFalse(out.contains("52;c;"), "the OSC string is gone, not just its ESC");
      assertTrue(out.contains("abc"), out);
    }
    for (char c : new char[] {0x1b, 0x07, '\u200e', '\u200f', '\u061c'}) {
      assertFalse(r.err().indexOf(c) >= 0, "stderr holds U+" + Integer.toHexString(c));
    }
  }
}
