package dev.heatmap.input.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import dev.heatmap.input.extract.ExportProfile;
import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden export under {@code src/test/resources/profiles/} (see its README): read with no
 * flags it gives exactly the expected grid and total, and with {@code --group-by actor} exactly the
 * expected per-actor totals. The expectations were computed from the events the exports were
 * written from, not by heatmap.
 */
class ProfileGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/profiles");

  static Stream<String> profiles() throws IOException {
    try (Stream<Path> list = Files.list(ROOT)) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Map<String, Object> expected(String name) throws IOException {
    return JsonTree.parse(Files.readString(ROOT.resolve(name).resolve("expected.json")));
  }

  private static String input(String name, Map<String, Object> expected) {
    return ROOT.resolve(name).resolve((String) expected.get("input")).toString();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void theExportGivesTheExactGridWithNoFlags(String name) throws IOException {
    Map<String, Object> expected = expected(name);
    Run r = Run.of("", input(name, expected), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> got = JsonTree.parse(r.out());
    assertEquals(expected.get("total"), got.get("total"), r.err());
    assertEquals(0L, got.get("skipped"), r.err());
    assertEquals(expected.get("counts"), got.get("counts"), r.err());
    assertEquals(expected.get("first"), got.get("first"));
    assertEquals(expected.get("last"), got.get("last"));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void groupByActorGivesThePerActorTotals(String name) throws IOException {
    Map<String, Object> expected = expected(name);
    Run r = Run.of("", input(name, expected), "-f", "json", "--group-by", "actor", "--top", "50");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> got = JsonTree.parse(r.out());
    Map<String, Object> actors = new LinkedHashMap<>();
    for (Object g : (List<?>) got.get("groups")) {
      Map<?, ?> group = (Map<?, ?>) g;
      actors.put((String) group.get("name"), group.get("total"));
    }
    assertEquals(expected.get("actors"), actors, r.err());
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void theNoteNamesTheProfile(String name) throws IOException {
    Map<String, Object> expected = expected(name);
    Run r = Run.of("", input(name, expected), "-f", "json");
    ExportProfile profile = null;
    for (ExportProfile p : ExportProfile.values()) {
      if (p.id().equals(expected.get("profile"))) {
        profile = p;
      }
    }
    assertTrue(profile != null, "no profile named " + expected.get("profile"));
    assertTrue(r.err().contains(profile.title()), r.err());
  }

  @Test
  void everyProfileHasAGoldenExport() throws IOException {
    List<String> named = new ArrayList<>();
    for (String name : profiles().toList()) {
      named.add((String) expected(name).get("profile"));
    }
    List<String> missing = new ArrayList<>();
    for (ExportProfile p : ExportProfile.values()) {
      if (!named.contains(p.id())) {
        missing.add(p.id());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void listProfilesPrintsOneLinePerProfile() {
    Run r = Run.of("", "--list-profiles");

    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(ExportProfile.values().length, lines.length);
    assertTrue(r.out().contains("telegram-desktop: Telegram Desktop export: messages[]"), r.out());
  }
}
