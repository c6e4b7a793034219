package dev.heatmap.input.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.time.FormatDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChooserTest {
  private static FieldChooser.Choice choose(List<FieldChooser.Candidate> candidates) {
    return FieldChooser.choose(candidates, FormatDetector.JUDGE);
  }

  private static FieldChooser.Candidate texts(String name, int position, String... values) {
    FieldChooser.Candidate c = new FieldChooser.Candidate(name, position);
    for (String v : values) {
      c.text(v);
    }
    return c;
  }

  @Test
  void theFieldWhoseValuesParseWins() {
    FieldChooser.Choice c =
        choose(
            List.of(
                texts("note", 0, "hello", "world"),
                texts("seen", 1, "2024-01-01 10:00:00", "2024-01-01 11:00:00")));

    assertEquals("seen", c.candidate().name);
    assertEquals(2, c.parsed());
    assertEquals(2, c.sampled());
  }

  @Test
  void amongFieldsThatParseACommonTimestampNameWins() {
    FieldChooser.Choice c =
        choose(
            List.of(
                texts("updated", 0, "2024-01-01 10:00:00", "2024-01-01 11:00:00"),
                texts("@timestamp", 1, "2024-01-01 10:00:00", "2024-01-01 11:00:00")));

    assertEquals("@timestamp", c.candidate().name);
  }

  @Test
  void aCommonNameDoesNotBeatAFieldThatParsesFarBetter() {
    FieldChooser.Choice c =
        choose(
            List.of(
                texts("time", 0, "2024-01-01 10:00:00", "soon", "later", "never"),
                texts(
                    "x", 1, "2024-01-01 10:00:00", "2024-01-01 10:00:00", "2024-01-01 10:00:00")));

    assertEquals("x", c.candidate().name);
  }

  @Test
  void epochNumbersCountAndSmallNumbersDoNot() {
    FieldChooser.Candidate id = new FieldChooser.Candidate("id", 0);
    FieldChooser.Candidate ts = new FieldChooser.Candidate("origin_server_ts", 1);
    for (int i = 0; i < 3; i++) {
      id.number(i);
      ts.number(1_704_103_200_000.0 + i);
    }

    FieldChooser.Choice c = choose(List.of(id, ts));

    assertEquals("origin_server_ts", c.candidate().name);
    assertEquals(3, c.parsed());
  }

  @Test
  void epochTextIsNumericText() {
    FieldChooser.Choice c = choose(List.of(texts("date_unixtime", 0, "1704103200", "1704106800")));

    assertTrue(c.numericText());
    assertEquals(2, c.parsed());
  }

  @Test
  void whenNothingParsesATimestampNameIsChosenAndSaysSo() {
    FieldChooser.Choice c =
        choose(List.of(texts("Timestamps", 0, "sometime"), texts("Data Column", 1, "ABC")));

    assertEquals("Timestamps", c.candidate().name);
    assertTrue(c.byName());
    assertEquals(
        "using column \"Timestamps\" (0 of 1 sampled values are timestamps; chosen by its name)",
        c.note("column"));
  }

  @Test
  void whenNothingParsesAndNoNameFitsThereIsNoChoice() {
    assertNull(choose(List.of(texts("a", 0, "x"), texts("b", 1, "y"))));
  }

  @Test
  void longTextIsSampledAsNotATimestamp() {
    FieldChooser.Candidate c = texts("body", 0, "x".repeat(FieldChooser.MAX_SAMPLE_TEXT + 1));

    assertEquals(1, c.sampled());
    assertEquals(0, FieldChooser.score(c, FormatDetector.JUDGE).parsed());
  }
}
