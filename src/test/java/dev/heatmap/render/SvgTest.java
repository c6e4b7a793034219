package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.WeekHourGrid;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgTest {
  /** Parses XML strictly: namespaces on, no DOCTYPE, no external anything. */
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneTitledRectPerCellShadedAndNamedForItsCount() throws Exception {
    Report report = Reports.basic();
    Document doc = parse(Reports.render(report, OutputFormat.SVG));
    Element svg = doc.getDocumentElement();
    assertEquals("svg", svg.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
    NodeList rects = doc.getElementsByTagNameNS("*", "rect");
    int cells = 0;
    long sum = 0;
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (!r.getAttribute("class").equals("cell")) {
        continue;
      }
      cells++;
      String tooltip = r.getElementsByTagNameNS("*", "title").item(0).getTextContent();
      // "Tuesday 09:00–09:59: 10 events (14.3% of all)"
      int colon = tooltip.indexOf(": ", tooltip.indexOf('–'));
      long count = Long.parseLong(tooltip.substring(colon + 2, tooltip.indexOf(' ', colon + 2)));
      sum += count;
      assertEquals(count == 0, r.getAttribute("fill").equals("#f6f8fa"), tooltip);
    }
    assertEquals(WeekHourGrid.CELLS, cells);
    assertEquals(report.grid().total(), sum);
  }

  @Test
  void standaloneWithoutScriptsStylesIdsOrReferences() throws Exception {
    for (Reports.Case c : Reports.Case.values()) {
      String xml = Reports.render(c.report(), OutputFormat.SVG, c.options());
      Document doc = parse(xml);
      Set<String> names = new HashSet<>();
      NodeList all = doc.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        names.add(e.getLocalName());
        assertFalse(e.hasAttribute("id"), "ids would clash when embedded");
        assertFalse(e.hasAttribute("style"));
        assertFalse(e.hasAttribute("href"));
      }
      assertEquals(Set.of("svg", "title", "rect", "text", "g"), names, c.name());
      assertFalse(xml.contains("url("), "no reference");
      assertTrue(
          xml.contains("Hour of the day (" + c.report().timezone() + ")"), "axis names the zone");
    }
  }

  @Test
  void groupsGetSmallMultiplesOfTheirOwn() throws Exception {
    Report report = Reports.groups();
    Document doc = parse(Reports.render(report, OutputFormat.SVG));
    NodeList rects = doc.getElementsByTagNameNS("*", "rect");
    int groupCells = 0;
    for (int i = 0; i < rects.getLength(); i++) {
      if (((Element) rects.item(i)).getAttribute("class").equals("group-cell")) {
        groupCells++;
      }
    }
    assertEquals(report.groups().size() * WeekHourGrid.CELLS, groupCells);
  }
}
