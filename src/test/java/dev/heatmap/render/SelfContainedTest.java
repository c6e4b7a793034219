package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --self-contained}: the Plotly build the jar carries is the pinned one, with its licence
 * beside it, inlined as {@code --plotly-js FILE} inlines code (escaped for the script element)
 * under a policy that allows exactly it; it is drawn in Chromium by ReportBrowserIT.
 */
class SelfContainedTest {
  @Test
  void theJarCarriesThePinnedCartesianBuildAndItsLicence() throws Exception {
    byte[] code;
    try (InputStream in = Plotly.class.getResourceAsStream(Plotly.BUNDLED_RESOURCE)) {
      code = in.readAllBytes();
    }
    assertEquals(Plotly.BUNDLED_SRI, Plotly.sri384(code));
    String head = new String(code, 0, 200, StandardCharsets.UTF_8);
    assertTrue(head.contains("plotly.js (cartesian - minified) v2.35.2"), head);
    try (InputStream in = Plotly.class.getResourceAsStream("/dev/heatmap/render/plotly/LICENSE")) {
      String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(licence.contains("MIT") && licence.contains("Plotly"), licence);
    }
  }

  @Test
  void theBundledBuildIsInlinedWithItsHashAndAllowedByThePolicy() {
    Run r = Run.of("2024-01-01 09:00:00\n", "--self-contained", "-f", "html", "--input-tz", "UTC");
    assertEquals(0, r.exitCode(), r.err());
    String html = r.out();
    String code = Plotly.bundled().code();
    assertEquals(Plotly.escapeForScript(code), code, "escaped as any inlined code is");
    assertFalse(code.toLowerCase(Locale.ROOT).contains("</script"));
    assertTrue(
        html.contains(
            "<script data-plotly=\"plotly.js-cartesian-dist-min 2.35.2\" data-integrity=\""
                + Plotly.BUNDLED_SRI
                + "\">"
                + code
                + "</script>"));
    assertTrue(html.contains("&#39;" + ContentSecurityPolicy.sha256(code) + "&#39;"), "CSP");
    assertFalse(html.contains("<script src="), "nothing from the network");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--no-plotly | heatmap: --self-contained cannot be used with --no-plotly",
        "--plotly-js=plotly.js | heatmap: --self-contained cannot be used with --plotly-js",
      })
  void selfContainedIsItsOwnPlotlySource(String other, String message) {
    Run r = Run.of("2024-01-01 09:00:00\n", "--self-contained", other, "-f", "html");
    assertEquals(2, r.exitCode());
    assertEquals(message + "\nTry 'heatmap --help' for more information.\n", r.err());
  }
}
