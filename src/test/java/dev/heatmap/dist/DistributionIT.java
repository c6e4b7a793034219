package dev.heatmap.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user gets it: unpacked into a directory far from the source tree
 * (with a space in its name), its {@code bin/heatmap} runs the packed jar with no Maven and no
 * pom.xml anywhere near it, from another working directory and through a symlink on PATH.
 */
class DistributionIT {
  static final List<String> EXPECTED_FILES =
      List.of(
          "bin/heatmap",
          "lib/heatmap.jar",
          "templates/report.html",
          "share/bash-completion/completions/heatmap",
          "share/man/man1/heatmap.1",
          "README.md",
          "LICENSE",
          "example_data/isoon.txt",
          "example_data/jabber/2020-06.json",
          "lib/cds-training/dev/heatmap/cds/CdsTraining.class");

  @TempDir static Path unpacked;
  static Path root;

  @TempDir Path work;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = BuildInfo.archive("tar.gz");
    assertTrue(Files.isRegularFile(archive), "mvn package writes " + archive);
    Path into = Files.createDirectories(unpacked.resolve("opt dir"));
    Proc tar = Proc.run(into, "tar", "-xzf", archive.toString());
    assertEquals(0, tar.exitCode(), tar::toString);
    root = into.resolve("heatmap-" + BuildInfo.version());
  }

  @Test
  void archiveHoldsTheLauncherJarTemplatesCompletionManPageReadmeAndLicence() throws Exception {
    for (String f : EXPECTED_FILES) {
      assertTrue(Files.isRegularFile(root.resolve(f)), f);
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(root.resolve("bin/heatmap"));
    assertTrue(mode.contains(PosixFilePermission.OTHERS_EXECUTE), "bin/heatmap is executable");
    assertFalse(Files.exists(root.resolve("pom.xml")), "no source tree in the archive");
    assertFalse(Files.exists(root.resolve("src")), "no source tree in the archive");
  }

  @Test
  void zipHoldsTheSameFilesAsTheTarball() throws Exception {
    Proc list = Proc.run(work, "tar", "-tzf", BuildInfo.archive("tar.gz").toString());
    assertEquals(0, list.exitCode(), list::toString);
    Set<String> tar = new TreeSet<>();
    for (String line : list.out().split("\n")) {
      if (!line.isEmpty() && !line.endsWith("/")) {
        tar.add(line);
      }
    }
    Set<String> zip = new TreeSet<>();
    try (ZipFile z = new ZipFile(BuildInfo.archive("zip").toFile())) {
      for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          zip.add(entry.getName());
        }
      }
    }
    assertEquals(tar, zip);
    for (String f : EXPECTED_FILES) {
      assertTrue(zip.contains("heatmap-" + BuildInfo.version() + "/" + f), f);
    }
  }

  @Test
  void unpackedLauncherCountsAFileFromAnotherDirectory() throws Exception {
    Path input = work.resolve("two stamps.txt");
    Files.writeString(input, "2024-01-01 10:15:00\n2024-01-07T23:59:59Z\n");
    Proc p = heatmap(work, "", input.toString(), "-f", "json");
    assertEquals(0, p.exitCode(), p::toString);
    assertFalse(p.err().contains(FAKE_MAVEN), p.err());
    JsonReport r = JsonReport.parse(p.out());
    assertEquals(2, r.total());
    assertEquals(2, r.sum());
    assertEquals(1, r.cell(0, 10), "Monday 10:00");
    assertEquals(1, r.cell(6, 23), "Sunday 23:00");
  }

  @Test
  void unpackedLauncherReadsAPipelineThroughASymlinkOnPath() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("heatmap"), root.resolve("bin/heatmap"));
    Proc p =
        Proc.run(
            work,
            Map.of("PATH", bin + ":" + noMavenPath()),
            "2024-01-03 10:15:00\n2024-01-03 10:45:00\n",
            List.of("sh", "-c", "cat | heatmap -f json"));
    assertEquals(0, p.exitCode(), p::toString);
    assertFalse(p.err().contains(FAKE_MAVEN), p.err());
    JsonReport r = JsonReport.parse(p.out());
    assertEquals(2, r.total());
    assertEquals(2, r.cell(2, 10), "Wednesday 10:00");
  }

  @Test
  void unpackedLauncherExitCodes() throws Exception {
    Proc missing = heatmap(work, "", "missing.txt");
    assertEquals(1, missing.exitCode(), missing::toString);
    assertEquals("heatmap: missing.txt: no such file\n", missing.err());

    Proc usage = heatmap(work, "", "--no-such-option");
    assertEquals(2, usage.exitCode(), usage::toString);
    assertFalse(usage.err().contains("\tat "), "no stack trace");
  }

  @Test
  void unpackedLauncherMakesItsClassDataArchiveOnTheFirstRunAndUsesIt() throws Exception {
    // No archive ships (it is tied to the jar's path and the JDK's exact build): the first run
    // makes lib/heatmap-N.jsa, since lib/ is writable here; -Xshare:on makes the JVM refuse to
    // start if the archive it is given does not match.
    Proc p =
        Proc.run(
            work,
            Map.of("PATH", noMavenPath(), "HEATMAP_OPTS", "-Xshare:on"),
            "",
            List.of(
                root.resolve("bin/heatmap").toString(),
                root.resolve("example_data/isoon.txt").toString(),
                "-f",
                "csv"));
    assertEquals(0, p.exitCode(), p::toString);
    try (var files = Files.list(root.resolve("lib"))) {
      List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
      assertTrue(names.stream().anyMatch(n -> n.matches("heatmap-\\d+\\.jsa")), names.toString());
      assertTrue(names.stream().noneMatch(n -> n.matches(".*\\.\\d+\\..*")), "no leftovers");
    }
  }

  @Test
  void unpackedLauncherNamesItsVersionAndCommit() throws Exception {
    Proc p = heatmap(work, "", "--version");
    assertEquals(0, p.exitCode(), p::toString);
    Matcher m = Pattern.compile("heatmap (\\S+) \\(commit (\\S+?)(-dirty)?\\)\n").matcher(p.out());
    assertTrue(m.matches(), p.out());
    assertEquals(BuildInfo.version(), m.group(1));
    String commit = m.group(2);
    Proc git = Proc.run(Proc.HOME, "git", "rev-parse", "HEAD");
    if (git.exitCode() == 0) {
      // A build in a git checkout names the commit it was built from.
      assertTrue(commit.length() >= 7 && git.out().startsWith(commit), p.out() + git.out());
    } else {
      assertEquals("unknown", commit, "a build without git says so");
    }
  }

  static final String FAKE_MAVEN = "the unpacked launcher called mvn";

  /**
   * PATH with a {@code mvn} first that only complains, so a launcher that tried to build instead of
   * running lib/heatmap.jar shows up in stderr.
   */
  static String noMavenPath() throws IOException {
    Path dir = unpacked.resolve("fake-maven");
    Path mvn = dir.resolve("mvn");
    if (!Files.exists(mvn)) {
      Files.createDirectories(dir);
      Files.writeString(mvn, "#!/bin/sh\necho '" + FAKE_MAVEN + "' >&2\nexit 97\n");
      Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return dir + ":" + System.getenv("PATH");
  }

  /** Runs the unpacked launcher by its path, with the complaining {@code mvn} on PATH. */
  static Proc heatmap(Path dir, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(root.resolve("bin/heatmap").toString());
    cmd.addAll(List.of(args));
    return Proc.run(dir, Map.of("PATH", noMavenPath()), stdin, cmd);
  }
}
