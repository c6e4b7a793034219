package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionTest {
  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "0.1.0 | 1a2b3c4 | false | heatmap 0.1.0 (commit 1a2b3c4)",
        "0.1.0 | 1a2b3c4 | true | heatmap 0.1.0 (commit 1a2b3c4-dirty)",
        // A build from a source tarball: git properties left unfilled by resource filtering.
        "0.1.0 | ${git.commit.id.abbrev} | ${git.dirty} | heatmap 0.1.0 (commit unknown)",
        "NULL | NULL | NULL | heatmap unknown (commit unknown)",
      })
  void describesVersionAndCommit(String version, String commit, String dirty, String expected) {
    assertEquals(expected, Version.describe(version, commit, dirty));
  }

  /**
   * The constants the build writes for --version say what its resource filtering writes into
   * heatmap-version.properties, from the same Maven properties.
   */
  @Test
  void builtConstantsAgreeWithTheBuiltProperties() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/heatmap-version.properties")) {
      p.load(in);
    }
    assertEquals(
        Version.describe(p.getProperty("version"), p.getProperty("commit"), p.getProperty("dirty")),
        new Version().getVersion()[0]);
  }

  @Test
  void versionOptionPrintsTheBuiltVersionLine() {
    Run r = Run.of("", "--version");
    assertEquals(0, r.exitCode());
    assertTrue(
        r.out()
            .matches(
                "heatmap \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,}(-dirty)?|unknown)\\)\\R"),
        r.out());
  }
}
