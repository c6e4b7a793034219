package dev.heatmap.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Main;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's gallery is the tool's real output: the terminal block is what its {@code $
 * bin/heatmap …} line prints today, and {@code docs/heatmap.svg} is what the README's command
 * writes. The screenshot {@code docs/report.png} is made by the real-browser test ({@code
 * dev.heatmap.browser.ReportBrowserIT}).
 *
 * <p>After an intended change to the text or SVG output, regenerate both with {@code mvn test
 * -Dtest=GalleryTest -Ddocs.update=true} and review the diff.
 */
class GalleryTest {
  static final Path README = Path.of("README.md");
  static final Path SVG = Path.of("docs/heatmap.svg");
  static final Path SCREENSHOT = Path.of("docs/report.png");
  static final boolean UPDATE = Boolean.getBoolean("docs.update");

  /** The line that opens the terminal block: the command, then what it printed. */
  static final String PROMPT = "```text\n$ bin/heatmap ";

  @TempDir Path dir;

  /** The command's words, as a shell would split them (double quotes only). */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  static String run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            InputStream.nullInputStream(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args.toArray(String[]::new));
    assertEquals(0, code, () -> args + ": " + err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void terminalBlockIsWhatItsCommandPrints() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int open = readme.indexOf(PROMPT);
    assertTrue(open >= 0, "README has a ```text block starting with $ bin/heatmap");
    int command = open + "```text\n$ ".length();
    int body = readme.indexOf('\n', command) + 1;
    int close = readme.indexOf("```\n", body);
    List<String> args = words(readme.substring(command, body - 1));
    args.remove(0); // bin/heatmap
    String printed = run(args);
    assertTrue(printed.endsWith("\n"), "the text report ends its last line");
    assertTrue(printed.indexOf('\u001b') < 0, "no escape codes in a report that is not on a tty");
    if (UPDATE) {
      Files.writeString(
          README,
          readme.substring(0, body) + printed + readme.substring(close),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        printed,
        readme.substring(body, close),
        "the README's terminal block (regenerate with -Ddocs.update=true)");
  }

  @Test
  void svgIsWhatTheReadmeCommandWrites() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String line = null;
    for (String l : readme.split("\n")) {
      if (l.startsWith("bin/heatmap ") && l.endsWith(" -o " + SVG)) {
        line = l;
      }
    }
    assertTrue(line != null, "README shows the command that writes " + SVG);
    assertTrue(readme.contains("](" + SVG + ")"), "README embeds " + SVG);
    List<String> args = words(line);
    args.remove(0);
    Path out = dir.resolve("heatmap.svg");
    args.set(args.size() - 1, out.toString());
    run(args);
    if (UPDATE) {
      Files.copy(out, SVG, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    assertArrayEquals(
        Files.readAllBytes(SVG),
        Files.readAllBytes(out),
        SVG + " is the command's output (regenerate with -Ddocs.update=true)");
  }

  @Test
  void screenshotIsNearTheTopAndSmall() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int image = readme.indexOf("](" + SCREENSHOT + ")");
    assertTrue(image >= 0, "README embeds " + SCREENSHOT);
    assertTrue(image < readme.indexOf("## Quick start"), "the screenshot comes before Quick start");
    assertTrue(Files.size(SCREENSHOT) < 300_000, "a small PNG: " + Files.size(SCREENSHOT));
    BufferedImage png = ImageIO.read(SCREENSHOT.toFile());
    assertTrue(png != null && png.getWidth() >= 800, "a PNG of a page");
  }
}
