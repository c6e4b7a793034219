package dev.heatmap.cds;

import dev.heatmap.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run for the class-data-sharing archive that bin/heatmap uses (heatmap-N.jsa next to
 * the jar, one per JDK feature version N): runs the command the common ways, in one JVM started
 * with {@code -XX:DumpLoadedClassList}, so the archive holds the classes those runs load. Every
 * input format, the common outputs, standard input, several files read side by side, version and
 * help.
 *
 * <p>Compiled against the jar alone when the archive is built at package time (so that a build
 * that skips the tests, as bin/heatmap's first-use build does, still trains the archive fully),
 * into target/cds-training, shipped in the distribution as lib/cds-training, and run by bin/heatmap
 * as {@code java -XX:DumpLoadedClassList=LIST -cp heatmap.jar:cds-training
 * dev.heatmap.cds.CdsTraining WORKDIR} from the directory holding example_data/.
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    Path work = Path.of(args[0]);
    Files.createDirectories(work);
    Path lines = work.resolve("events.jsonl");
    Files.writeString(
        lines,
        "{\"ts\": \"2024-01-01T10:15:00Z\", \"user\": \"a\"}\n"
            + "{\"ts\": 1704104100, \"user\": \"b\"}\n");
    String out = work.toString();
    run("2024-01-01 10:15:00\n", "-f", "json");
    run("", "example_data/isoon.txt", "-o", out + "/report.html");
    run("", "example_data/isoon.txt", "-o", out + "/report.html"); // over an existing report
    run("", "example_data/isoon.csv", "example_data/isoon.xlsx", "-o", out + "/report.json");
    run(
        "",
        "example_data/jabber/2020-06.json",
        "example_data/jabber/2020-09.json",
        lines.toString(),
        "-f",
        "text");
    run("", "--group-by", "from", "example_data/jabber/2021-02.json", "-f", "csv");
    run("", "--version");
    run("", "--help");
  }

  private static void run(String stdin, String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
    Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, out, args);
  }
}
