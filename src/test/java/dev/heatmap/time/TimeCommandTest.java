package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Main;
import dev.heatmap.cli.Run;
import dev.heatmap.testing.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time options end to end, through {@link Main#run}. */
class TimeCommandTest {
  @Test
  void epochSecondsInNewYorkWithSundayFirstGiveTheGridPythonZoneinfoGives() throws IOException {
    Path resources = Path.of("src/test/resources/time");
    String epochs = Files.readString(resources.resolve("epochs.txt"));
    Map<String, Object> expected =
        JsonTree.parse(Files.readString(resources.resolve("epochs-new-york-sunday.json")));

    Run r = Run.of(epochs, "--tz", "America/New_York", "--week-start", "sunday", "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals("America/New_York", json.get("timezone"));
    assertEquals(expected.get("days"), json.get("days"));
    assertEquals(expected.get("total"), json.get("total"));
    assertEquals(expected.get("counts"), json.get("counts"));
    // And independently, with java.time.
    long[][] counts = new long[7][24];
    for (String line : epochs.split("\n")) {
      ZonedDateTime z =
          Instant.ofEpochSecond(Long.parseLong(line)).atZone(ZoneId.of("America/New_York"));
      counts[z.getDayOfWeek().getValue() % 7][z.getHour()]++;
    }
    List<?> rows = (List<?>) json.get("counts");
    for (int d = 0; d < 7; d++) {
      for (int h = 0; h < 24; h++) {
        assertEquals(counts[d][h], ((List<?>) rows.get(d)).get(h), d + " " + h);
      }
    }
    assertTrue(r.err().contains("<stdin>: format epoch (unit by magnitude) (592 of 592"), r.err());
  }

  @Test
  void aStrftimeFormatReadsDayFirstDates() throws IOException {
    Run r = Run.of("13.03.2024 17:05\n", "--time-format", "%d.%m.%Y %H:%M", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals(1L, json.get("total"));
    assertEquals(1L, cell(json, 2, 17), "Wednesday 17:00");
    assertEquals("2024-03-13T17:05:00Z", json.get("first"));
  }

  @ParameterizedTest
  @CsvSource({"example_data/isoon.txt", "example_data/isoon.csv", "example_data/isoon.xlsx"})
  void inferTzOnTheISoonDataNamesChinasOffsetFirst(String file) throws IOException {
    Run r = Run.of("", file, "--infer-tz", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    @SuppressWarnings("unchecked")
    Map<String, Object> tz = (Map<String, Object>) r.json().get("tz_inference");
    assertEquals("+08:00", tz.get("best"));
    @SuppressWarnings("unchecked")
    Map<String, Object> first = ((List<Map<String, Object>>) tz.get("candidates")).get(0);
    assertEquals("+08:00", first.get("offset"));
    assertEquals("Asia/Shanghai", ((List<?>) first.get("zones")).get(0));
    assertTrue(((List<?>) first.get("dst_fit")).contains("Asia/Shanghai"));
    // The tempered posterior (issue 15) spreads the score over the neighbouring hours: +08:00
    // leads.
    @SuppressWarnings("unchecked")
    Map<String, Object> second = ((List<Map<String, Object>>) tz.get("candidates")).get(1);
    double score = ((Number) first.get("score")).doubleValue();
    assertTrue(score > 0.4 && score > ((Number) second.get("score")).doubleValue(), tz.toString());
    assertEquals(
        "the activity keeps its UTC hours all year: no daylight saving time", tz.get("dst"));
    assertEquals(null, tz.get("warning"));
    assertEquals(5, ((List<?>) tz.get("candidates")).size());
    assertTrue(
        r.err().lines().noneMatch(l -> l.contains("+08:00")), "the ranking is in the report");
  }

  @Test
  void sinceAndUntilDropRecordsAndCountThemAsFiltered() throws IOException {
    String in =
        "2024-01-31 23:59:59\n2024-02-01 00:00:00\n2024-02-29 23:00:00\n2024-03-01 00:00:00\nbad\n";
    Run r = Run.of(in, "--since", "2024-02-01", "--until", "2024-02-29", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals(2L, json.get("total"));
    assertEquals(2L, json.get("filtered"));
    assertEquals(1L, json.get("skipped"));
  }

  @Test
  void aRangeThatMissesTheDataSaysWhereTheDataIs() {
    String[] args = {"example_data/isoon.txt", "--since", "2030-01-01", "--input-tz", "UTC", "-q"};
    Run r = Run.of("", args);
    assertEquals(1, r.exitCode());
    assertEquals(
        "heatmap: 16,823 timestamps read, all outside --since/--until"
            + " (data spans 2010-06-05 … 2023-01-11)\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void sinceIsReadInTheGridsZone() throws IOException {
    // 2024-02-01 in Tokyo starts at 2024-01-31T15:00Z.
    String in = "2024-01-31T14:59:59Z\n2024-01-31T15:00:00Z\n";
    Run r = Run.of(in, "--tz", "Asia/Tokyo", "--since", "2024-02-01", "-f", "json");
    assertEquals(1L, r.json().get("total"));
    assertEquals(1L, r.json().get("filtered"));
    Run t = Run.of(in, "--since", "2024-01-31T15:00:00Z", "-f", "json");
    assertEquals(1L, t.json().get("total"));
  }

  @Test
  void theWeekStartReordersDaysAndRowsTogether() throws IOException {
    String in = "2024-01-07 10:00:00\n2024-01-08 11:00:00\n"; // a Sunday and a Monday
    Map<String, Object> json = Run.of(in, "--week-start", "sunday", "-f", "json").json();
    assertEquals(
        List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
        json.get("days"));
    assertEquals(1L, cell(json, 0, 10));
    assertEquals(1L, cell(json, 1, 11));
    Map<String, Object> monday = Run.of(in, "-f", "json").json();
    assertEquals("Monday", ((List<?>) monday.get("days")).get(0));
    assertEquals(1L, cell(monday, 6, 10));
    assertEquals(1L, cell(monday, 0, 11));
  }

  @ParameterizedTest
  @CsvSource({"UTC, UTC", "+05:30, +05:30", "UTC+5:30, +05:30", "Europe/Moscow, Europe/Moscow"})
  void theJsonNamesTheZoneUsed(String tz, String label) throws IOException {
    assertEquals(
        label, Run.of("2024-01-01 10:00:00\n", "--tz", tz, "-f", "json").json().get("timezone"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--tz | Mars/Olympus | unknown time zone 'Mars/Olympus'",
        "--input-tz | +25:00 | unknown time zone '+25:00'",
        "--time-format | %Y-%m-%d | bad --time-format '%Y-%m-%d': it has no hour",
        "--epoch-unit | fortnights | unknown --epoch-unit 'fortnights'",
        "--since | yesterday | bad --since 'yesterday'",
        "--week-start | tuesday | unknown --week-start 'tuesday'",
        "--hour-format | 13 | unknown --hour-format '13'",
      })
  void badTimeOptionsAreUsageErrors(String option, String value, String message) {
    Run r = Run.of("2024-01-01 10:00:00\n", option, value);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("heatmap: " + message), r.err());
  }

  @Test
  void sinceAfterUntilIsAUsageError() {
    Run r = Run.of("", "--since", "2024-02-01", "--until", "2024-01-01");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("heatmap: --since 2024-02-01 is not before --until"), r.err());
  }

  @Test
  void anAssumedMonthFirstOrderIsToldOnStderr() throws IOException {
    Run r = Run.of("01/02/2024 10:00\n03/04/2024 11:00\n", "-f", "json");
    assertEquals(0, r.exitCode());
    assertTrue(
        r.err()
            .contains(
                "<stdin>: format m/d/yyyy H:mm (2 of 2 samples parse); no day"
                    + " in the sample is over 12, so the dates are read month-first"),
        r.err());
    assertEquals(1L, cell(r.json(), 1, 10), "Tuesday 2 January");
  }

  /** Issue 7, values: nothing hostile becomes a date, least of all 1970-01-01. */
  @Test
  void hostileValuesInJsonAreSkippedAndCountedNeverMadeIntoDates() throws IOException {
    String in =
        String.join(
            "\n",
            "{\"ts\": 1700000000}",
            "{\"ts\": 0}",
            "{\"ts\": -1}",
            "{\"ts\": 1e300}",
            "{\"ts\": \"\"}",
            "{\"ts\": \"0000-01-01 10:00:00\"}",
            "{\"ts\": \"10000-01-01 10:00:00\"}",
            "{\"ts\": \"\uff12\uff10\uff12\uff14-01-01 10:00:00\"}",
            "{\"ts\": \"2024-02-30 10:00:00\"}",
            "{\"ts\": \"2024-01-01 10:00:00\"}",
            "");
    Run r = Run.of(in, "--type", "json", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = r.json();
    assertEquals(2L, json.get("total"), r.err());
    assertEquals(8L, json.get("skipped"), r.err());
    assertEquals("2023-11-14T22:13:20Z", json.get("first"));
    assertEquals("2024-01-01T10:00:00Z", json.get("last"));
    assertEquals(0L, cell(json, 3, 0), "no Thursday 1970-01-01 00:00");
  }

  @Test
  void theHelpShowsThePatternsWithoutPicocliWarnings() {
    java.io.PrintStream saved = System.err;
    ByteArrayOutputStream tracer = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(tracer, true, StandardCharsets.UTF_8));
      Run r = Run.of("", "--help");
      assertEquals(0, r.exitCode());
      // picocli wraps lines, even inside a pattern: join them before looking.
      assertTrue(r.out().replaceAll("\\n\\s+", "").contains("'%Y-%m-%d %H:%M:%S'"), r.out());
    } finally {
      System.setErr(saved);
    }
    assertEquals("", tracer.toString(StandardCharsets.UTF_8));
  }

  static long cell(Map<String, Object> json, int row, int hour) {
    return (Long) ((List<?>) ((List<?>) json.get("counts")).get(row)).get(hour);
  }

  /** A small JSON reader over Jackson's streaming parser. */
}
