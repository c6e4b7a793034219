package dev.heatmap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Time edges that read wrong: a :60 that is no leap second, an Excel serial rounding into year
 * 10000, and a JSON number landing an hour (and a day) away from the same digits in a string.
 */
class TimeEdgesTest {
  @TempDir Path dir;

  @Test
  void aSixtiethSecondOutsideTheLastMinuteOfAUtcDayIsNotALeapSecond() throws Exception {
    Cli r =
        Cli.run(
            stdin(
                "2024-01-01T10:00:00Z\n"
                    + "2024-01-01T10:00:60Z\n"
                    + "2016-12-31T23:59:60Z\n"
                    + "2017-01-01T00:59:60+01:00\n"
                    + "2024-01-01T10:59:60+01:00\n"),
            "-f",
            "json");

    Map<String, String> json = JsonFields.of(r.out());
    assertEquals("3", json.get("total"), r.err());
    assertEquals("2", json.get("skipped"));
    assertTrue(r.err().contains("<stdin>:2: not a timestamp: \"2024-01-01T10:00:60Z\""), r.err());
    assertTrue(r.err().contains("<stdin>:5: not a timestamp"), r.err());
    assertEquals("2016-12-31T23:59:59Z", json.get("first"));
  }

  @Test
  void anExcelSerialThatRoundsIntoYear10000IsOutOfRange() throws Exception {
    Path book = dir.resolve("edge.xlsx");
    Files.write(
        book,
        HostileFiles.workbook(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>when</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45292.5</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>2958465.9999999999</v></c></row>"));

    Cli r = Cli.run(book.toString(), "-f", "json");

    Map<String, String> json = JsonFields.of(r.out());
    assertEquals("1", json.get("total"), r.err());
    assertEquals("1", json.get("skipped"), r.err());
    assertEquals("2024-01-01T12:00:00Z", json.get("last"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1704067199.9999999",
        "1704067199999.9999",
        "1704067199999999.9",
        "1704067199999999999",
        "1704067199999999999.5"
      })
  void aJsonNumberLandsInTheCellOfTheSameDigitsInAString(String digits) throws Exception {
    String lines = "{\"t\":" + digits + "}\n{\"t\":\"" + digits + "\"}\n";
    for (String input : new String[] {lines, "[" + lines.replace("}\n{", "},{") + "]"}) {
      Cli r = Cli.run(stdin(input), "--type", "json", "--field", "t", "-f", "json");

      Map<String, String> json = JsonFields.of(r.out());
      assertEquals("2", json.get("total"), r.err());
      assertEquals("2023-12-31T23:59:59Z", json.get("first"), input);
      assertEquals("2023-12-31T23:59:59Z", json.get("last"), input);
    }
  }

  private static java.io.InputStream stdin(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
