package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o} never replaces what is not a regular file: a device node, a FIFO or a link to one is
 * written into as it is; a link to a regular file stays a link and the file it names gets the
 * report. Each case was a report renamed over the system's node.
 */
class OutputTargetHostileTest {
  @TempDir Path dir;

  private Path input() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "2024-01-01T10:00:00Z\n2024-01-02T11:00:00Z\n");
    return in;
  }

  @Test
  void aCharacterDeviceIsWrittenIntoNotReplaced() throws Exception {
    Path node = dir.resolve("null");
    Process mknod = new ProcessBuilder("mknod", node.toString(), "c", "1", "3").start();
    assumeTrue(mknod.waitFor() == 0, "mknod needs root (CI runs as root)");
    Object before = Files.readAttributes(node, BasicFileAttributes.class).fileKey();

    Cli r = Cli.run(input().toString(), "-f", "json", "-o", node.toString());

    assertEquals(0, r.exitCode(), r.err());
    BasicFileAttributes after = Files.readAttributes(node, BasicFileAttributes.class);
    assertTrue(after.isOther(), "still a device node");
    assertEquals(before, after.fileKey(), "the same inode: nothing renamed over it");
    assertEquals(1, countFiles(), "no temporary file left beside it");
  }

  @Test
  void aFifoIsWrittenIntoOnceAndNotReplaced() throws Exception {
    Path fifo = dir.resolve("report.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path in = input();
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream s = Files.newInputStream(fifo)) {
                return new String(s.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    Cli r = Cli.run(in.toString(), "-f", "json", "-o", fifo.toString());

    assertEquals(0, r.exitCode(), r.err());
    String report = reader.get(60, TimeUnit.SECONDS);
    assertTrue(report.contains("\"total\" : 2"), report);
    assertTrue(
        Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
        "still a FIFO");
  }

  @Test
  void aLinkToARegularFileStaysALinkAndItsFileGetsTheReport() throws Exception {
    Path real = dir.resolve("reports/real.json");
    Files.createDirectories(real.getParent());
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

    Cli r = Cli.run(input().toString(), "-f", "json", "-o", link.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.isSymbolicLink(link), "the link is left a link");
    assertTrue(Files.readString(real).contains("\"total\" : 2"), "the file it names is replaced");
    try (Stream<Path> files = Files.list(real.getParent())) {
      assertEquals(1, files.count(), "no temporary file left");
    }
  }

  @Test
  void aLinkToADeviceIsWrittenThrough() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("out"), Path.of("/dev/null"));

    Cli r = Cli.run(input().toString(), "-f", "json", "-o", link.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class).isOther());
    Files.delete(link); // before JUnit's clean-up, which warns about a link leaving the directory
  }

  @Test
  void aDanglingLinkIsRefusedRatherThanReplaced() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), dir.resolve("nowhere.json"));

    Cli r = Cli.run(input().toString(), "-o", link.toString());

    assertEquals(1, r.exitCode());
    assertEquals(
        "heatmap: "
            + link
            + ": cannot write: a symbolic link to nothing; remove it or choose another -o path\n",
        lastLine(r.err()));
    assertTrue(Files.isSymbolicLink(link));
    assertFalse(Files.exists(dir.resolve("nowhere.json")));
  }

  @Test
  void aDirectoryIsRefused() throws Exception {
    Path d = Files.createDirectory(dir.resolve("out.json"));

    Cli r = Cli.run(input().toString(), "-o", d.toString());

    assertEquals(1, r.exitCode());
    assertEquals("heatmap: " + d + ": cannot write: is a directory\n", lastLine(r.err()));
  }

  private long countFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !p.getFileName().toString().equals("in.txt")).count();
    }
  }

  private static String lastLine(String err) {
    String trimmed = err.substring(0, err.length() - 1);
    return err.substring(trimmed.lastIndexOf('\n') + 1);
  }
}
