package dev.heatmap.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.input.extract.Delimiters;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.time.FormatDetector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetectionTest {
  @TempDir Path dir;

  /** A small input of each type, as a file whose name says nothing. */
  private static String sample(InputType type) {
    switch (type) {
      case TEXT:
        return "text/lines.txt";
      case CSV:
        return "csv/semicolon.csv";
      case JSON:
        return "json/concatenated.json";
      case EXCEL:
        return "excel/dates.xlsx";
      case MAIL:
        return "mail/inbox.mbox";
      default:
        throw new AssertionError(type);
    }
  }

  @ParameterizedTest
  @EnumSource(InputType.class)
  void everyTypeIsRecognisedByContentAloneOnStandardInputEvenGzipped(InputType type)
      throws IOException {
    byte[] bytes = Files.readAllBytes(Extraction.fixture(sample(type)));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(bytes);
    }

    Extraction plain =
        Extraction.stdin(new ByteArrayInputStream(bytes), InputConfig.auto(FormatDetector.JUDGE));
    Extraction zipped =
        Extraction.stdin(
            new ByteArrayInputStream(gz.toByteArray()), InputConfig.auto(FormatDetector.JUDGE));

    assertEquals(type, plain.type());
    assertNull(plain.error());
    assertEquals(
        plain, new Extraction(zipped.type(), zipped.events(), zipped.notes(), zipped.error()));
    assertEquals(false, plain.events().isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "a.txt, TEXT",
    "a.log, TEXT",
    "a.csv, CSV",
    "a.tsv, CSV",
    "a.json, JSON",
    "a.jsonl, JSON",
    "a.ndjson, JSON",
    "a.xlsx, EXCEL",
    "a.xlsm, EXCEL",
    "a.xls, EXCEL",
    "a.mbox, MAIL",
    "a.eml, MAIL",
    "A.CSV.GZ, CSV",
    "a.json.gz, JSON",
    "a.dat, ",
    "a, "
  })
  void extensionsNameTheirTypeWithOrWithoutGz(String name, InputType type) {
    assertEquals(type, InputType.byFileName(name));
  }

  @Test
  void jsonLinesInATextFileAreReadAsJsonAndTheNoteSaysTheExtensionWasIgnored() throws IOException {
    Path f = dir.resolve("looks-like.json");
    Files.writeString(f, "{\"ts\":\"2024-01-01T10:00:00Z\"}\n");
    Path t = dir.resolve("braces.log");
    Files.writeString(t, "{\"ts\":\"2024-01-01T10:00:00Z\"}\n");

    InputConfig auto = InputConfig.auto(FormatDetector.JUDGE);
    assertEquals(InputType.JSON, Extraction.of(f, auto).type());
    Extraction x = Extraction.of(t, auto);
    assertEquals(InputType.JSON, x.type());
    assertTrue(
        x.notes().get(0).endsWith(": content is JSON lines (the .log extension was ignored)"),
        x.notes().toString());
    assertEquals(InputType.TEXT, Extraction.of(t, auto.withType(InputType.TEXT)).type());
  }

  @ParameterizedTest
  @CsvSource({
    "255044462D312E340A, a PDF document",
    "89504E470D0A1A0A0000, a PNG image",
    "7F454C4602010100, an ELF executable",
    "FFD8FFE000104A46, a JPEG image",
    "377ABCAF271C0004, a 7-Zip archive",
    "53514C69746520666F726D6174203300, an SQLite database",
    "32303234000031, 'binary data (NUL bytes), not text'",
  })
  void binaryFilesAreRefusedByWhatTheyAre(String hex, String what) throws IOException {
    Path f = dir.resolve("evidence.txt");
    Files.write(f, java.util.HexFormat.of().parseHex(hex));

    Extraction x = Extraction.of(f, InputConfig.auto(FormatDetector.JUDGE));

    String expected =
        what.startsWith("binary")
            ? f + ": " + what + " (supported: text, csv, json, excel, mail)"
            : f + ": " + what + ", not text (supported: text, csv, json, excel, mail)";
    assertEquals(expected, x.error());
  }

  @Test
  void aBinaryFileWithNoNameToGoByIsRefusedToo() {
    Extraction x =
        Extraction.stdin(
            new ByteArrayInputStream("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)),
            InputConfig.auto(FormatDetector.JUDGE));

    assertEquals("<stdin>: a PDF document (supported: text, csv, json, excel, mail)", x.error());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithAByteOrderMarkIsDecoded(String charset) throws IOException {
    Path f = dir.resolve("wide.csv");
    byte[] bom =
        charset.endsWith("LE")
            ? new byte[] {(byte) 0xff, (byte) 0xfe}
            : new byte[] {(byte) 0xfe, (byte) 0xff};
    byte[] body =
        "when,who\r\n2024-01-01 10:00:00,алиса\r\n"
            .getBytes(java.nio.charset.Charset.forName(charset));
    Files.write(f, concat(bom, body));

    Extraction x = Extraction.of(f, Extraction.fields(null, "who"));

    assertNull(x.error());
    assertEquals(List.of("2 text 2024-01-01 10:00:00 [алиса]"), x.events());
  }

  @Test
  void invalidUtf8BecomesTheReplacementCharacterAndReadingGoesOn() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(
        f,
        concat(
            "2024-01-01 10:00:00\n2024-01-01 1".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xc3, (byte) 0x28},
            ":00:00\n2024-01-01 12:00:00\n".getBytes(StandardCharsets.UTF_8)));

    Extraction x = Extraction.of(f, InputConfig.auto(FormatDetector.JUDGE));

    assertEquals(
        List.of(
            "1 text 2024-01-01 10:00:00",
            "2 text 2024-01-01 1\ufffd(:00:00",
            "3 text 2024-01-01 12:00:00"),
        x.events());
  }

  @Test
  void contentSniffingTellsJsonCsvAndText() {
    assertEquals(InputType.JSON, ContentSniffer.sniff(bytes("  \n[{\"a\":1}]")));
    assertEquals(InputType.CSV, ContentSniffer.sniff(bytes("a;b;c\n1;2;3\n4;5;6\n")));
    assertEquals(InputType.CSV, ContentSniffer.sniff(bytes("a\tb\n1\t2\n")));
    assertEquals(
        InputType.TEXT, ContentSniffer.sniff(bytes("2024-01-01 10:00:00\n2024-01-01 11:00:00\n")));
    assertEquals(InputType.TEXT, ContentSniffer.sniff(bytes("a,b\nc\nd,e,f\n")));
  }

  @Test
  void theDelimiterIsTheOneThatIsConsistent() {
    assertEquals(',', Delimiters.detect("a,b\n1,2\n", true));
    assertEquals(';', Delimiters.detect("a;b\n\"x;y\";2\n", true));
    assertEquals('|', Delimiters.detect("a|b|c\n1|2|3\n", true));
    assertEquals('\t', Delimiters.detect("a\tb\n1\t2\n", true));
    assertEquals(',', Delimiters.detect("a,b;c\n1,2;3\n", true));
    assertEquals(';', Delimiters.detect("a;b,c;d\n1;2;3\n", true));
    assertEquals(0, Delimiters.detect("a,b\n1\n", true));
    assertEquals(0, Delimiters.detect("a,b\n", true));
    assertEquals(',', Delimiters.detect("a,b\n", false));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
