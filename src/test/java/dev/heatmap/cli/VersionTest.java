package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    Properties p = new Properties();
    if (version != null) {
      p.setProperty("version", version);
    }
    if (commit != null) {
      p.setProperty("commit", commit);
    }
    if (dirty != null) {
      p.setProperty("dirty", dirty);
    }
    assertEquals(expected, Version.describe(p));
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
