package dev.heatmap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heatmap.cli.Run;
import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code example_data/jabber/} is what {@link JabberCrew} writes, and tells the story it should.
 */
class JabberCrewTest {
  private static final Path DIR = Path.of("example_data/jabber");

  @Test
  void theCheckedInFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
    Map<String, String> onDisk = new TreeMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path p : files.sorted().toList()) {
        onDisk.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertEquals(
        new TreeMap<>(JabberCrew.generate()),
        onDisk,
        "regenerate with JabberCrew.main (see its Javadoc)");
  }

  @Test
  void theQuickStartsInferenceNamesMoscowsOffsetFirst() throws IOException {
    List<String> args = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files.sorted().forEach(p -> args.add(p.toString()));
    }
    args.addAll(List.of("--infer-tz", "-f", "json"));

    Run r = Run.of("", args.toArray(String[]::new));

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    @SuppressWarnings("unchecked")
    Map<String, Object> inference = (Map<String, Object>) json.get("tz_inference");
    assertEquals("+03:00", inference.get("best"));
  }

  @Test
  void theCrewIsSilentThroughTheNewYearBreakAndBusyAroundIt() {
    long inBreak = 0;
    long weekBefore = 0;
    for (String file : JabberCrew.generate().values()) {
      for (String line : file.split("\n")) {
        if (line.startsWith("  \"ts\": \"")) {
          String day = line.substring(9, 19);
          // Moscow is three hours ahead, so UTC days 2020-12-30T21:00 on are in the break; the
          // date alone is close enough for counting.
          if (day.compareTo("2020-12-31") >= 0 && day.compareTo("2021-01-10") <= 0) {
            inBreak++;
          } else if (day.compareTo("2020-12-21") >= 0 && day.compareTo("2020-12-25") <= 0) {
            weekBefore++;
          }
        }
      }
    }
    assertEquals(
        true, inBreak * 10 < weekBefore, inBreak + " in the break, " + weekBefore + " before");
  }
}
