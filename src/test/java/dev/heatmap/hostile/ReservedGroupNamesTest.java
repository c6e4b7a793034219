package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.testing.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group whose value is literally {@code (all)}, {@code (other)} or {@code (none)} spoofed the
 * tool's own groups: CSV showed two "(all)" blocks, JSON two "(other)" groups.
 */
class ReservedGroupNamesTest {
  @TempDir Path dir;

  private Path input() throws Exception {
    Path csv = dir.resolve("spoof.csv");
    Files.writeString(
        csv,
        "ts,sender\n"
            + "2024-01-01T10:00:00Z,(all)\n"
            + "2024-01-01T10:00:00Z,(all)\n"
            + "2024-01-01T11:00:00Z,(other)\n"
            + "2024-01-01T12:00:00Z,(none)\n"
            + "2024-01-01T13:00:00Z,\"\"\"(none)\"\"\"\n"
            + "2024-01-01T14:00:00Z,\n"
            + "2024-01-01T15:00:00Z,alice\n"
            + "2024-01-01T15:00:00Z,bob\n");
    return csv;
  }

  @Test
  void jsonMarksTheMadeUpGroupsAndKeepsRealOnesApart() throws Exception {
    Cli r = Cli.run(input().toString(), "--group-by", "sender", "--top", "5", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    List<?> groups = (List<?>) JsonTree.parse(r.out()).get("groups");
    List<String> names = new ArrayList<>();
    List<String> synthetic = new ArrayList<>();
    for (Object o : groups) {
      Map<?, ?> g = (Map<?, ?>) o;
      names.add((String) g.get("name"));
      if (Boolean.TRUE.equals(g.get("synthetic"))) {
        synthetic.add((String) g.get("name"));
      }
    }
    assertEquals(
        List.of("\"(all)\"", "(other)", "\"\"(none)\"\"", "\"(none)\"", "\"(other)\"", "(none)"),
        names);
    assertEquals(List.of("(other)", "(none)"), synthetic);
  }

  @Test
  void csvHasOneOverallBlock() throws Exception {
    Cli r = Cli.run(input().toString(), "--group-by", "sender", "-f", "csv");

    assertEquals(0, r.exitCode(), r.err());
    long overall = r.out().lines().filter(l -> l.startsWith("(all),")).count();
    assertEquals(7, overall, "one block of seven days named (all)");
    assertTrue(r.out().contains("\n\"\"\"(all)\"\"\",Monday,"), r.out());
  }
}
