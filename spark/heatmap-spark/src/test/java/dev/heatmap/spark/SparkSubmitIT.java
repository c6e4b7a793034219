package dev.heatmap.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job's jar submitted through Spark's own SparkSubmit, in a JVM whose class path holds
 * only Spark (as Maven resolves it for this module), as a cluster would run it: the only test that
 * catches a class missing from the jar, a relocation gone wrong, or heatmap's classes clashing with
 * Spark's.
 */
class SparkSubmitIT {
  private static final Path REPO = Path.of(System.getProperty("heatmap.repo", "../.."));

  @Test
  void theJarRunsUnderSparkSubmitAndWritesTheCliReport(@TempDir Path dir) throws Exception {
    Path local = dir.resolve("local/r.json");
    Path cluster = dir.resolve("cluster/r.json");
    Files.createDirectories(local.getParent());
    String jabber = REPO.resolve("example_data/jabber").toAbsolutePath().normalize().toString();
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(Path.of(jabber))) {
      listing.map(Path::toString).filter(n -> n.endsWith(".json")).sorted().forEach(files::add);
    }
    int read = files.size();
    // The done-when command of #18: each group's inferred zone as well as the whole input's.
    files.addAll(List.of("--group-by", "from", "--infer-tz", "-f", "json", "-o", local.toString()));
    Cli.Result cli = Cli.run(files.toArray(new String[0]));
    assertEquals(0, cli.code(), cli.err());

    Submitted job =
        submit(
            dir,
            jabber,
            "--group-by",
            "from",
            "--infer-tz",
            "-f",
            "json",
            "-o",
            cluster.toString());
    assertEquals(0, job.code(), job.err());
    assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(cluster));
    // heatmap's notes come through; Spark says nothing below a warning, and nothing went wrong.
    String expected =
        "heatmap: "
            + jabber
            + ": a directory, "
            + read
            + " files read (names starting with . or _ left out)\n"
            + cli.err();
    assertEquals(expected, withoutSparkWarnings(job.err()), job.err());
    assertFalse(job.err().contains("Exception"), job.err());
  }

  @Test
  void aUsageErrorExitsWithTwoBeforeSparkStarts(@TempDir Path dir) throws Exception {
    Submitted job = submit(dir, "x.json", "--top", "0");
    assertEquals(2, job.code(), job.err());
    assertEquals("heatmap: --top must be at least 1, not 0\n", job.err());
  }

  /** Spark's own warnings (log lines starting "spark: WARN"), which depend on the host. */
  private static String withoutSparkWarnings(String err) {
    StringBuilder kept = new StringBuilder();
    for (String line : err.split("\n", -1)) {
      if (!line.startsWith("spark: WARN") && !line.isEmpty()) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }

  record Submitted(int code, String err) {}

  private static Submitted submit(Path dir, String... args)
      throws IOException, InterruptedException {
    String classpath =
        Files.readString(Path.of(System.getProperty("heatmap.spark.classpath"))).strip();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String p :
        new String[] {
          "java.lang",
          "java.lang.invoke",
          "java.io",
          "java.net",
          "java.nio",
          "java.util",
          "java.util.concurrent",
          "sun.nio.ch",
          "sun.nio.cs",
          "sun.security.action",
          "sun.util.calendar"
        }) {
      command.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
    }
    command.add(
        "-Dlog4j2.configurationFile="
            + REPO.resolve("spark/conf/log4j2.properties").toAbsolutePath().normalize());
    command.add("-cp");
    command.add(classpath);
    command.add("org.apache.spark.deploy.SparkSubmit");
    command.addAll(
        List.of(
            "--master",
            "local[2]",
            "--conf",
            "spark.ui.enabled=false",
            "--class",
            "dev.heatmap.spark.Main",
            System.getProperty("heatmap.spark.jar")));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.redirectOutput(dir.resolve("stdout.txt").toFile());
    Path err = dir.resolve("stderr.txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("spark-submit did not finish in 5 minutes");
    }
    return new Submitted(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }
}
