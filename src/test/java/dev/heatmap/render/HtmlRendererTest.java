package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.testing.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlRendererTest {
  static final Pattern CSP =
      Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");
  static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

  static String policy(String html) {
    Matcher m = CSP.matcher(html);
    assertTrue(m.find(), "a CSP meta element");
    String policy = m.group(1).replace("&#39;", "'");
    assertFalse(m.find(), "one CSP");
    return policy;
  }

  static String scriptSrc(String policy) {
    for (String directive : policy.split(";")) {
      String d = directive.strip();
      if (d.startsWith("script-src ")) {
        return d.substring("script-src ".length());
      }
    }
    throw new AssertionError("no script-src in " + policy);
  }

  /** The CSP allows exactly the scripts the page has: each inline one by hash, each src by URL. */
  static void cspAllowsExactlyThePagesScripts(String html) {
    String policy = policy(html);
    assertTrue(policy.startsWith("default-src 'none'; "), policy);
    for (String d :
        List.of(
            "object-src 'none'",
            "frame-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
            "worker-src 'none'")) {
      assertTrue(policy.contains(d), d);
    }
    Set<String> expected = new TreeSet<>();
    Matcher m = SCRIPT.matcher(html);
    while (m.find()) {
      String attrs = m.group(1);
      if (attrs.contains("type=\"application/json\"")) {
        continue; // data, never run
      }
      Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(attrs);
      if (src.find()) {
        expected.add(src.group(1));
        Matcher sri = Pattern.compile("integrity=\"([^\"]*)\"").matcher(attrs);
        if (sri.find()) {
          expected.add("'" + sri.group(1) + "'");
        }
      } else {
        expected.add("'" + ContentSecurityPolicy.sha256(m.group(2)) + "'");
      }
    }
    Set<String> allowed = new TreeSet<>(List.of(scriptSrc(policy).split(" ")));
    if (expected.isEmpty()) {
      assertEquals(Set.of("'none'"), allowed);
    } else {
      assertEquals(expected, allowed);
    }
  }

  @Test
  void plotScriptHashIsTheSha256OfThePlotScript() {
    assertEquals(
        ContentSecurityPolicy.sha256(HtmlRenderer.PLOT_SCRIPT), HtmlRenderer.PLOT_SCRIPT_SHA256);
  }

  @Test
  void pinnedPlotlyWithSriAndTheFixedScriptByHash() {
    String html = Reports.render(Reports.basic(), OutputFormat.HTML);
    assertTrue(
        html.contains(
            "<script src=\"" + Plotly.PINNED_URL + "\" integrity=\"" + Plotly.PINNED_SRI + "\""));
    assertTrue(html.contains("<script>" + HtmlRenderer.PLOT_SCRIPT + "</script>"));
    cspAllowsExactlyThePagesScripts(html);
    assertTrue(
        scriptSrc(policy(html)).contains(ContentSecurityPolicy.sha256(HtmlRenderer.PLOT_SCRIPT)));
  }

  @Test
  void noPlotlyMeansNoScriptAtAll() {
    for (Reports.Case c : Reports.Case.values()) {
      String html =
          Reports.render(c.report(), OutputFormat.HTML, c.options().withPlotly(Plotly.none()));
      assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), c.name());
      assertEquals("'none'", scriptSrc(policy(html)));
      assertEquals(168, count(html, "<td data-count=\""), "the static table stays");
    }
  }

  @Test
  void inlinedPlotlyIsAllowedByItsHash() {
    String code = "window.Plotly={newPlot:function(){}};";
    String html =
        Reports.render(
            Reports.groups(),
            OutputFormat.HTML,
            RenderOptions.defaults().withPlotly(Plotly.inline(code)));
    assertTrue(html.contains("<script>" + code + "</script>"));
    assertFalse(html.contains("cdn.plot.ly"));
    cspAllowsExactlyThePagesScripts(html);
  }

  @Test
  void aMirrorUrlIsTheOnlyExternalScriptAllowed() {
    String url = "https://mirror.example/js/plotly.min.js";
    String html =
        Reports.render(
            Reports.basic(),
            OutputFormat.HTML,
            RenderOptions.defaults().withPlotly(Plotly.fromUrl(url)));
    assertTrue(html.contains("<script src=\"" + url + "\"></script>"));
    cspAllowsExactlyThePagesScripts(html);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "https://mirror.example/plotly.js?v=1",
        "https://mirror.example/a;script-src *",
        "https://mirror.example/a b.js",
        "https://mirror.example/\"onload=\"x",
        "http://user@mirror.example/p.js",
        "ftp://mirror.example/p.js",
        "https:///p.js"
      })
  void urlsThatCouldBreakThePolicyAreRefused(String url) {
    assertThrows(IllegalArgumentException.class, () -> Plotly.fromUrl(url));
  }

  @Test
  void codeThatWouldEndItsScriptElementIsEscapedWhenInlined() {
    assertEquals("var a='<\\/SCRIPT>';", Plotly.inline("var a='</SCRIPT>';").code());
    assertEquals("var a=/\\x3C!--/;", Plotly.inline("var a=/<!--/;").code());
  }

  @Test
  void theRedrawnGridAndTheDstColumnAreLeftOutWhenTheyRepeatWhatIsShown() {
    Report r = Reports.inference();
    dev.heatmap.grid.infer.ZoneGuess one =
        new dev.heatmap.grid.infer.ZoneGuess(
            r.inference().best(),
            List.of(r.inference().candidates().get(0)),
            r.inference().warning(),
            r.inference().dst());
    Report same =
        new Report(
            r.title(),
            r.timezone(),
            r.grid(),
            r.groups(),
            r.weekStart(),
            r.hour12(),
            one,
            r.grid(), // redrawn in the offset it is already drawn in
            r.groupInference(),
            r.calendar(),
            r.inputTimezone());
    String html = Reports.render(same, OutputFormat.HTML);
    assertFalse(html.contains("Activity redrawn in"), "the same grid twice");
    assertEquals(0, count(html, "<td data-inferred-count=\""));
    assertEquals(
        one.candidates().get(0).zones().equals(one.candidates().get(0).dstFit()),
        !html.contains("Zones that fit the DST evidence"));
    String md = Reports.render(same, OutputFormat.MARKDOWN);
    assertFalse(md.contains("Activity redrawn in"), md);

    String shown = Reports.render(r, OutputFormat.HTML);
    assertTrue(shown.contains("Activity redrawn in"));
    assertTrue(shown.contains("Zones that fit the DST evidence"), "one candidate differs");
    assertTrue(shown.contains("⚠ Only 90 timestamps"), "the card carries the warning");
  }

  @Test
  void everyGridHasItsOwnTableMarker() {
    Report inferred = Reports.inference();
    String html = Reports.render(inferred, OutputFormat.HTML);
    assertEquals(168, count(html, "<td data-count=\""));
    assertEquals(168, count(html, "<td data-inferred-count=\""));
    assertEquals(sum(html, "data-count"), inferred.grid().total());
    assertEquals(sum(html, "data-inferred-count"), inferred.inferredGrid().total());
    assertTrue(html.contains("Best fit: <strong>UTC+08:00</strong>"), html);
    assertTrue(html.contains("<p class=\"warning\">Only 90 timestamps"));

    Report groups = Reports.groups();
    String g = Reports.render(groups, OutputFormat.HTML);
    assertEquals(168, count(g, "<td data-count=\""));
    assertEquals(168 * groups.groups().size(), count(g, "<td data-group-count=\""));
    assertEquals(groups.groups().size(), count(g, "data-small data-heatmap="));
  }

  @Test
  void dataBlockCarriesTheGridsInRowOrder() throws Exception {
    Report report = Reports.groups();
    String html =
        Reports.render(
            report, OutputFormat.HTML, RenderOptions.defaults().withNormalize(Normalize.PERCENT));
    int start = html.indexOf("<script type=\"application/json\" id=\"heatmap-data\">");
    String json = html.substring(html.indexOf('>', start) + 1, html.indexOf("</script>", start));
    var data = JsonTree.parse(json);
    assertEquals(report.days(), data.get("days"));
    List<?> grids = (List<?>) data.get("grids");
    assertEquals(1 + report.groups().size(), grids.size());
    List<?> z = (List<?>) ((java.util.Map<?, ?>) grids.get(0)).get("z");
    // Row 0 is Sunday; Sunday 21:00 holds bob's three evenings, in percent of all events.
    java.math.BigDecimal expected =
        java.math.BigDecimal.valueOf(300)
            .divide(
                java.math.BigDecimal.valueOf(report.grid().total()),
                4,
                java.math.RoundingMode.HALF_EVEN);
    assertEquals(expected, ((List<?>) z.get(0)).get(21));
    assertEquals(3, report.grid().count(6, 21));
  }

  @Test
  void theBuiltInTemplateIsTheFileInTheSourceTree() throws Exception {
    Template file = Template.of(Files.readString(Path.of("templates/report.html")));
    RenderOptions fromFile = new RenderOptions(file);
    for (Reports.Case c : Reports.Case.values()) {
      assertEquals(
          Reports.render(c.report(), OutputFormat.HTML, c.options()),
          Reports.render(
              c.report(),
              OutputFormat.HTML,
              new RenderOptions(
                  fromFile.template(),
                  c.options().normalize(),
                  c.options().color(),
                  c.options().plotly())));
    }
  }

  @Test
  void theGuideDocumentsEveryPlaceholder() throws Exception {
    String template = Files.readString(Path.of("templates/report.html"));
    String guide = Files.readString(Path.of("docs/GUIDE.md"));
    Matcher m = Pattern.compile("\\{\\{(\\w+)}}").matcher(template);
    List<String> missing = new ArrayList<>();
    while (m.find()) {
      if (!guide.contains("| `{{" + m.group(1) + "}}` |")) {
        missing.add(m.group(1));
      }
    }
    assertEquals(List.of(), missing, "placeholders missing from the table in docs/GUIDE.md");
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  static long sum(String html, String marker) {
    Matcher m = Pattern.compile("<td " + marker + "=\"(\\d+)\"").matcher(html);
    long sum = 0;
    while (m.find()) {
      sum += Long.parseLong(m.group(1));
    }
    return sum;
  }
}
