package dev.heatmap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Main;
import dev.heatmap.render.Plotly;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in a real browser, headless Chromium, with Plotly inlined from the npm
 * package {@code plotly.js-dist-min} ({@code --plotly-js FILE}): Plotly draws the heatmap under the
 * report's Content-Security-Policy without a console message, the page is not blank, the table
 * carries the grid with JavaScript off, and markup in the data runs nothing.
 *
 * <p>Skipped, with a banner saying why, when Chromium or the Plotly copy is missing — unless {@code
 * HEATMAP_REQUIRE_CHROMIUM=1}, as in {@code .ci/run}, which makes that a failure. With {@code
 * -Ddocs.update=true} it also rewrites the README's screenshot, {@code docs/report.png}.
 */
class ReportBrowserIT {
  /** The i-SOON example in the zone its working hours are in: the README's screenshot. */
  static final List<String> ISOON =
      List.of("example_data/isoon.txt", "--tz", "Asia/Shanghai", "--title", "i-SOON leak");

  static final String SCRIPT_GROUP = "</script><script>alert(1)</script>";
  static final String IMG_GROUP = "<img src=x onerror=alert(2)>";
  static final String SCRIPT_TITLE = "<script>alert(3)</script>";

  @TempDir static Path dir;

  /** Why the test cannot run here, or null. */
  static String unavailable;

  static Chromium chromium;
  static Path plotly;
  static Path isoon;

  @TempDir Path work;

  @BeforeAll
  static void setUp() throws Exception {
    unavailable = BrowserSetup.unavailable().orElse(null);
    if (unavailable == null) {
      chromium = Chromium.find().orElseThrow();
      plotly = BrowserSetup.PLOTLY;
      isoon = report("isoon.html", ISOON);
    }
  }

  /** Each test reports itself skipped, with the reason, when the browser is not there. */
  @BeforeEach
  void available() {
    Assumptions.assumeTrue(
        unavailable == null, () -> "the real-browser test does not run: " + unavailable);
  }

  /** Writes a report with the CLI, Plotly inlined from the local copy. */
  static Path report(String name, List<String> args) throws Exception {
    Path out = dir.resolve(name);
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--plotly-js", plotly.toString(), "-o", out.toString()));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            all.toArray(String[]::new));
    assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
    return out;
  }

  static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** The PNGs Plotly painted the heatmap cells into ({@code <g class="hm"><image href=…>}). */
  static List<byte[]> heatmapImages(String dom) {
    Matcher m =
        Pattern.compile("<g class=\"hm\"><image [^>]*href=\"data:image/png;base64,([^\"]+)\"")
            .matcher(dom);
    List<byte[]> images = new ArrayList<>();
    while (m.find()) {
      images.add(Base64.getDecoder().decode(m.group(1)));
    }
    return images;
  }

  @Test
  void plotlyDrawsTheHeatmapUnderTheCspWithNoConsoleMessage() throws Exception {
    Chromium.Page page = chromium.open(Chromium.Visit.of(isoon), work);

    assertEquals(List.of(), page.console(), "console messages (errors, CSP violations, warnings)");
    String dom = page.dom();
    assertTrue(dom.contains("<meta http-equiv=\"Content-Security-Policy\""), "the CSP is in force");
    assertTrue(
        dom.contains("<html lang=\"en\" class=\"js-plotted js-calendar\">"),
        "the drawing scripts ran (the grid's and the calendar's)");
    assertTrue(dom.contains("class=\"main-svg\""), "Plotly's SVG is in the DOM");
    int years = count(dom, "data-calendar-year=\"");
    assertEquals(
        1 + years, count(dom, "class=\"heatmaplayer mlayer\""), "the grid's and each year's");
    assertTrue(dom.contains(">Hour of the day (Asia/Shanghai)</text>"), "the x-axis title");
    for (String day : List.of("Monday", "Sunday")) {
      assertTrue(dom.contains(">" + day + "</text>"), day + " on the y axis");
    }
    List<byte[]> cells = heatmapImages(dom);
    assertEquals(1 + years, cells.size(), "Plotly painted each heatmap's cells into one image");
    Pixels painted = Pixels.of(cells.get(0));
    assertTrue(painted.colours() >= 30, "the cells have many shades: " + painted);

    Pixels shot = Pixels.of(page.screenshot());
    assertEquals(1200, shot.width());
    assertEquals(1000, shot.height());
    assertTrue(shot.colours() >= 500, "the screenshot is not blank: " + shot);
    assertTrue(shot.colouredShare() >= 0.15, "the heatmap's colours fill the window: " + shot);

    if (Boolean.getBoolean("docs.update")) {
      ReadmeScreenshot.write(page.screenshot(), BrowserSetup.HOME.resolve("docs/report.png"));
    }
  }

  /**
   * The calendar (on by default in HTML over three weeks): a heatmap per drawn year, daily bars.
   */
  @Test
  void theCalendarIsDrawnUnderTheCspWithNoConsoleMessage() throws Exception {
    Chromium.Page page = chromium.open(Chromium.Visit.of(isoon), work);

    assertEquals(List.of(), page.console(), "console messages (errors, CSP violations, warnings)");
    String dom = page.dom();
    // 2018 to 2023 each hold at least 1% of the busiest year's events; 2010-2017 do not.
    assertEquals(6, count(dom, "data-calendar-year=\""), "one plot per drawn year");
    for (String year : List.of("2018", "2021", "2023")) {
      assertTrue(dom.contains(">" + year + "</text>"), year + "'s plot title");
    }
    assertFalse(dom.contains(">2017</text>"), "a sparse year is not drawn");
    assertEquals(1, count(dom, "class=\"barlayer mlayer\""), "the bars of events per day");
    assertTrue(dom.contains("<td data-day-count=\"0\" title=\"2021-02-12 Friday: 0 events"));
    assertTrue(dom.contains("China (CN), score"), "the holiday ranking");
  }

  @Test
  void withJavaScriptOffTheTableShowsEveryCell() throws Exception {
    Chromium.Page page = chromium.open(Chromium.Visit.of(isoon).withoutJavaScript(), work);

    assertEquals(List.of(), page.console());
    String dom = page.dom();
    assertFalse(dom.contains("class=\"js-plotted\""), "no script ran");
    assertFalse(dom.contains("class=\"main-svg\""), "no plot was drawn");
    assertEquals(168, count(dom, "<td data-count=\""), "7 × 24 cells in the table");
    assertFalse(dom.contains("class=\"js-plotted js-calendar\""), "no calendar script ran");
    assertEquals(
        6, count(dom, "<table class=\"calendar-year\""), "the calendar's year tables show");
    assertTrue(dom.contains("<td data-count=\"425\" "), "the busiest hour's cell");
    Pixels shot = Pixels.of(page.screenshot());
    assertTrue(shot.colouredShare() >= 0.05, "the shaded table is on screen: " + shot);
  }

  @Test
  void markupInTheDataRunsNoScript() throws Exception {
    Path csv = dir.resolve("hostile.csv");
    Files.writeString(
        csv,
        "time,group\n"
            + ("2024-01-01T10:00:00Z," + SCRIPT_GROUP + "\n")
            + ("2024-01-02T11:00:00Z," + IMG_GROUP + "\n")
            + ("2024-01-02T12:00:00Z," + IMG_GROUP + "\n"),
        StandardCharsets.UTF_8);
    Path html =
        report(
            "hostile.html",
            List.of(csv.toString(), "--group-by", "group", "--title", SCRIPT_TITLE));

    // An alert() that ran would block headless Chromium until the timeout: open() fails then.
    Chromium.Page page = chromium.open(Chromium.Visit.of(html), work);

    // Markup that became elements would at least try to run and be refused by the CSP, which
    // Chromium reports on the console; there must be nothing there.
    assertEquals(List.of(), page.console(), "console messages");
    String dom = page.dom();
    assertEquals(3, count(dom, "<script"), "the data block, Plotly and the drawing script only");
    assertEquals(0, count(dom, "<img"), "no image element from the data");
    assertTrue(dom.contains(">" + escaped(SCRIPT_GROUP) + "</span>"), "group name as text");
    assertTrue(dom.contains(">" + escaped(IMG_GROUP) + "</span>"), "group name as text");
    assertTrue(dom.contains("<h1>" + escaped(SCRIPT_TITLE) + "</h1>"), "title as text");
    assertTrue(dom.contains("class=\"js-plotted\""), "the report's own script still ran");
    assertEquals(3, heatmapImages(dom).size(), "the overall heatmap and both groups' are drawn");
  }

  /** The check above is only as good as its console capture: a blocked script must show up. */
  @Test
  void aScriptTheCspBlocksIsCaughtOnTheConsole() throws Exception {
    String report = Files.readString(isoon, StandardCharsets.UTF_8);
    // The policy is an attribute value, its quotes escaped: script-src &#39;sha256-…
    String tampered = report.replaceFirst("script-src &#39;sha256-", "script-src &#39;sha256-0");
    assertFalse(tampered.equals(report), "the CSP names Plotly's hash");
    Path html = dir.resolve("tampered.html");
    Files.writeString(html, tampered, StandardCharsets.UTF_8);

    Chromium.Page page = chromium.open(Chromium.Visit.of(html), work);

    assertTrue(
        page.console().stream().anyMatch(m -> m.contains("Content Security Policy")),
        () -> "a CSP violation on the console, got " + page.console());
    assertFalse(page.dom().contains("class=\"js-plotted\""), "no Plotly, no drawing");
  }

  /** Writes a report with the CLI as a user would, with no Plotly option but {@code extra}. */
  static Path plainReport(String name, String... extra) throws Exception {
    Path out = dir.resolve(name);
    List<String> all = new ArrayList<>(ISOON);
    all.addAll(List.of(extra));
    all.addAll(List.of("-o", out.toString()));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            all.toArray(String[]::new));
    assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
    return out;
  }

  /** Pixels of the screenshot in exactly {@code rgb}. */
  static int pixelsOf(Path png, int rgb) throws Exception {
    java.awt.image.BufferedImage image = Pixels.read(Files.readAllBytes(png));
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * The default report, Plotly from its CDN, opened with no network (as every page here is: see
   * {@link Chromium#BASE_FLAGS}): no chart, and in its place a note that says why, that the table
   * has the same numbers and what to do; the table is there.
   */
  @Test
  void withoutNetworkTheDefaultReportSaysWhyThereIsNoChart() throws Exception {
    Path html = plainReport("cdn.html");
    assertTrue(
        Files.readString(html).contains("src=\"" + Plotly.PINNED_URL + "\""), "the CDN build");

    Chromium.Page page = chromium.open(Chromium.Visit.of(html), work);

    String dom = page.dom();
    assertFalse(dom.contains("class=\"js-plotted"), "Plotly did not load, nothing was drawn");
    assertFalse(dom.contains("class=\"main-svg\""), "no plot");
    assertTrue(
        dom.contains(
            "The interactive chart needs Plotly from cdn.plot.ly; the table below has the same"
                + " numbers; <code>--self-contained</code> makes a report that needs no network."),
        "the note");
    int note = dom.indexOf("id=\"plotly-missing\"");
    assertTrue(note > 0 && note < dom.indexOf("<table class=\"grid overall\""), "before the table");
    assertEquals(168, count(dom, "<td data-count=\""), "7 × 24 cells in the table");
    // The note's background: a box of it on screen, not an element hidden by a style.
    assertTrue(pixelsOf(page.screenshot(), 0xfff8c5) > 20_000, "the note is on screen");
  }

  /**
   * {@code --self-contained}: the bundled cartesian build inlined under the report's policy, drawn
   * with no network at all, without a console message; the note is gone once the chart is there.
   */
  @Test
  void aSelfContainedReportIsDrawnWithNoNetwork() throws Exception {
    Path html = plainReport("self-contained.html", "--self-contained");
    String report = Files.readString(html, StandardCharsets.UTF_8);
    assertFalse(report.contains("<script src="), "no script from anywhere");
    assertTrue(
        report.contains(
            "<script data-plotly=\"plotly.js-cartesian-dist-min 2.35.2\" data-integrity=\""
                + Plotly.BUNDLED_SRI
                + "\">"),
        "the bundled build, named with its hash");

    Chromium.Page page = chromium.open(Chromium.Visit.of(html), work);

    assertEquals(List.of(), page.console(), "console messages (errors, CSP violations, warnings)");
    String dom = page.dom();
    assertTrue(dom.contains("<html lang=\"en\" class=\"js-plotted js-calendar\">"), "drawn");
    assertFalse(dom.contains("id=\"plotly-missing\""), "the note is removed once Plotly is there");
    int years = count(dom, "data-calendar-year=\"");
    List<byte[]> cells = heatmapImages(dom);
    assertEquals(1 + years, cells.size(), "the grid's heatmap and each year's");
    assertTrue(Pixels.of(cells.get(0)).colours() >= 30, "the cells have many shades");
    assertEquals(1, count(dom, "class=\"barlayer mlayer\""), "the bars of events per day");
  }

  /** The npm build the test inlines is the one the report pins on the CDN, by its SRI hash. */
  @Test
  void localPlotlyIsThePinnedBuild() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-384").digest(Files.readAllBytes(plotly));
    assertEquals(Plotly.PINNED_SRI, "sha384-" + Base64.getEncoder().encodeToString(digest));
  }

  /** How Chromium serializes text: {@code &}, {@code <} and {@code >} escaped, quotes not. */
  static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
