package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIFO, {@code <(zcat a.gz)} or {@code /dev/stdin} named as an input failed with "Illegal seek"
 * (or hung, opened a second time after its writer had finished): each is now read once, as a
 * stream, like standard input.
 */
class PipeInputsIT {
  @TempDir Path dir;

  @Test
  void processSubstitutionOfAGzipReadsLikeAFile() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "2024-01-01T10:00:00Z\n2024-01-02T11:00:00Z\n");
    Shell r = Shell.run(dir, "gzip a.txt && heatmap -q -f json <(cat a.txt.gz) <(zcat a.txt.gz)");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("\"total\" : 4"), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void devStdinReadsLikeAFile() throws Exception {
    Shell r = Shell.run(dir, "printf '2024-01-01T10:00:00Z\\n' | heatmap -q -f json /dev/stdin");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("\"total\" : 1"), r::toString);
  }

  @Test
  void aFifoIsOpenedOnceAndDoesNotHang() throws Exception {
    Shell r =
        Shell.run(
            dir,
            "mkfifo f && (printf '2024-01-01T10:00:00Z\\n2024-01-01T11:00:00Z\\n' > f &)"
                + " && heatmap -q -f json f");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("\"total\" : 2"), r::toString);
  }

  @Test
  void aWorkbookThroughAPipeIsSpooledNotSeeked() throws Exception {
    Files.copy(Shell.HOME.resolve("example_data/isoon.xlsx"), dir.resolve("b.xlsx"));
    Shell r = Shell.run(dir, "heatmap -q -f json <(cat b.xlsx)");

    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("\"total\" : 16823"), r::toString);
  }
}
