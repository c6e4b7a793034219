package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.grid.Tally;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The coloured terminal grid: on a dark background the busiest cell is the brightest, on a light
 * one the darkest, and with no word on the background every step keeps contrast with both; the
 * shade characters stay under the colour, and no line ends in blanks (before or after a reset).
 */
class TerminalColourTest {
  /** Monday 00:00 ×1, 01:00 ×2, ... 07:00 ×8: eight cells, each busier than the one before. */
  static Report staircase() {
    Tally t = new Tally(ZoneOffset.UTC);
    long monday = Instant.parse("2024-03-04T00:00:00Z").getEpochSecond();
    for (int h = 0; h < 8; h++) {
      for (int i = 0; i <= h; i++) {
        t.instant(monday + h * 3600L, null);
      }
    }
    return new Report("stairs", "UTC", t.overall(), t.groups());
  }

  static String render(Background bg, ColorDepth depth) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      OutputFormat.TEXT
          .renderer(RenderOptions.defaults().withColor(depth).withBackground(bg))
          .render(staircase(), out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final Pattern TRUECOLOR = Pattern.compile("\u001b\\[38;2;(\\d+);(\\d+);(\\d+)m");

  /** The relative luminance (WCAG) of each colour the Monday row is drawn in, in order. */
  static List<Double> mondayLuminance(String out) {
    String monday = out.lines().filter(l -> l.startsWith("Mon ")).findFirst().orElseThrow();
    List<Double> lum = new ArrayList<>();
    Matcher m = TRUECOLOR.matcher(monday);
    while (m.find()) {
      lum.add(
          luminance(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    }
    return lum;
  }

  static double luminance(int r, int g, int b) {
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }

  private static double linear(int c) {
    double s = c / 255.0;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  static double contrast(double a, double b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"DARK, true", "LIGHT, false", "UNKNOWN, true"})
  void theBusiestCellStandsOutMost(Background bg, boolean brightestBusiest) {
    List<Double> lum = mondayLuminance(render(bg, ColorDepth.TRUECOLOR));
    assertEquals(8, lum.size(), "one colour per cell: " + lum);
    for (int i = 1; i < lum.size(); i++) {
      assertTrue(
          brightestBusiest ? lum.get(i) > lum.get(i - 1) : lum.get(i) < lum.get(i - 1),
          bg + ": luminance does not follow the counts: " + lum);
    }
    double black = 0;
    double white = 1;
    for (double l : lum) {
      if (bg != Background.LIGHT) {
        assertTrue(contrast(l, black) >= 1.5, bg + ": a cell lost on black: " + lum);
      }
      if (bg != Background.DARK) {
        assertTrue(contrast(l, white) >= 1.5, bg + ": a cell lost on white: " + lum);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ColorDepth.class)
  void theShadeCharactersSurviveTheColour(ColorDepth depth) {
    String out = render(Background.DARK, depth);
    String plain = out.replaceAll("\u001b\\[[0-9;]*m", "");
    assertEquals(render(Background.DARK, ColorDepth.NONE), plain, "colour only adds escapes");
    String monday = plain.lines().filter(l -> l.startsWith("Mon ")).findFirst().orElseThrow();
    assertEquals("Mon  ░░ ░░ ▒▒ ▒▒ ▓▓ ▓▓ ██ ██", monday);
    for (String line : out.split("\n", -1)) {
      assertFalse(line.matches(".*[ ](\u001b\\[[0-9;]*m)*"), "trailing blanks: [" + line + "]");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "15;0, DARK",
    "0;15, LIGHT",
    "15;default;0, DARK",
    "7;8, DARK",
    "0;7, LIGHT",
    "x, UNKNOWN",
    "'', UNKNOWN"
  })
  void colorFgBgNamesTheBackground(String value, Background expected) {
    assertEquals(expected, Background.fromColorFgBg(value));
  }
}
