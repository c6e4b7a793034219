package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log padded with NUL bytes after a crash was refused whole ("binary data") even with {@code
 * --type text}; now its lines are read and the NUL line is skipped with its reason.
 */
class NulPaddedLogTest {
  @TempDir Path dir;

  @Test
  void aNulPaddedLogWithTypeTextCountsItsLinesAndSkipsThePadding() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        "2024-01-01T10:00:00Z\n2024-01-01T11:00:00Z\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[5000]);
    bytes.writeBytes("\n2024-01-02T12:00:00Z\n".getBytes(StandardCharsets.UTF_8));
    Path log = Files.write(dir.resolve("crashed.log"), bytes.toByteArray());

    Cli r = Cli.run("--type", "text", log.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, String> json = JsonFields.of(r.out());
    assertEquals("3", json.get("total"));
    assertEquals("1", json.get("skipped"), "total + skipped accounts for every line");
  }

  @Test
  void withoutTypeANulRunInTheFirst64KibIsPaddingNotBinary() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        "2024-01-01T10:00:00Z\n2024-01-01T11:00:00Z\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[5000]);
    bytes.writeBytes("\n2024-01-02T12:00:00Z\n".getBytes(StandardCharsets.UTF_8));
    Path log = Files.write(dir.resolve("crashed.log"), bytes.toByteArray());

    Cli r = Cli.run(log.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, String> json = JsonFields.of(r.out());
    assertEquals("3", json.get("total"));
    assertEquals("1", json.get("skipped"), "total + skipped accounts for every line");
    assertTrue(
        r.err()
            .startsWith(
                "heatmap: "
                    + log
                    + ": 5000 NUL bytes in runs in the first 4 KiB: read as text padded with"
                    + " NULs"),
        r.err());
  }

  @Test
  void scatteredNulBytesStillMakeTheFileBinary() throws Exception {
    byte[] bytes = "2024-01-01T10:00:00Z\n\0a\0b\0c\n".getBytes(StandardCharsets.UTF_8);
    Path bin = Files.write(dir.resolve("scattered.log"), bytes);

    Cli r = Cli.run(bin.toString(), "-f", "json");

    assertEquals(1, r.exitCode());
    assertEquals(
        "heatmap: "
            + bin
            + ": binary data (NUL bytes), not text (supported: text, csv, json, excel, mail)\n",
        r.err().lines().filter(l -> l.contains("binary")).findFirst().orElse("") + "\n");
  }
}
