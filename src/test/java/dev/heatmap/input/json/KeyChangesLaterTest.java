package dev.heatmap.input.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "checked against the rest of the input": a JSON lines file whose records change their
 * time key after the look-ahead would lose those records without a word (an object without the key
 * is no record); lines from its middle and end are checked against the chosen key.
 */
class KeyChangesLaterTest {
  @TempDir Path dir;

  private Path jsonl(String laterKey) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8000; i++) {
      String key = i < 3000 ? "ts" : laterKey;
      sb.append("{\"").append(key).append("\":\"2024-03-04T1").append(i % 10);
      sb.append(":00:00Z\",\"msg\":\"event number ").append(i).append("\"}\n");
    }
    Path f = dir.resolve("events.jsonl");
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void aKeyThatChangesAfterTheStartIsSaidWithTheKeysThere() throws IOException {
    Path f = jsonl("created");
    Run r = Run.of("", f.toString(), "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(3000L, r.json().get("total"), r.err());
    String c = (String) ((List<?>) r.json().get("cautions")).get(0);
    assertTrue(c.startsWith(f + ": "), c);
    assertTrue(
        c.matches(
            ".*: \\d+ of \\d+ lines sampled from the middle and end of the file have no key \"ts\""
                + " \\(chosen from its start\\), so their records are not counted; they hold"
                + " \"created\", \"msg\": name one with --field"),
        c);
    assertEquals(1, Run.of("", f.toString(), "-f", "json", "--strict").exitCode());
    // Named, the key is the user's: not said again.
    Run named = Run.of("", f.toString(), "-f", "json", "--field", "ts");
    assertFalse(named.err().contains("lines sampled"), named.err());
  }

  @Test
  void aKeyThatHoldsIsNotSaid() throws IOException {
    Run r = Run.of("", jsonl("ts").toString(), "-f", "json");
    assertEquals(8000L, r.json().get("total"), r.err());
    assertFalse(r.err().contains("lines sampled"), r.err());
  }

  @Test
  void linesWithoutTheKeyThroughoutAreTheInputsWayNotAChange() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8000; i++) {
      sb.append(
          i % 10 == 0 ? "{\"heartbeat\":" + i + "}\n" : "{\"ts\":\"2024-03-04T10:00:00Z\"}\n");
    }
    Path f = dir.resolve("mixed.jsonl");
    Files.writeString(f, sb.toString());
    Run r = Run.of("", f.toString(), "-f", "json");
    assertEquals(7200L, r.json().get("total"), r.err());
    assertFalse(r.err().contains("lines sampled"), r.err());
  }
}
