package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --calendar} end to end: the i-SOON data in China Standard Time. */
class CalendarCommandTest {
  static String run(String... args) {
    return runWithErr(args)[0];
  }

  /** Standard output and standard error of a run that must succeed. */
  static String[] runWithErr(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return new String[] {
      out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
    };
  }

  /** The values of every {@code key} string field, in document order. */
  static List<String> strings(String json, String key) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals(key)) {
          p.nextToken();
          out.add(p.getText());
        }
      }
    }
    return out;
  }

  @Test
  void theIsoonDataShowsTheSpringFestivalWeeksAndRanksChinaFirst() throws IOException {
    String json =
        run("example_data/isoon.txt", "--tz", "Asia/Shanghai", "--calendar", "-f", "json");
    assertEquals("CN", strings(json, "country").get(0));
    assertEquals(List.of("2010-06-06"), strings(json, "start"));
    List<String> from = strings(json, "from");
    List<String> to = strings(json, "to");
    assertTrue(covers(from, to, "2021-02-11", "2021-02-17"), from + " " + to);
    assertTrue(covers(from, to, "2022-01-31", "2022-02-06"), from + " " + to);
    assertTrue(json.contains("\"holiday\" : \"Spring Festival\""));
  }

  static boolean covers(List<String> from, List<String> to, String a, String b) {
    for (int i = 0; i < from.size(); i++) {
      if (from.get(i).compareTo(a) <= 0 && to.get(i).compareTo(b) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Days stay in --tz (UTC here); the inferred offset is said, never applied. */
  @Test
  void withInferTzTheOtherOffsetIsSaidAndTheHolidaysAreCompared() throws IOException {
    String[] r = runWithErr("example_data/isoon.txt", "--infer-tz", "--calendar", "-f", "json");
    assertTrue(
        r[1].contains(
            "heatmap: calendar: days are counted in UTC; the activity fits +08:00: give --tz"
                + " +08:00 (or the actor's zone) to count them there\n"),
        r[1]);
    assertEquals(List.of("UTC"), strings(r[0], "timezone").subList(1, 2));
  }

  @Test
  void withoutTheOptionJsonHasNoCalendarKeys() {
    String json = run("example_data/isoon.txt", "--tz", "Asia/Shanghai", "-f", "json");
    assertFalse(json.contains("\"calendar\""));
    assertFalse(json.contains("\"quiet_stretches\""));
    assertFalse(json.contains("\"holidays\""));
  }

  @Test
  void csvWithTheOptionIsDateCountRows() {
    String csv = run("example_data/isoon.txt", "--tz", "Asia/Shanghai", "--calendar", "-f", "csv");
    String[] lines = csv.split("\n");
    assertEquals("date,count", lines[0]);
    assertEquals("2010-06-06,1", lines[1]);
    assertEquals(1 + 4603, lines.length);
  }
}
