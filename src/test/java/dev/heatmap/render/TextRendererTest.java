package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.Tally;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextRendererTest {
  @ParameterizedTest
  @EnumSource(Reports.Case.class)
  void noLineEndsInSpaces(Reports.Case c) throws java.io.IOException {
    String text =
        new String(
            GoldenTest.render(c, OutputFormat.TEXT), java.nio.charset.StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      assertFalse(line.endsWith(" "), c + ": '" + line + "'");
    }
  }

  /** {@code s} without the colour sequences the renderer writes ({@code ESC[…m}). */
  static String withoutColour(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
        int j = i + 2;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';')) {
          j++;
        }
        if (j < s.length() && s.charAt(j) == 'm') {
          i = j;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  @ParameterizedTest
  @EnumSource(ColorDepth.class)
  void colourOnlyWhenAskedAndTheSameGridEitherWay(ColorDepth depth) {
    Report report = Reports.basic();
    String out =
        Reports.render(report, OutputFormat.TEXT, RenderOptions.defaults().withColor(depth));
    switch (depth) {
      case NONE -> assertFalse(out.contains("\u001b"), "no escape codes");
      case ANSI256 -> assertTrue(out.contains("\u001b[38;5;"), out);
      case TRUECOLOR -> assertTrue(out.contains("\u001b[38;2;"), out);
    }
    List<String> lines = withoutColour(out).lines().toList();
    List<String> plain = Reports.render(report, OutputFormat.TEXT).lines().toList();
    assertEquals(plain.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertTrue(TextRenderer.width(lines.get(i)) <= 80, lines.get(i));
      // The same characters either way: the shades survive a copy without the colour (#19).
      assertEquals(plain.get(i), lines.get(i));
    }
  }

  @Test
  void plainGridShowsEachCellsQuarterOfTheBusiest() {
    String out = Reports.render(Reports.basic(), OutputFormat.TEXT);
    String tue = out.lines().filter(l -> l.startsWith("Tue ")).findFirst().orElseThrow();
    // Tuesday 09:00 holds the 10-event peak: full blocks in the tenth column.
    assertEquals("██", tue.substring(5 + 9 * 3, 5 + 9 * 3 + 2));
    assertTrue(out.contains("Peak: Tuesday 09:00–09:59 (10 events)"), out);
    assertTrue(out.contains("Total 70 timestamps, 2 skipped"), out);
  }

  @Test
  void sundayFirstAnd12HourLabels() {
    String out = Reports.render(Reports.groups(), OutputFormat.TEXT);
    List<String> lines = out.lines().toList();
    assertEquals(
        "     12  1  2  3  4  5  6  7  8  9 10 11 12  1  2  3  4  5  6  7  8  9 10 11",
        lines.get(2));
    assertTrue(lines.get(4).startsWith("Sun "), lines.get(4));
    assertTrue(lines.get(10).startsWith("Sat "), lines.get(10));
    assertTrue(out.contains("Groups (3):"), out);
  }

  @Test
  void longAndWideGroupNamesAreCutToFitEightyColumns() {
    Tally t = new Tally(ZoneOffset.UTC);
    t.instant(1_700_000_000L, "x".repeat(200));
    t.instant(1_700_000_000L, "漢字".repeat(60));
    String out =
        Reports.render(
            new Report("T".repeat(120), "UTC", t.overall(), t.groups()), OutputFormat.TEXT);
    for (String line : out.split("\n")) {
      assertTrue(TextRenderer.width(line) <= 80, line);
    }
    assertTrue(out.contains("…"), "cut names end in an ellipsis");
  }

  @Test
  void stepsAreQuartersOfTheBusiestCell() {
    assertEquals(0, TextRenderer.step(0));
    assertEquals(1, TextRenderer.step(0.01));
    assertEquals(1, TextRenderer.step(0.25));
    assertEquals(2, TextRenderer.step(0.26));
    assertEquals(4, TextRenderer.step(1));
  }
}
