package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UTC offset a value carries in its own text, and the values that only look as if they did. */
class WrittenOffsetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-04T10:00:00+03:00 | 10800",
        "2024-03-04T10:00:00.123-05:30 | -19800",
        "2024-03-04T10:00:00,5+0545 | 20700",
        "2024-03-04 10:00:00+03 | 10800",
        "20240304T100000+0300 | 10800",
        "2024-03-04T10:00:00Z | 0",
        "Tue, 05 Mar 2024 10:00:00 +0300 | 10800",
        "Tue, 05 Mar 2024 10:00:00 +0300 (MSK) | 10800",
        "Tue, 05 Mar 2024 10:00:00 -0800 (PST)  | -28800",
        "Tue, 05 Mar 2024 10:00:00 GMT | 0",
        "Tue, 05 Mar 2024 10:00:00 UT | 0",
        "Tue, 05 Mar 2024 10:00:00 EDT | -14400",
        "Tue, 05 Mar 2024 10:00:00 PST | -28800",
        "Tue Mar 5 10:00:00 2024 +0300 | 10800",
        "1709622000 +0300 | 10800",
        "2024-03-04 10:00:00 UTC | 0",
      })
  void offsetsWrittenInTheValueAreRead(String value, int seconds) {
    assertEquals(seconds, WrittenOffset.of(value));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-04",
        "2024-03-04 10:00:00",
        "2024-03-04T10:00",
        "04-03-2024",
        "03-04-1230",
        "1709622000",
        "-1709622000",
        "Tue, 05 Mar 2024 10:00:00 CEST",
        "2024-03-04T10:00:00+19:00",
        "2024-03-04T10:00:00+03:75",
        "12/31/2024 10:00 AM",
        "(+0300)",
      })
  void valuesWithoutAnOffsetOfTheirOwnHaveNone(String value) {
    assertEquals(WrittenOffset.NONE, WrittenOffset.of(value));
  }
}
