package dev.heatmap.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code heatmap --help} teaches: options by topic, then worked examples, in 80 columns. */
class HelpTest {
  static String help() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            InputStream.nullInputStream(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            "--help");
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The whole help text, byte for byte, against {@code src/test/resources/help/help.txt}: help is
   * drawn from a model built apart from the one that parses (see HeatmapCommand), so a change to it
   * should be one somebody meant. Regenerate with {@code -Dgolden.update=true} and review.
   */
  @Test
  void matchesTheGoldenFile() throws IOException {
    Path golden = Path.of("src/test/resources/help/help.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, help(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), help());
  }

  @Test
  void topicsThenExitCodesThenExamples() {
    String help = help();
    int at = -1;
    for (String heading :
        new String[] {
          "Usage: heatmap [OPTIONS] [FILE...]",
          "\nArguments:\n",
          "\nGeneral:\n",
          "\nInput:\n",
          "\nTime:\n",
          "\nOutput:\n",
          "\nAnalysis:\n",
          "\nExit codes:\n",
          "\nExamples:\n"
        }) {
      int next = help.indexOf(heading);
      assertTrue(next > at, () -> "'" + heading.strip() + "' in order in\n" + help);
      at = next;
    }
  }

  @Test
  void examplesCoverTheCommonTasks() {
    String examples = help().substring(help().indexOf("\nExamples:\n"));
    for (String task :
        new String[] {
          "heatmap example_data/jabber/*.json",
          "--field created_at events.csv",
          "| heatmap",
          "--group-by sender",
          "--infer-tz",
          "--tz Asia/Shanghai"
        }) {
      assertTrue(examples.contains(task), () -> task + " in\n" + examples);
    }
  }

  @Test
  void fitsEightyColumns() {
    for (String line : help().split("\\R")) {
      assertTrue(line.length() <= 80, () -> line.length() + " columns: " + line);
    }
  }
}
