package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.render.ColorDepth;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The output options end to end through {@code run}: formats, colour, Plotly, normalisation. */
class OutputOptionsTest {
  static final Path EXAMPLE = Path.of("example_data/isoon.txt");

  @TempDir Path dir;

  /** Runs on the i-SOON example into a file named {@code name}, returning the file's text. */
  String report(String name, String... extra) throws IOException {
    Path out = dir.resolve(name);
    String[] args = new String[3 + extra.length];
    args[0] = EXAMPLE.toString();
    args[1] = "-o";
    args[2] = out.toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    Run r = Run.of("", args);
    assertEquals(0, r.exitCode(), r.err());
    return Files.readString(out);
  }

  long[][] jsonGrid() throws IOException {
    return grid(JsonTree.parse(report("r.json")).get("counts"));
  }

  static long[][] grid(Object counts) {
    List<?> rows = (List<?>) counts;
    long[][] g = new long[7][24];
    for (int d = 0; d < 7; d++) {
      for (int h = 0; h < 24; h++) {
        g[d][h] = (Long) ((List<?>) rows.get(d)).get(h);
      }
    }
    return g;
  }

  /** Each format, chosen by its file extension, shows the grid that -f json gives. */
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void everyFormatShowsTheSameGridAsJson(OutputFormat format) throws Exception {
    long[][] expected = jsonGrid();
    String out = report("r" + format.extension());
    switch (format) {
      case JSON -> assertArrayEquals(expected, grid(JsonTree.parse(out).get("counts")));
      case CSV -> {
        List<CSVRecord> rows =
            CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(out)).getRecords();
        assertEquals(7, rows.size());
        long[][] g = new long[7][24];
        for (int d = 0; d < 7; d++) {
          for (int h = 0; h < 24; h++) {
            g[d][h] = Long.parseLong(rows.get(d).get(Integer.toString(h)));
          }
        }
        assertArrayEquals(expected, g);
      }
      case HTML -> assertArrayEquals(expected, cells(out, "<td data-count=\"(\\d+)\""));
      case SVG -> {
        NodeList rects =
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(
                    new java.io.ByteArrayInputStream(
                        out.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .getElementsByTagName("rect");
        long[][] g = new long[7][24];
        int i = 0;
        for (int k = 0; k < rects.getLength(); k++) {
          Element r = (Element) rects.item(k);
          if (r.getAttribute("class").equals("cell")) {
            String t = r.getTextContent();
            String n = t.substring(t.indexOf(": ", t.indexOf('–')) + 2, t.indexOf(" event"));
            g[i / 24][i % 24] = Long.parseLong(n.replace(",", ""));
            i++;
          }
        }
        assertEquals(168, i);
        assertArrayEquals(expected, g);
      }
      case MARKDOWN -> {
        // The exact numbers are in the <details> table: rows "| Mon | 26 | 150 | … |".
        String details = out.substring(out.indexOf("<details>"));
        long[][] g = new long[7][24];
        int d = 0;
        for (String line : details.split("\n")) {
          if (line.matches("\\| (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\|.*")) {
            String[] f = line.split("\\|");
            for (int h = 0; h < 24; h++) {
              g[d][h] = Long.parseLong(f[h + 2].strip());
            }
            d++;
          }
        }
        assertEquals(7, d);
        assertArrayEquals(expected, g);
      }
      case TEXT -> {
        long max = 0;
        for (long[] row : expected) {
          for (long c : row) {
            max = Math.max(max, c);
          }
        }
        String[] shades = {"  ", "░░", "▒▒", "▓▓", "██"};
        List<String> rows =
            out.lines().filter(l -> l.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) .*")).toList();
        assertEquals(7, rows.size());
        for (int d = 0; d < 7; d++) {
          for (int h = 0; h < 24; h++) {
            long c = expected[d][h];
            int step = c == 0 ? 0 : (int) Math.max(1, Math.min(4, Math.ceil(4.0 * c / max)));
            assertEquals(
                shades[step],
                rows.get(d).substring(5 + 3 * h, 7 + 3 * h),
                "day " + d + " hour " + h);
          }
        }
      }
    }
  }

  static long[][] cells(String html, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(html);
    long[][] g = new long[7][24];
    int i = 0;
    while (m.find()) {
      g[i / 24][i % 24] = Long.parseLong(m.group(1));
      i++;
    }
    assertEquals(168, i);
    return g;
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void twoRunsGiveByteIdenticalFiles(OutputFormat format) throws IOException {
    Path a = dir.resolve("a" + format.extension());
    Path b = dir.resolve("b" + format.extension());
    assertEquals(0, Run.of("", EXAMPLE.toString(), "-o", a.toString(), "--title", "t").exitCode());
    assertEquals(0, Run.of("", EXAMPLE.toString(), "-o", b.toString(), "--title", "t").exitCode());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  @Test
  void textOnStdoutHasNoColourUnlessAskedAndFits80Columns() {
    Run plain = Run.of("", EXAMPLE.toString());
    assertEquals(0, plain.exitCode(), plain.err());
    assertFalse(plain.out().contains("\u001b"), "a captured stream is not a terminal");
    Run always = Run.of("", EXAMPLE.toString(), "--color", "always");
    assertTrue(always.out().contains("\u001b[38;"), always.out());
    Run never = Run.of("", EXAMPLE.toString(), "--color=never");
    assertEquals(plain.out(), never.out());
    for (String line : plain.out().split("\n")) {
      assertTrue(line.codePointCount(0, line.length()) <= 80, line);
    }
  }

  @Test
  void autoColourFollowsTheTerminalNoColorAndTerm() {
    Map<String, String> none = Map.of();
    assertEquals(ColorDepth.ANSI256, ColorChoice.AUTO.resolve(true, none));
    assertEquals(ColorDepth.NONE, ColorChoice.AUTO.resolve(false, none));
    assertEquals(ColorDepth.NONE, ColorChoice.AUTO.resolve(true, Map.of("NO_COLOR", "1")));
    assertEquals(ColorDepth.ANSI256, ColorChoice.AUTO.resolve(true, Map.of("NO_COLOR", "")));
    assertEquals(ColorDepth.NONE, ColorChoice.AUTO.resolve(true, Map.of("TERM", "dumb")));
    assertEquals(
        ColorDepth.TRUECOLOR, ColorChoice.AUTO.resolve(true, Map.of("COLORTERM", "truecolor")));
    assertEquals(ColorDepth.ANSI256, ColorChoice.ALWAYS.resolve(false, Map.of("NO_COLOR", "1")));
    assertEquals(ColorDepth.NONE, ColorChoice.NEVER.resolve(true, none));
  }

  @Test
  void noPlotlyWritesNoScript() throws IOException {
    String html = report("r.html", "--no-plotly");
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
    assertTrue(html.contains("script-src 'none'") || html.contains("script-src &#39;none&#39;"));
  }

  @Test
  void plotlyFromAFileIsInlinedAndFromAUrlLinked() throws IOException {
    Path js = dir.resolve("plotly.min.js");
    Files.writeString(js, "window.Plotly={newPlot:function(){}};");
    String inlined = report("a.html", "--plotly-js", js.toString());
    assertTrue(inlined.contains("<script>window.Plotly={newPlot:function(){}};</script>"));
    assertFalse(inlined.contains("cdn.plot.ly"));
    String linked = report("b.html", "--plotly-js", "https://mirror.example/plotly.min.js");
    assertTrue(linked.contains("<script src=\"https://mirror.example/plotly.min.js\"></script>"));
  }

  @Test
  void badOutputOptionsAreUsageErrors() {
    String f = EXAMPLE.toString();
    assertUsage(Run.of("", f, "--normalize", "median"), "heatmap: unknown --normalize 'median'");
    assertUsage(Run.of("", f, "--color", "sometimes"), "heatmap: unknown --color 'sometimes'");
    assertUsage(
        Run.of("", f, "--no-plotly", "--plotly-js", "https://x.example/p.js"),
        "heatmap: --plotly-js and --no-plotly cannot be used together");
    assertUsage(
        Run.of("", f, "--plotly-js", "https://x.example/p.js?v=1"), "heatmap: --plotly-js https");
    assertUsage(Run.of("", f, "--plotly-js", "nope/missing.js"), "heatmap: --plotly-js nope");
  }

  private static void assertUsage(Run r, String start) {
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith(start), r.err());
    assertEquals("", r.out());
  }

  @Test
  void normalizeChangesTheCellsButNotTheCounts() throws IOException {
    Map<String, Object> json = JsonTree.parse(report("r.json", "--normalize", "rate"));
    assertEquals("rate", json.get("normalize"));
    assertArrayEquals(jsonGrid(), grid(json.get("counts")));
    String csv = report("r.csv", "--normalize", "percent");
    assertTrue(csv.split("\n")[1].matches("Monday(,\\d+\\.\\d{4}){24}"), csv);
  }
}
