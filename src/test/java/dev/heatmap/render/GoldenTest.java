package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format's output for every {@link Reports.Case}, compared byte for byte with the files under
 * {@code src/test/resources/golden/} (named {@code CASE.EXT}). A new format is tested as soon as it
 * joins {@link OutputFormat}, and fails until its golden files exist.
 *
 * <p>To regenerate the files after an intended change, run {@code mvn test -Dtest=GoldenTest
 * -Dgolden.update=true}, then review the diff with git.
 */
class GoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static byte[] render(Reports.Case c, OutputFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer(c.options()).render(c.report(), out);
    return out.toByteArray();
  }

  static Path file(Reports.Case c, OutputFormat format) {
    return DIR.resolve(c.fileStem + format.extension());
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void everyCaseMatchesItsGoldenFile(OutputFormat format) throws IOException {
    List<String> failures = new ArrayList<>();
    for (Reports.Case c : Reports.Case.values()) {
      byte[] actual = render(c, format);
      Path golden = file(c, format);
      if (UPDATE) {
        Files.createDirectories(DIR);
        Files.write(golden, actual);
        continue;
      }
      if (!Files.exists(golden)) {
        failures.add(golden + " is missing: run mvn test -Dtest=GoldenTest -Dgolden.update=true");
        continue;
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      String got = new String(actual, StandardCharsets.UTF_8);
      if (!expected.equals(got)) {
        failures.add(golden + " differs " + firstDifference(expected, got));
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures) + "\n(regenerate with -Dgolden.update=true if intended)");
    }
  }

  @Test
  void noGoldenFileIsLeftOver() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (Reports.Case c : Reports.Case.values()) {
      for (OutputFormat f : OutputFormat.values()) {
        expected.add(file(c, f).getFileName().toString());
      }
    }
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files.forEach(p -> present.add(p.getFileName().toString()));
    }
    if (UPDATE) {
      for (String stale : present) {
        if (!expected.contains(stale)) {
          Files.delete(DIR.resolve(stale));
        }
      }
      return;
    }
    assertEquals(expected, present);
  }

  @Test
  void theGoldenFilesAreNotTrivial() throws IOException {
    for (OutputFormat f : OutputFormat.values()) {
      assertTrue(Files.size(file(Reports.Case.BASIC, f)) > 300, f + " golden file is too small");
    }
  }

  private static String firstDifference(String a, String b) {
    int line = 1;
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        int start = a.lastIndexOf('\n', i) + 1;
        int endA = a.indexOf('\n', i);
        int endB = b.indexOf('\n', i);
        return "at line "
            + line
            + ":\n  expected: "
            + a.substring(start, endA < 0 ? a.length() : Math.min(endA, start + 300))
            + "\n  actual:   "
            + b.substring(start, endB < 0 ? b.length() : Math.min(endB, start + 300));
      }
      if (a.charAt(i) == '\n') {
        line++;
      }
    }
    return "in length: expected " + a.length() + " chars, got " + b.length();
  }
}
