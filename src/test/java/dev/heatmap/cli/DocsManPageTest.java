package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The man page's source has the sections a man page has, and does not send the reader to itself.
 */
class DocsManPageTest {
  @TempDir Path dir;

  @Test
  void theManPageHasEnvironmentAndExitStatusAndNoSeeItself() throws IOException {
    Docs.main(new String[] {dir.resolve("completion").toString(), dir.toString()});
    String page = Files.readString(dir.resolve("heatmap.adoc"), StandardCharsets.UTF_8);

    assertTrue(page.contains("\n== Exit status\n"), page);
    assertTrue(page.contains("\n== Environment\n"), page);
    for (String v : new String[] {"HEATMAP_OPTS", "JAVA_HOME", "NO_COLOR", "TERM", "COLORTERM"}) {
      assertTrue(page.contains("*" + v + "*::"), v);
    }
    assertFalse(page.contains("man heatmap"), "the page does not tell the reader to see itself");
    assertTrue(
        page.indexOf("== Exit status") < page.indexOf("== Environment")
            && page.indexOf("== Environment") < page.indexOf("Examples:"),
        "sections in man-page order");
    assertEquals(1, page.split("== Environment", -1).length - 1);
  }
}
