package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --plotly-js FILE} refused Plotly 4.x, whose minified code holds {@code <!--} in a regular
 * expression literal. Now what HTML's script parser reacts to is escaped instead; each Plotly major
 * version from npm (src/test/browser/package.json) is inlined, and the script written into the
 * report still parses as JavaScript (node --check). ReportBrowserIT draws the pinned one.
 */
class PlotlyInliningTest {
  static final Path MODULES = Shell.HOME.resolve("src/test/browser/node_modules");

  @TempDir Path dir;

  @Test
  void htmlsScriptEndersAreEscapedWhereverTheyStand() throws Exception {
    Path js = dir.resolve("tricky.js");
    Files.writeString(
        js,
        "var a=/<!--|-->/g, b='</script>', c=`</SCRIPT `; window.Plotly={newPlot:function(){}};");
    Path in = Files.writeString(dir.resolve("in.txt"), "2024-01-01T10:00:00Z\n");

    Cli r = Cli.run("-q", in.toString(), "--plotly-js", js.toString(), "-o", dir + "/r.html");

    assertEquals(0, r.exitCode(), r.err());
    String html = Files.readString(dir.resolve("r.html"));
    assertTrue(
        html.contains(
            "var a=/\\x3C!--|-->/g, b='<\\/script>', c=`<\\/SCRIPT `;"
                + " window.Plotly={newPlot:function(){}};"),
        "escaped in place");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plotly.js-dist-min", "plotly3", "plotly4"})
  void everyPlotlyMajorVersionIsInlinedAndStillParses(String module) throws Exception {
    Path plotly = MODULES.resolve(module).resolve("plotly.min.js");
    assumeTrue(Files.exists(plotly), "npm ci --prefix src/test/browser has not been run");
    Path in = Files.writeString(dir.resolve("in.txt"), "2024-01-01T10:00:00Z\n");
    Path out = dir.resolve("r.html");

    Cli r = Cli.run("-q", in.toString(), "--plotly-js", plotly.toString(), "-o", out.toString());

    assertEquals(0, r.exitCode(), r.err());
    String html = Files.readString(out);
    String code = Files.readString(plotly);
    int start = html.indexOf("<script>") + "<script>".length();
    int end = html.indexOf("</script>", start);
    String script = html.substring(start, end);
    assertTrue(script.length() >= code.length(), "the whole of Plotly is in the first script");
    assertFalse(script.contains("<!--"));
    assertFalse(script.toLowerCase(Locale.ROOT).contains("</script"));
    assumeTrue(Shell.run(dir, "command -v node").exitCode() == 0, "node is not installed");
    Path written = Files.writeString(dir.resolve("inlined.js"), script);
    Process check = new ProcessBuilder("node", "--check", written.toString()).inheritIO().start();
    assertTrue(check.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, check.exitValue(), "the escaped Plotly " + module + " parses");
  }
}
