package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.testing.JsonTree;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 6 of issue 17: 10,000 one-message senders followed by one sender with 83 % of the records
 * hid that sender in "(other)" without a word, because every name past the cap of 10,000 folded
 * there. Now the late sender is named with its exact count, from a file and from standard input,
 * and what the cap did is said on stderr and in the JSON report.
 */
class GroupCapTest {
  private static final int SINGLES = 10_000;
  private static final int DOMINANT = 49_000; // 83 % of 59,000

  @TempDir Path dir;

  /** The senders' CSV; with {@code early}, the dominant sender's first message comes first. */
  private static String csv(boolean early) {
    StringBuilder b = new StringBuilder("ts,sender\n");
    if (early) {
      b.append("2024-01-01T00:00:00Z,dominant\n");
    }
    for (int i = 0; i < SINGLES; i++) {
      b.append("2024-01-01T10:00:00Z,s").append(i).append('\n');
    }
    for (int i = early ? 1 : 0; i < DOMINANT; i++) {
      b.append("2024-01-02T11:00:00Z,dominant\n");
    }
    return b.toString();
  }

  private Path file(boolean early) throws Exception {
    Path p = dir.resolve(early ? "early.csv" : "late.csv");
    Files.writeString(p, csv(early));
    return p;
  }

  private static Cli stdin(boolean early, String... args) {
    return Cli.run(new ByteArrayInputStream(csv(early).getBytes(StandardCharsets.UTF_8)), args);
  }

  private static Map<?, ?> first(Cli r) throws Exception {
    List<?> groups = (List<?>) JsonTree.parse(r.out()).get("groups");
    return (Map<?, ?>) groups.get(0);
  }

  private static Map<?, ?> cap(Cli r) throws Exception {
    return (Map<?, ?>) JsonTree.parse(r.out()).get("group_cap");
  }

  private static String capLine(Cli r) {
    for (String line : r.err().split("\n")) {
      if (line.startsWith("heatmap: --group-by: more than 10,000 distinct values")) {
        return line;
      }
    }
    throw new AssertionError("no line about the group cap in:\n" + r.err());
  }

  @Test
  void aLateDominantSenderInAFileIsNamedWithItsExactCount() throws Exception {
    Cli r = Cli.run(file(false).toString(), "--group-by", "sender", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<?, ?> top = first(r);
    assertEquals("dominant", top.get("name"));
    assertEquals(DOMINANT, ((Number) top.get("total")).intValue());
    assertEquals(null, top.get("missing_at_most"));
    assertEquals(Boolean.TRUE, cap(r).get("exact"));
    assertEquals(625, ((Number) cap(r).get("folded")).intValue());
    assertEquals(1, ((Number) cap(r).get("folded_at_most")).intValue());
    assertEquals(
        "heatmap: --group-by: more than 10,000 distinct values; 625 groups of at most 1 record"
            + " each folded into (other) to make room; the groups shown are exact",
        capLine(r));
  }

  @Test
  void aLateDominantSenderOnStandardInputIsNamedWithItsExactCount() throws Exception {
    Cli r = stdin(false, "--group-by", "sender", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("dominant", first(r).get("name"));
    assertEquals(DOMINANT, ((Number) first(r).get("total")).intValue());
    assertTrue(capLine(r).endsWith("the groups shown are exact"), capLine(r));
  }

  @Test
  void onStandardInputASenderSeenOnceBeforeTheCapIsFlaggedAsInexact() throws Exception {
    Cli r = stdin(true, "--group-by", "sender", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<?, ?> top = first(r);
    assertEquals("dominant", top.get("name"));
    // Its first message was folded into (other) before it came back: said, never hidden.
    assertEquals(DOMINANT - 1, ((Number) top.get("total")).intValue());
    assertEquals(1, ((Number) top.get("missing_at_most")).intValue());
    assertEquals(Boolean.FALSE, cap(r).get("exact"));
    assertEquals(Boolean.FALSE, cap(r).get("recounted"));
    assertEquals(
        "heatmap: --group-by: more than 10,000 distinct values; 625 groups of at most 1 record"
            + " each folded into (other) to make room; the groups shown may not be exact (1 group"
            + " may miss records counted in (other), shown as \"missing_at_most\" in -f json);"
            + " standard input cannot be read twice: give the input as a file to count exactly",
        capLine(r));
  }

  @Test
  void inAFileASenderSeenOnceBeforeTheCapIsCountedAgainExactly() throws Exception {
    Cli r = Cli.run(file(true).toString(), "--group-by", "sender", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<?, ?> top = first(r);
    assertEquals("dominant", top.get("name"));
    assertEquals(DOMINANT, ((Number) top.get("total")).intValue());
    assertEquals(null, top.get("missing_at_most"));
    assertEquals(Boolean.TRUE, cap(r).get("exact"));
    assertEquals(Boolean.TRUE, cap(r).get("recounted"));
    assertTrue(capLine(r).endsWith("; counted again: the groups shown are exact"), capLine(r));
    assertEquals(DOMINANT + SINGLES, ((Number) JsonTree.parse(r.out()).get("total")).intValue());
  }

  @Test
  void underTheCapNothingIsSaidAndTheJsonHasNoCapKey() throws Exception {
    Path p = dir.resolve("few.csv");
    Files.writeString(p, "ts,sender\n2024-01-01T10:00:00Z,a\n2024-01-01T11:00:00Z,b\n");
    Cli r = Cli.run(p.toString(), "--group-by", "sender", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(!r.err().contains("distinct values"), r.err());
    assertTrue(!JsonTree.parse(r.out()).containsKey("group_cap"));
  }
}
