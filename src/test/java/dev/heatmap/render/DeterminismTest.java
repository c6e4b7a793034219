package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same report and options give the same bytes, whichever order groups were counted in. */
class DeterminismTest {
  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void sameInputSameBytes(OutputFormat format) {
    for (Reports.Case c : Reports.Case.values()) {
      for (Normalize n : Normalize.values()) {
        RenderOptions o = c.options().withNormalize(n);
        byte[] first = Reports.bytes(c.report(), format, o);
        byte[] second = Reports.bytes(c.report(), format, o);
        assertArrayEquals(first, second, c + " " + n);
      }
    }
  }
}
