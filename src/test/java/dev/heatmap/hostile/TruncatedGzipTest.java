package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item 10 of issue 17: a truncated {@code .gz} failed the file with "read error" and its records
 * were not accounted for. Now the decodable lines count, and the cut is one skipped record with its
 * reason: {@code total + skipped} accounts for every record seen.
 */
class TruncatedGzipTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {30, 50, 90})
  void theDecodableLinesCountAndTheCutIsOneSkippedRecord(int percent) throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("2024-01-").append(10 + i % 20).append('T').append(10 + i % 12);
      text.append(":00:00Z\n");
    }
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] cut = Arrays.copyOf(packed.toByteArray(), packed.size() * percent / 100);
    Path file = Files.write(dir.resolve("cut.log.gz"), cut);

    Cli r = Cli.run(file.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, String> json = JsonFields.of(r.out());
    assertEquals(String.valueOf(wholeLines(cut)), json.get("total"));
    assertEquals("1", json.get("skipped"));
    assertTrue(
        r.err()
            .contains(
                "heatmap: "
                    + file
                    + ": truncated data: the gzip data ends early (a truncated file?); the last,"
                    + " partial line is not read\n"),
        r.err());
  }

  /** The complete lines in what the cut gzip data decodes to. */
  private static long wholeLines(byte[] cut) throws Exception {
    long lines = 0;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(cut))) {
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          lines += buf[i] == '\n' ? 1 : 0;
        }
      }
    } catch (EOFException expected) {
      // where the data was cut
    }
    return lines;
  }
}
