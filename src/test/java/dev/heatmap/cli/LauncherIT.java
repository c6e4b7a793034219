package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@code bin/heatmap} as a real process, from another working directory: its class-data
 * archive per JDK (made at package time for the build JDK, on the first run for another, never
 * passed to a JDK it was not made by), and its standard streams closed.
 */
class LauncherIT {
  static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  @TempDir Path dir;

  record Proc(int exitCode, String out, String err) {}

  Proc run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(HOME.resolve("bin/heatmap").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Path out = dir.resolve(".stdout");
    Path err = dir.resolve(".stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    return new Proc(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The build JDK, which mvn package made the archive for. */
  static final Path BUILD_JDK = Path.of(System.getProperty("java.home"));

  /** A JDK 25 to test the launcher with another JDK; the tests that need it skip without it. */
  static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  static int feature(Path jdk) throws IOException {
    for (String line : Files.readAllLines(jdk.resolve("release"))) {
      if (line.startsWith("JAVA_VERSION=")) {
        String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
        int dot = v.indexOf('.');
        return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
      }
    }
    throw new AssertionError("no JAVA_VERSION in " + jdk.resolve("release"));
  }

  static void assumeJdk25() throws IOException {
    assumeTrue(
        Files.isExecutable(JDK25.resolve("bin/java")) && feature(BUILD_JDK) != 25,
        "no JDK 25 at " + JDK25 + " (or it is the build JDK): the other-JDK cases are skipped");
  }

  /** Runs {@code launcher} with {@code env} added; {@code sh -c} when a stream is to be closed. */
  Proc launch(Path launcher, Map<String, String> env, String closing, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (closing.isEmpty()) {
      cmd.add(launcher.toString());
    } else {
      cmd.addAll(List.of("sh", "-c", "exec \"$0\" \"$@\" " + closing, launcher.toString()));
    }
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("JAVA_HOME");
    pb.environment().remove("HEATMAP_OPTS");
    pb.environment().remove("HEATMAP_CDS");
    pb.environment().putAll(env);
    Path out = dir.resolve(".stdout");
    Path err = dir.resolve(".stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    boolean done = p.waitFor(300, TimeUnit.SECONDS); // a first run trains an archive
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done, "finished: " + cmd);
    return new Proc(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /**
   * The dev.heatmap classes a run over a JSON file loads, each with where it came from, through
   * {@code -Xlog:class+load} and with {@code -Xshare:on}, which makes the JVM refuse to start with
   * an archive it rejects instead of going on without it. Asserts the run's report.
   */
  Map<String, String> classSources(Path launcher, Map<String, String> env) throws Exception {
    Path log = dir.resolve("class-load.log");
    Files.deleteIfExists(log);
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("HEATMAP_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log);
    Proc p =
        launch(
            launcher,
            all,
            "",
            HOME.resolve("example_data/jabber/2020-06.json").toString(),
            "-f",
            "json");
    assertEquals(0, p.exitCode(), p.err());
    assertTrue(p.out().contains("\"total\" : "), p.out());
    Map<String, String> sources = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(log)) {
      int at = line.indexOf("] dev.heatmap.");
      int source = line.indexOf(" source: ");
      if (at >= 0 && source > at && !line.contains("$$Lambda")) {
        sources.put(line.substring(at + 2, source), line.substring(source + " source: ".length()));
      }
    }
    assertTrue(sources.size() > 50, sources.toString());
    return sources;
  }

  static void assertAllShared(Map<String, String> sources) {
    for (Map.Entry<String, String> e : sources.entrySet()) {
      assertTrue(e.getValue().startsWith("shared objects file"), e.getKey() + ": " + e.getValue());
    }
  }

  static void assertNoneShared(Map<String, String> sources) {
    for (Map.Entry<String, String> e : sources.entrySet()) {
      assertFalse(e.getValue().startsWith("shared objects file"), e.getKey() + ": " + e.getValue());
    }
  }

  /**
   * A copy of the distribution's layout (bin/heatmap, lib/heatmap.jar, lib/cds-training,
   * example_data) in a fresh directory, readable by everyone, with no class-data archive yet.
   */
  Path unpackedCopy() throws IOException {
    Path root = Files.createDirectories(dir.resolve("dist"));
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("lib"));
    Files.copy(HOME.resolve("bin/heatmap"), root.resolve("bin/heatmap"));
    Files.copy(HOME.resolve("target/heatmap.jar"), root.resolve("lib/heatmap.jar"));
    copyTree(HOME.resolve("target/cds-training"), root.resolve("lib/cds-training"));
    copyTree(HOME.resolve("example_data"), root.resolve("example_data"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    return root.resolve("bin/heatmap");
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
  }

  @Test
  void thePackagedArchiveIsTheBuildJdksAndHoldsTheClassesOfAJsonRun() throws Exception {
    // mvn package trains the archive (src/cds) even when the tests are skipped; a training that
    // failed would leave only the JDK's classes in it, and every run 80 % slower.
    int n = feature(BUILD_JDK);
    Path jsa = HOME.resolve("target/heatmap-" + n + ".jsa");
    assertTrue(Files.isRegularFile(jsa), jsa + " made by mvn package");
    String id = Files.readString(HOME.resolve("target/heatmap-" + n + ".jsa.id"));
    assertTrue(id.startsWith(BUILD_JDK.toRealPath() + " \""), id);
    assertTrue(id.endsWith(" " + HOME.resolve("target/heatmap.jar") + "\n"), id);
    assertAllShared(classSources(HOME.resolve("bin/heatmap"), Map.of()));
  }

  @Test
  void anotherJdkMakesItsOwnArchiveOnItsFirstRunAndNeverGetsTheBuildJdks() throws Exception {
    assumeJdk25();
    Path launcher = unpackedCopy();
    Path lib = launcher.getParent().resolveSibling("lib");
    Map<String, String> jdk25 = Map.of("JAVA_HOME", JDK25.toString());
    // The build JDK's archive, and a copy of it under JDK 25's name with the build JDK's id: JDK
    // 25 given it would refuse to start under -Xshare:on (and start without any archive at all
    // otherwise, twice as slowly).
    Proc first = launch(launcher, Map.of(), "", HOME.resolve("example_data/isoon.txt").toString());
    assertEquals(0, first.exitCode(), first.err());
    int n = feature(BUILD_JDK);
    assertTrue(Files.isRegularFile(lib.resolve("heatmap-" + n + ".jsa")), "first run made it");
    Files.copy(lib.resolve("heatmap-" + n + ".jsa"), lib.resolve("heatmap-25.jsa"));
    Files.copy(lib.resolve("heatmap-" + n + ".jsa.id"), lib.resolve("heatmap-25.jsa.id"));

    Map<String, String> sources = classSources(launcher, jdk25);
    assertAllShared(sources);
    String id = Files.readString(lib.resolve("heatmap-25.jsa.id"));
    assertTrue(id.startsWith(JDK25.toRealPath() + " \"25."), id);
    assertTrue(id.endsWith(" " + lib.resolve("heatmap.jar") + "\n"), id);
    // Each JDK keeps its own: the build JDK's still starts with its archive.
    assertAllShared(classSources(launcher, Map.of()));
    assertEquals(
        Files.readString(HOME.resolve("target/heatmap-" + n + ".jsa.id"))
            .replace(HOME.resolve("target").toString(), lib.toString()),
        Files.readString(lib.resolve("heatmap-" + n + ".jsa.id")));
  }

  @Test
  void aJarNewerThanItsArchiveGetsANewOne() throws Exception {
    assumeJdk25();
    Path launcher = unpackedCopy();
    Path lib = launcher.getParent().resolveSibling("lib");
    Map<String, String> jdk25 = Map.of("JAVA_HOME", JDK25.toString());
    assertAllShared(classSources(launcher, jdk25));
    FileTime made = Files.getLastModifiedTime(lib.resolve("heatmap-25.jsa"));
    Files.setLastModifiedTime(
        lib.resolve("heatmap.jar"), FileTime.fromMillis(made.toMillis() + 60_000));
    // The JVM would reject the old archive for the jar's new time, so it is made again.
    assertAllShared(classSources(launcher, jdk25));
    assertTrue(Files.getLastModifiedTime(lib.resolve("heatmap-25.jsa")).compareTo(made) > 0);
  }

  /**
   * Runs the launcher of {@link #unpackedCopy} as someone who cannot write its lib/: as nobody
   * (through setpriv) when the tests run as root, who may write anywhere, else with lib/ made
   * read-only.
   */
  Proc launchWithReadOnlyLib(Path launcher, Map<String, String> env, String... args)
      throws Exception {
    Path lib = launcher.getParent().resolveSibling("lib");
    if (!System.getProperty("user.name").equals("root")) {
      Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("r-xr-xr-x"));
      return launch(launcher, env, "", args);
    }
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv(1) to run as nobody");
    List<String> all = new ArrayList<>();
    all.addAll(List.of("--reuid=65534", "--regid=65534", "--clear-groups", launcher.toString()));
    all.addAll(List.of(args));
    return launch(Path.of("/usr/bin/setpriv"), env, "", all.toArray(new String[0]));
  }

  @Test
  void aReadOnlyLibraryDirectoryQuietlyGoesWithoutAnArchive() throws Exception {
    Path launcher = unpackedCopy();
    Path lib = launcher.getParent().resolveSibling("lib");
    Path input = lib.resolveSibling("example_data/isoon.txt");
    Proc p = launchWithReadOnlyLib(launcher, Map.of(), input.toString(), "-f", "csv");
    assertEquals(0, p.exitCode(), p.err());
    assertTrue(p.out().startsWith("day,"), p.out());
    assertFalse(p.err().contains("archive"), p.err());
    try (var files = Files.list(lib)) {
      assertEquals(
          List.of("cds-training", "heatmap.jar"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void anArchiveOlderThanTheJarIsNotPassedWhereItCannotBeRemade() throws Exception {
    Path launcher = unpackedCopy();
    Path lib = launcher.getParent().resolveSibling("lib");
    Path input = lib.resolveSibling("example_data/isoon.txt");
    Proc first = launch(launcher, Map.of(), "", input.toString(), "-f", "csv");
    assertEquals(0, first.exitCode(), first.err());
    Path jsa = lib.resolve("heatmap-" + feature(BUILD_JDK) + ".jsa");
    assertTrue(Files.isRegularFile(jsa), "the first run made " + jsa);
    Files.setLastModifiedTime(
        lib.resolve("heatmap.jar"),
        FileTime.fromMillis(Files.getLastModifiedTime(jsa).toMillis() + 60_000));
    // The JVM rejects an archive made for the jar's old time; -Xshare:on makes it refuse to start
    // if it is given one, where it would otherwise also leave out the JDK's own archive.
    Proc p =
        launchWithReadOnlyLib(
            launcher, Map.of("HEATMAP_OPTS", "-Xshare:on"), input.toString(), "-f", "csv");
    assertEquals(0, p.exitCode(), p.err());
    assertTrue(p.out().startsWith("day,"), p.out());
  }

  @Test
  void heatmapCdsOffPassesNoArchive() throws Exception {
    assertNoneShared(classSources(HOME.resolve("bin/heatmap"), Map.of("HEATMAP_CDS", "off")));
  }

  /** #17: any standard stream closed, the launcher still runs and writes the report. */
  @ParameterizedTest
  @ValueSource(strings = {"0<&-", "1>&-", "2>&-", "0<&- 1>&- 2>&-"})
  void aClosedStandardStreamDoesNotStopTheReport(String closing) throws Exception {
    Path report = dir.resolve("report.json");
    Proc p =
        launch(
            HOME.resolve("bin/heatmap"),
            Map.of(),
            closing,
            HOME.resolve("example_data/isoon.txt").toString(),
            "-o",
            report.toString());
    assertEquals(0, p.exitCode(), p.err());
    assertTrue(Files.readString(report).contains("\"total\" : 16823"));
    if (!closing.contains("2>&-")) {
      assertTrue(p.err().contains("isoon.txt"), p.err());
    }
  }

  @Test
  void aClosedStandardInputReadsAsAnErrorNotAsTheJar() throws Exception {
    Proc p = launch(HOME.resolve("bin/heatmap"), Map.of(), "0<&-", "-f", "json");
    assertEquals(1, p.exitCode(), p.err());
    assertEquals("heatmap: <stdin>: cannot open: Bad file descriptor\n", p.err());
    assertEquals("", p.out());
  }

  @Test
  void reportOnTheExampleDataFromAnotherDirectory() throws Exception {
    Path example = HOME.resolve("example_data/isoon.txt");
    Proc p = run("", example.toString(), "-o", "with space.json");
    assertEquals(0, p.exitCode(), p.err());
    String json = Files.readString(dir.resolve("with space.json"));
    assertTrue(json.contains("\"total\" : 16823"), json);
  }

  @Test
  void stdinPipeline() throws Exception {
    Proc p = run("2024-01-01 10:15:00\n2024-01-07T23:59:59Z\n", "-f", "json");
    assertEquals(0, p.exitCode(), p.err());
    assertTrue(p.out().contains("\"total\" : 2"), p.out());
  }

  @Test
  void missingFileAndBadOptionExitCodesWithoutStackTraces() throws Exception {
    Proc missing = run("", "missing.txt");
    assertEquals(1, missing.exitCode());
    assertEquals("heatmap: missing.txt: no such file\n", missing.err());

    Proc usage = run("", "--no-such-option");
    assertEquals(2, usage.exitCode());
    assertTrue(usage.err().startsWith("heatmap: unknown option"), usage.err());
    assertTrue(!usage.err().contains("\tat "), "no stack trace");
  }
}
