package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "done when", end to end: a CSV whose group names are {@code
 * </script><script>alert(1)</script>} and {@code <img src=x onerror=alert(2)>}, run through the
 * command line with {@code --group-by} into an HTML report. At the HTML level (a browser
 * tokenizer's view, {@link HtmlTags}) the report has exactly the tags and attributes of the same
 * report made from harmless names, its Content-Security-Policy allows exactly its own scripts, and
 * the names are there as text. (A real browser opens the same report in a separate test.)
 */
class HostileCsvReportTest {
  static final String SCRIPT = "</script><script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(2)>";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pinned Plotly", "--no-plotly"})
  void groupNamesFromTheDataAddNoTagOrAttribute(String plotly) throws IOException {
    List<String> extra = plotly.equals("--no-plotly") ? List.of("--no-plotly") : List.of();
    String hostile = report("hostile", SCRIPT, IMG, extra);
    String benign = report("benign", "alice", "bob", extra);

    assertEquals(HtmlTags.of(benign), HtmlTags.of(hostile));
    for (HtmlTags.Tag tag : HtmlTags.of(hostile)) {
      assertFalse(tag.name().equals("img"), "no img element");
      for (String attribute : tag.attributes()) {
        assertFalse(attribute.startsWith("on"), "no event handler: " + tag);
      }
    }
    HtmlRendererTest.cspAllowsExactlyThePagesScripts(hostile);
    assertFalse(hostile.contains("<script>alert(1)"), "the script tag is not there as markup");
    assertFalse(hostile.contains("<img src=x"), "the img tag is not there as markup");
    assertTrue(
        hostile.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the name is there as text");
    assertTrue(hostile.contains("&lt;img src=x onerror=alert(2)&gt;"), "the name is there as text");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{{scripts}}", "{{csp}}", "{{title}}", "{{data}}", "${title}"})
  void aGroupNamedLikeATemplatePlaceholderIsNotExpanded(String name) throws IOException {
    String hostile = report("placeholder", name, IMG, List.of());
    String benign = report("placeholder", "alice", "bob", List.of());

    assertEquals(HtmlTags.of(benign), HtmlTags.of(hostile));
    assertEquals(
        count(benign, "Content-Security-Policy"), count(hostile, "Content-Security-Policy"));
    HtmlRendererTest.cspAllowsExactlyThePagesScripts(hostile);
  }

  /**
   * Runs {@code heatmap --group-by who -o NAME.html} over a CSV with two groups: {@code first} with
   * two records, {@code second} with one.
   */
  private String report(String name, String first, String second, List<String> extra)
      throws IOException {
    Path sub = Files.createTempDirectory(dir, name);
    Path csv = sub.resolve("groups.csv");
    Files.writeString(
        csv,
        "when,who\n"
            + "2024-01-01 10:00:00,\""
            + first.replace("\"", "\"\"")
            + "\"\n2024-01-01 11:00:00,\""
            + second.replace("\"", "\"\"")
            + "\"\n2024-01-02 12:00:00,\""
            + first.replace("\"", "\"\"")
            + "\"\n");
    Path out = sub.resolve("report.html");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of(csv.toString(), "--group-by", "who"));
    args.addAll(List.of("-o", out.toString()));
    args.addAll(extra);
    int code =
        Main.run(
            InputStream.nullInputStream(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args.toArray(new String[0]));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return Files.readString(out);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
