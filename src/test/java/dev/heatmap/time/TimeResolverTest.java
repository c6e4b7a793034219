package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.SkipReason;
import dev.heatmap.time.parse.EpochUnit;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeResolverTest {
  /** Records what the resolver hands on, in order. */
  static final class Recorder implements InstantSink {
    final List<String> events = new ArrayList<>();

    @Override
    public void instant(long epochSecond, String group) {
      events.add(java.time.Instant.ofEpochSecond(epochSecond) + (group == null ? "" : " " + group));
    }

    @Override
    public void skipped(String group) {
      events.add("skipped" + (group == null ? "" : " " + group));
    }

    @Override
    public void filtered(long epochSecond, String group) {
      events.add("filtered" + (group == null ? "" : " " + group));
    }
  }

  private final Recorder out = new Recorder();
  private final Diagnostics diagnostics = new Diagnostics("in.csv");

  private TimeResolver resolver(TimeConfig config) {
    return new TimeResolver(config, out, diagnostics);
  }

  @Test
  void detectsFromTheHeldSampleReplaysInOrderAndNotesTheChoice() {
    TimeResolver r = resolver(TimeConfig.utc());
    StringBuilder reused = new StringBuilder();
    reused.append("8/13/22 5:51");
    r.text(reused, "a", 2);
    reused.setLength(0);
    reused.append("8/11/22 23:00"); // the extractor reuses its buffer: the resolver must copy
    r.text(reused, null, 3);
    r.skip("b", 4, SkipReason.EMPTY, null);
    r.number(1_700_000_000, null, 5);
    r.text("not a date", null, 6);
    r.finish();

    assertEquals(
        List.of(
            "2022-08-13T05:51:00Z a",
            "2022-08-11T23:00:00Z",
            "skipped b",
            "2023-11-14T22:13:20Z",
            "skipped"),
        out.events);
    assertEquals(List.of("in.csv: format m/d/yy H:mm (2 of 3 samples parse)"), diagnostics.notes());
    assertEquals(
        List.of("in.csv:4: empty value", "in.csv:6: not a timestamp: \"not a date\""),
        diagnostics.messages());
  }

  @Test
  void afterTheSampleValuesStreamThroughTheChosenFormat() {
    TimeResolver r = resolver(TimeConfig.utc());
    for (int i = 0; i < TimeResolver.SAMPLE; i++) {
      r.text("2024-01-01 10:00:00", null, i + 1);
    }
    assertEquals(TimeResolver.SAMPLE, out.events.size(), "the full sample is counted at once");
    assertEquals("ISO-8601", r.parser().name());
    r.text("2024-01-02 10:00:00", null, 1001);
    assertEquals(TimeResolver.SAMPLE + 1, out.events.size());
    r.finish();
    assertEquals(TimeResolver.SAMPLE + 1, out.events.size());
    assertEquals(
        List.of("in.csv: format ISO-8601 (1000 of 1000 samples parse)"), diagnostics.notes());
  }

  @Test
  void aForcedFormatIsUsedFromTheFirstValueWithoutANote() {
    TimeResolver r =
        resolver(
            new TimeConfig(
                ZoneOffset.UTC,
                ZoneOffset.UTC,
                "%d.%m.%Y %H:%M",
                null,
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                false));
    r.text("13.03.2024 17:05", null, 1);
    assertEquals(List.of("2024-03-13T17:05:00Z"), out.events);
    r.finish();
    assertEquals(List.of(), diagnostics.notes());
  }

  @Test
  void recordsOutsideSinceAndUntilAreFilteredNotSkipped() {
    long since = OffsetDateTime.parse("2024-01-01T00:00:00Z").toEpochSecond();
    long until = OffsetDateTime.parse("2024-02-01T00:00:00Z").toEpochSecond();
    TimeResolver r =
        resolver(new TimeConfig(ZoneOffset.UTC, ZoneOffset.UTC, null, null, since, until, false));
    r.text("2023-12-31T23:59:59Z", "g", 1);
    r.text("2024-01-01T00:00:00Z", "g", 2);
    r.text("2024-01-31T23:59:59Z", null, 3);
    r.text("2024-02-01T00:00:00Z", null, 4);
    r.finish();
    assertEquals(
        List.of("filtered g", "2024-01-01T00:00:00Z g", "2024-01-31T23:59:59Z", "filtered"),
        out.events);
    assertEquals(0, diagnostics.skipped());
  }

  /** Issue 7, values: none of these may become a date such as 1970-01-01. */
  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | EMPTY",
        "'   ' | EMPTY",
        "0 | OUT_OF_RANGE",
        "-1 | NOT_A_TIMESTAMP",
        "86400 | OUT_OF_RANGE",
        "99999999999999999999999 | OUT_OF_RANGE",
        "0000-01-01 10:00:00 | NOT_A_TIMESTAMP",
        "10000-01-01 10:00:00 | NOT_A_TIMESTAMP",
        "２０２４-01-01 10:00:00 | NOT_A_TIMESTAMP",
        "١٧٠٠٠٠٠٠٠٠ | NOT_A_TIMESTAMP",
        "１７００００００００ | NOT_A_TIMESTAMP",
      })
  void hostileValuesAreSkippedAndCountedByReason(String value, SkipReason reason) {
    TimeResolver r = resolver(TimeConfig.utc());
    r.text("2024-01-01 10:00:00", null, 1); // so that the format is ISO-8601
    r.text(value, null, 2);
    r.finish();
    assertEquals(List.of("2024-01-01T10:00:00Z", "skipped"), out.events);
    assertEquals(Map.of(reason, 1L), diagnostics.skips());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "NaN",
    "Infinity",
    "-Infinity",
    "0",
    "-1700000000",
    "1e300",
    "12",
    "4102444800",
  })
  void outOfRangeNumbersAreSkipped(double value) {
    TimeResolver r = resolver(TimeConfig.utc());
    r.number(value, null, 7);
    r.finish();
    assertEquals(List.of("skipped"), out.events);
    assertEquals(Map.of(SkipReason.OUT_OF_RANGE, 1L), diagnostics.skips());
  }

  @ParameterizedTest
  @CsvSource({
    "1700000000, , 2023-11-14T22:13:20Z",
    "1700000000123, , 2023-11-14T22:13:20Z",
    "1700000000.5, , 2023-11-14T22:13:20Z",
    "1.7e18, , 2023-11-14T22:13:20Z",
    "86400000, MS, 1970-01-02T00:00:00Z",
  })
  void numbersAreEpochsInTheirUnit(double value, EpochUnit unit, String expected) {
    TimeResolver r =
        resolver(
            new TimeConfig(
                ZoneOffset.UTC, ZoneOffset.UTC, null, unit, Long.MIN_VALUE, Long.MAX_VALUE, false));
    r.number(value, null, 1);
    r.finish();
    assertEquals(List.of(expected), out.events);
  }

  @Test
  void wallTimesAreReadInTheInputZone() {
    TimeResolver r = resolver(new TimeConfig(ZoneId.of("Asia/Kolkata"), ZoneOffset.UTC));
    r.wallTime(OffsetDateTime.parse("2024-01-01T10:00:00Z").toEpochSecond(), null, 1);
    r.finish();
    assertEquals(List.of("2024-01-01T04:30:00Z"), out.events);
  }

  @Test
  void nothingFitsSaysSo() {
    TimeResolver r = resolver(TimeConfig.utc());
    r.text("hello", null, 1);
    r.finish();
    assertEquals(
        List.of(
            "in.csv: no known timestamp format fits the 1 sampled values; give --time-format if"
                + " they are timestamps"),
        diagnostics.notes());
    assertEquals(List.of("skipped"), out.events);
  }

  @Test
  void finishWithNothingHeldIsHarmlessAndIdempotent() {
    TimeResolver r = resolver(TimeConfig.utc());
    r.finish();
    r.finish();
    assertEquals(List.of(), out.events);
    assertEquals(List.of(), diagnostics.notes());
  }
}
