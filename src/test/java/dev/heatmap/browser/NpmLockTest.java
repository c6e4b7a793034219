package dev.heatmap.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.render.Plotly;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The npm project the browser test installs from pins Plotly exactly and its lock file names no
 * registry: {@code npm ci} resolves from whatever registry the machine is configured for and checks
 * the package against the recorded integrity hash.
 */
class NpmLockTest {
  static final Path PACKAGE = BrowserSetup.NPM_DIR.resolve("package.json");
  static final Path LOCK = BrowserSetup.NPM_DIR.resolve("package-lock.json");

  @Test
  void plotlyIsPinnedToTheReportsBuild() throws Exception {
    String json = Files.readString(PACKAGE, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"plotly.js-dist-min\": \"2.35.2\""), "an exact version, no range");
    assertTrue(
        Plotly.PINNED_URL.endsWith("/plotly-2.35.2.min.js"),
        "the same version as the report's pinned CDN build");
  }

  @Test
  void lockFileRecordsIntegrityButNoRegistryHost() throws Exception {
    String lock = Files.readString(LOCK, StandardCharsets.UTF_8);
    assertTrue(lock.contains("\"integrity\": \"sha512-"), "the package's hash is locked");
    assertFalse(lock.contains("\"resolved\""), "no resolved URL (src/test/browser/.npmrc)");
    assertFalse(lock.contains("://"), "no URL at all");
  }
}
