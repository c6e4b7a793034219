package dev.heatmap.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the real-browser test needs from outside Maven — Chromium, and Plotly from npm — and what
 * happens when either is missing: on a developer's machine the test is skipped with a banner that
 * says why and how to fix it; where {@value #REQUIRE} is 1 (as {@code .ci/run} sets it) it fails.
 */
final class BrowserSetup {
  /** Set to 1 to make a missing Chromium or Plotly copy a failure instead of a skip. */
  static final String REQUIRE = "HEATMAP_REQUIRE_CHROMIUM";

  static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  /** The npm project that pins the Plotly build the test loads ({@code src/test/browser}). */
  static final Path NPM_DIR = HOME.resolve("src/test/browser");

  static final Path PLOTLY = NPM_DIR.resolve("node_modules/plotly.js-dist-min/plotly.min.js");

  private BrowserSetup() {}

  /**
   * Why the browser test cannot run here (no Chromium, no Plotly copy), announced on stderr in a
   * banner; empty when it can.
   *
   * @throws AssertionError instead, when {@value #REQUIRE} is 1
   */
  static Optional<String> unavailable() {
    String why = null;
    if (Chromium.find().isEmpty()) {
      why =
          "no Chromium: neither $HEATMAP_CHROMIUM nor chromium on PATH"
              + " (Debian: apt-get install chromium)";
    } else if (!Files.isRegularFile(PLOTLY)) {
      why = "no local Plotly at " + PLOTLY + " (run: npm ci --prefix " + NPM_DIR + ")";
    }
    if (why == null) {
      return Optional.empty();
    }
    if ("1".equals(System.getenv(REQUIRE))) {
      fail(why + "; " + REQUIRE + "=1 says the real-browser test must run here");
    }
    String banner = "*".repeat(78);
    System.err.println(
        banner
            + "\nSKIPPED: the real-browser test of the HTML report does not run: "
            + why
            + "\n"
            + banner);
    return Optional.of(why);
  }
}
