package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.time.parse.EpochUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-08-11 05:51:47                | ISO-8601",
        "2022-08-11T05:51:47.123Z           | ISO-8601",
        "20240101T101500Z                   | ISO-8601",
        "20240101101500                     | compact yyyyMMddHHmmss",
        "Tue, 3 Jun 2008 11:05:30 GMT       | RFC 2822",
        "Sun Dec  4 04:47:44 2005           | ctime",
        "[10/Oct/2000:13:55:36 -0700]       | access log dd/MMM/yyyy:HH:mm:ss Z",
        "13.03.2024 17:05                   | d.m.yyyy H:mm",
        "11/16/2021 10:40:10 AM             | m/d/yyyy h:mm:ss AM/PM",
        "2024/1/5 9:05                      | yyyy/m/d H:mm",
        "1700000000                         | epoch (unit by magnitude)",
        "1700000000123                      | epoch (unit by magnitude)",
      })
  void detectsEachFormat(String value, String name) {
    FormatDetector.Detected d = FormatDetector.detect(List.of(value, value), ZoneOffset.UTC);
    assertEquals(name, d.parser().name());
    assertEquals(2, d.parsed());
    assertEquals(2, d.sampled());
  }

  @Test
  void theIsoonCsvColumnIsReadMonthFirstWithTwoDigitYears() throws IOException {
    // The first column of the real file: BOM, CRLF, m/d/yy H:mm.
    List<String> sample = new ArrayList<>();
    List<String> lines =
        Files.readAllLines(Path.of("example_data/isoon.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, 1001)) {
      sample.add(line.substring(0, line.indexOf(',')));
    }
    FormatDetector.Detected d = FormatDetector.detect(sample, ZoneOffset.UTC);

    assertEquals("m/d/yy H:mm", d.parser().name());
    assertEquals(1000, d.parsed());
    assertEquals(
        OffsetDateTime.parse("2022-08-11T05:51:00Z").toEpochSecond(),
        d.parser().parse(sample.get(0)));
    // Days up to the 31st appear in the sample, so the order is settled, not assumed.
    assertNull(d.note(), d.note());
  }

  @Test
  void aDayOver12SettlesDayFirst() {
    FormatDetector.Detected d =
        FormatDetector.detect(List.of("01/02/2024 10:00", "13/02/2024 10:00"), ZoneOffset.UTC);
    assertEquals("d/m/yyyy H:mm", d.parser().name());
    assertEquals(2, d.parsed());
    assertEquals(
        OffsetDateTime.parse("2024-02-01T10:00:00Z").toEpochSecond(),
        d.parser().parse("01/02/2024 10:00"));
    assertNull(d.note());
  }

  @Test
  void anUnsettledOrderIsAssumedMonthFirstAndSaysSo() {
    FormatDetector.Detected d =
        FormatDetector.detect(List.of("01/02/2024 10:00", "03/04/2024 11:00"), ZoneOffset.UTC);
    assertEquals("m/d/yyyy H:mm", d.parser().name());
    assertEquals(
        OffsetDateTime.parse("2024-01-02T10:00:00Z").toEpochSecond(),
        d.parser().parse("01/02/2024 10:00"));
    assertEquals(
        "no day in the sample is over 12, so the dates are read month-first (m/d/yyyy H:mm); if"
            + " the day comes first, give --time-format '%d/%m/%Y %H:%M'",
        d.note());
  }

  @Test
  void theFormatThatReadsMostWinsAndBlanksAreNotSampled() {
    FormatDetector.Detected d =
        FormatDetector.detect(
            List.of("1700000000", "2024-01-01 10:00:00", "", "  ", "1700000001", "junk"),
            ZoneOffset.UTC);
    assertEquals("epoch (unit by magnitude)", d.parser().name());
    assertEquals(2, d.parsed());
    assertEquals(4, d.sampled());
  }

  @Test
  void nothingFitsGivesZeroParsed() {
    FormatDetector.Detected d = FormatDetector.detect(List.of("hello", "42"), ZoneOffset.UTC);
    assertEquals(0, d.parsed());
    assertEquals(2, d.sampled());
  }

  @Test
  void aForcedEpochUnitIsUsed() {
    FormatDetector.Detected d =
        FormatDetector.detect(List.of("86400000"), ZoneOffset.UTC, EpochUnit.MS);
    assertEquals("epoch ms", d.parser().name());
    assertEquals(86400, d.parser().parse("86400000"));
  }

  @Test
  void neverThrows() {
    List<String> odd = new ArrayList<>();
    odd.add(null);
    odd.add("\u0000\uffff");
    odd.add("9".repeat(10_000));
    odd.add("1/1/");
    odd.add("Mon, ");
    odd.add("[");
    assertTrue(FormatDetector.detect(odd, ZoneOffset.UTC).parsed() >= 0);
  }
}
