package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.render.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --template} of any size was read whole (a FIFO or a huge file filled the heap), one not
 * in UTF-8 failed with "Input length = 1", and a template that dropped the CSP or put a value in an
 * unquoted attribute was used without a word.
 */
class TemplateLimitsTest {
  @TempDir Path dir;
  Path in;

  @BeforeEach
  void input() throws Exception {
    in = Files.writeString(dir.resolve("in.txt"), "2024-01-01T10:00:00Z\n");
  }

  private Cli run(Path template) {
    return Cli.run("-q", in.toString(), "--template", template.toString(), "-o", dir + "/out.html");
  }

  @Test
  void aTemplatePastTheLimitIsRefusedInOneLine() throws Exception {
    Path big = dir.resolve("big.html");
    Files.write(big, new byte[Template.MAX_BYTES + 1]);

    Cli r = run(big);

    assertEquals(1, r.exitCode());
    assertEquals("heatmap: " + big + ": template larger than 8 MiB; refused\n", r.err());
  }

  @Test
  void aTemplateNotInUtf8IsRefusedInOneLine() throws Exception {
    Path latin1 = dir.resolve("latin1.html");
    Files.write(latin1, new byte[] {'<', 'p', '>', (byte) 0xe9, '{', '{', 'c', 's', 'p', '}', '}'});

    Cli r = run(latin1);

    assertEquals(1, r.exitCode());
    assertEquals(
        "heatmap: " + latin1 + ": template is not UTF-8 text (invalid byte at offset 3)\n",
        r.err());
  }

  @Test
  void aTemplateWithoutCspOrWithAnUnquotedPlaceholderIsWarnedAbout() throws Exception {
    Path weak = dir.resolve("weak.html");
    Files.writeString(weak, "<html><body><div title={{title}}>{{title}}</div></body></html>");

    Cli r = run(weak);

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "heatmap: warning: template: {{title}} is an unquoted attribute value; put it in double"
            + " quotes\n"
            + "heatmap: warning: template: no {{csp}} placeholder, so the report has no"
            + " Content-Security-Policy; add it to <head>\n",
        r.err());
  }

  @Test
  void aSafeTemplateGetsNoWarning() throws Exception {
    Path good = dir.resolve("good.html");
    Files.writeString(
        good, "<html><head>{{csp}}</head><p title=\"{{title}}\">{{title}}</p></html>");

    Cli r = run(good);

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertTrue(Files.readString(dir.resolve("out.html")).contains("Content-Security-Policy"));
  }
}
