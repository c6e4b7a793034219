package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.Tally;
import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Hostile group names and titles ({@link Reports#HOSTILE}) land in every format without changing
 * its structure: the hostile report has exactly the shape of a twin report with harmless names.
 */
class EscapingTest {
  /** Every format is checked, so a new one cannot ship without its escaping test. */
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void hostileNamesKeepTheStructureOfEveryFormat(OutputFormat format) throws Exception {
    Report hostile = Reports.hostile();
    Report twin = Reports.benignTwin();
    for (RenderOptions options : List.of(RenderOptions.defaults(), colourful())) {
      String bad = Reports.render(hostile, format, options);
      String good = Reports.render(twin, format, options);
      switch (format) {
        case HTML -> html(bad, good);
        case JSON -> json(bad, hostile);
        case CSV -> csv(bad, hostile);
        case MARKDOWN -> markdown(bad, good);
        case SVG -> svg(bad, good);
        case TEXT -> text(bad, good);
      }
    }
  }

  private static RenderOptions colourful() {
    return RenderOptions.defaults()
        .withColor(ColorDepth.TRUECOLOR)
        .withNormalize(Normalize.PERCENT)
        .withPlotly(Plotly.none());
  }

  private static void html(String bad, String good) {
    assertEquals(HtmlTags.of(good), HtmlTags.of(bad), "same tags and attributes");
    assertFalse(bad.contains("<script>alert"), "no script from the data");
    assertFalse(bad.contains("<img"), "no image from the data");
    assertFalse(bad.contains("\u001b"), "no escape character");
    assertTrue(
        bad.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the name is shown, escaped");
  }

  private static void json(String bad, Report hostile) throws IOException {
    Map<String, Object> json = JsonTree.parse(bad);
    assertEquals(hostile.title(), json.get("title"));
    Set<String> names = new HashSet<>();
    for (Object g : (List<?>) json.get("groups")) {
      names.add((String) ((Map<?, ?>) g).get("name"));
    }
    assertEquals(new HashSet<>(Reports.HOSTILE), names, "names survive the round trip");
  }

  private static void csv(String bad, Report hostile) throws IOException {
    List<CSVRecord> records;
    try (CSVParser p = CSVFormat.DEFAULT.parse(new StringReader(bad))) {
      records = p.getRecords();
    }
    int groups = hostile.groups().size();
    assertEquals(1 + 7 * (1 + groups), records.size(), "no record was split or merged");
    Set<String> groupCells = new TreeSet<>();
    for (CSVRecord r : records) {
      assertEquals(26, r.size(), "every record has group, day and 24 hours");
      groupCells.add(r.get(0));
    }
    Set<String> expected = new TreeSet<>();
    expected.add("group");
    expected.add(CsvRenderer.OVERALL);
    for (Tally.Group g : hostile.groups()) {
      expected.add(CsvRenderer.neutralise(CsvRenderer.clean(g.name())));
    }
    assertEquals(expected, groupCells);
    for (String cell : groupCells) {
      char c = cell.charAt(0);
      assertFalse(
          c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r',
          "no cell starts a formula: " + cell);
    }
    assertTrue(groupCells.contains("'=HYPERLINK(\"http://evil.example/\",\"click\")"));
  }

  private static void markdown(String bad, String good) {
    List<String> badLines = bad.lines().toList();
    List<String> goodLines = good.lines().toList();
    assertEquals(goodLines.size(), badLines.size(), "no line break from the data");
    for (int i = 0; i < badLines.size(); i++) {
      String b = badLines.get(i);
      String g = goodLines.get(i);
      assertEquals(markup(g, '|'), markup(b, '|'), "same unescaped table pipes on line " + (i + 1));
      // ( ) ! mean something only after ] or before [, # only at a line's start or a heading's
      // end, & only before an entity's name: Markdown escapes only what it must (#19), and the
      // brackets, emphasis and code marks that would start syntax anywhere must all be escaped.
      for (char c : new char[] {'[', ']', '*', '_', '`', '~', '$'}) {
        assertTrue(markup(b, c) <= markup(g, c), "no unescaped " + c + " from the data: " + b);
      }
      assertEquals(tagsIn(g), tagsIn(b), "no HTML from the data on line " + (i + 1));
    }
    assertFalse(bad.contains("\u001b"));
  }

  /** How many times {@code c} appears in {@code line} without a backslash before it. */
  private static int markup(String line, char c) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static int tagsIn(String line) {
    return markup(line, '<');
  }

  private static void svg(String bad, String good) throws Exception {
    Document b = SvgTest.parse(bad);
    Document g = SvgTest.parse(good);
    assertEquals(shape(g.getDocumentElement()), shape(b.getDocumentElement()));
    NodeList all = b.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attrs = all.item(i).getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        String name = attrs.item(a).getNodeName().toLowerCase(java.util.Locale.ROOT);
        assertFalse(name.startsWith("on") || name.contains("href"), "attribute " + name);
      }
    }
  }

  /** The element names and attribute names, in document order. */
  private static List<String> shape(Element root) {
    List<String> out = new ArrayList<>();
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      StringBuilder sb = new StringBuilder(e.getTagName());
      NamedNodeMap attrs = e.getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        sb.append(' ').append(attrs.item(a).getNodeName());
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static void text(String bad, String good) {
    assertEquals(good.lines().count(), bad.lines().count(), "no line break from the data");
    String stripped = TextRendererTest.withoutColour(bad);
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      assertTrue(c == '\n' || (c >= 0x20 && c != 0x7f), "control character " + (int) c);
    }
    for (String line : stripped.split("\n")) {
      assertTrue(TextRenderer.width(line) <= 80, line);
    }
  }

  @Test
  void csvNeutralisesEveryFormulaPrefix() {
    assertEquals("'=1+2", CsvRenderer.neutralise("=1+2"));
    assertEquals("'+1", CsvRenderer.neutralise("+1"));
    assertEquals("'-1", CsvRenderer.neutralise("-1"));
    assertEquals("'@SUM(A1)", CsvRenderer.neutralise("@SUM(A1)"));
    assertEquals("'\tx", CsvRenderer.neutralise("\tx"));
    assertEquals("'\rx", CsvRenderer.neutralise("\rx"));
    assertEquals("alice", CsvRenderer.neutralise("alice"));
    assertEquals("", CsvRenderer.neutralise(""));
  }

  @Test
  void markdownEscapesMarkupAndFoldsLines() {
    assertEquals(
        "\\[x\\](javascript:alert(1)) a\\|b c \\<img>",
        MarkdownRenderer.escape("[x](javascript:alert(1)) a|b\nc <img>"));
    assertEquals("www\\.evil.example", MarkdownRenderer.escape("www.evil.example"));
    assertEquals("http\\://evil.example", MarkdownRenderer.escape("http://evil.example"));
    assertEquals("mailto\\:a", MarkdownRenderer.escape("mailto:a"));
    assertEquals(
        "Asia/Shanghai, \\$x\\$ a\\@b.c", MarkdownRenderer.escape("Asia/Shanghai, $x$ a@b.c"));
    assertEquals("a \\&amp; b & c", MarkdownRenderer.escape("a &amp; b & c"));
    assertEquals(
        "\\*\\*bold\\*\\* \\_x\\_ \\~y\\~ \\`z\\`",
        MarkdownRenderer.escape("**bold** _x_ ~y~ `z`"));
    assertEquals("Heading \\#", MarkdownRenderer.escape("Heading #"));
  }

  /** #19: only what Markdown would read where the text lands; names and offsets stay readable. */
  @Test
  void markdownLeavesPlainPunctuationAlone() {
    assertEquals("UTC+01:00", MarkdownRenderer.escape("UTC+01:00"));
    assertEquals("@kirill:matrix.example", MarkdownRenderer.escape("@kirill:matrix.example"));
    assertEquals("Europe/Moscow (+03:00)", MarkdownRenderer.escape("Europe/Moscow (+03:00)"));
    assertEquals("- x", MarkdownRenderer.escape("- x"));
    assertEquals("\\- x", MarkdownRenderer.escapeLine("- x"));
    assertEquals("\\# x", MarkdownRenderer.escapeLine("# x"));
    assertEquals("\\> x", MarkdownRenderer.escapeLine("> x"));
    assertEquals("1\\. x", MarkdownRenderer.escapeLine("1. x"));
    assertEquals("2024 x", MarkdownRenderer.escapeLine("2024 x"));
  }

  @Test
  void xmlEscapingGivesWellFormedXmlForAnyCharacter() throws Exception {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c);
    }
    every.append("\ud800 \udfff \ufffe \uffff \ud83d\ude00");
    String escaped = Xml.escape(every.toString());
    SvgTest.parse(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><title a=\""
            + escaped
            + "\">"
            + escaped
            + "</title></svg>");
    assertTrue(escaped.contains("\ud83d\ude00"), "a valid pair is kept");
  }

  @Test
  void aTitleThatLooksLikeAPlaceholderIsNotExpanded() {
    String html = Reports.render(Reports.namedGroup("{{table}} {{data}}"), OutputFormat.HTML);
    assertEquals(1, count(html, "<table class=\"grid overall\""), "the overall table once");
    assertTrue(html.contains("<title>{{table}} {{data}}</title>"));
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
