package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regression found by GridTotalPropertyTest: a .txt file whose first line is a lone brace was
 * taken for JSON lines by "content beats extension", and its timestamps were not counted. Content
 * says JSON lines only when most of the first lines are objects.
 */
class StrayBraceTextTest {
  @TempDir Path dir;

  @Test
  void aTextFileWhoseFirstLineIsABraceIsStillText() throws Exception {
    Path file = dir.resolve("lines.txt");
    Files.writeString(file, "{\n1969-12-31T06:00:00-18:00\n2024-03-05T10:00:00Z\n");

    Cli r = Cli.run(file.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, String> report = JsonFields.of(r.out());
    assertEquals("2", report.get("total"), r.err());
    assertEquals("1", report.get("skipped"), r.err());
  }

  @Test
  void aLogFileOfJsonLinesIsStillJson() throws Exception {
    Path file = dir.resolve("container-json.log");
    Files.writeString(
        file,
        "{\"log\":\"a\\n\",\"time\":\"2024-03-05T10:00:00.1Z\"}\n"
            + "{\"log\":\"b\\n\",\"time\":\"2024-03-05T11:00:00.2Z\"}\n");

    Cli r = Cli.run(file.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("2", JsonFields.of(r.out()).get("total"), r.err());
  }
}
