package dev.heatmap.input.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.input.Extraction;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.text.TextExtractorTest;
import dev.heatmap.time.FormatDetector;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExtractorTest {
  private static final List<String> TWO_ROWS =
      List.of("2 text 2024-01-01 10:15:00 [alice]", "3 text 2024-01-01 11:15:00 [bob]");

  @ParameterizedTest
  @ValueSource(strings = {"csv/comma.csv", "csv/semicolon.csv", "csv/tab.tsv", "csv/pipe.csv"})
  void delimiterIsDetectedAndTheTimestampColumnChosenByItsValues(String fixture) {
    Extraction x = Extraction.of(Extraction.fixture(fixture), Extraction.fields(null, "user"));

    assertNull(x.error());
    assertEquals(InputType.CSV, x.type());
    assertEquals(TWO_ROWS, x.events());
    assertEquals(
        List.of(
            Extraction.fixture(fixture)
                + ": using column \"Time Stamp\" (2 of 2 sampled values are timestamps)"),
        x.notes());
  }

  @Test
  void aForcedDelimiterWins() {
    InputConfig config =
        new InputConfig(
            null, new FieldSpec("1"), null, null, '|', true, 1 << 20, FormatDetector.JUDGE);

    Extraction x = Extraction.of(Extraction.fixture("csv/comma.csv"), config);

    assertEquals("1 text id,Time Stamp,user", x.events().get(0));
  }

  @Test
  void bomAndCrlfAreTakenInStrideAndAnEmptyCellIsKept() {
    Extraction x =
        Extraction.of(Extraction.fixture("csv/bom-crlf.csv"), Extraction.field("timestamp"));

    assertNull(x.error());
    assertEquals(List.of("2 text 2024-01-01 10:15:00", "3 text 2024-01-01 11:15:00"), x.events());
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
    Extraction x =
        Extraction.of(Extraction.fixture("csv/quoted.csv"), Extraction.fields("WHEN", "who"));

    assertNull(x.error());
    assertEquals(
        List.of("2 text 2024-01-01 10:15:00 [alice]", "4 text 2024-01-01 11:15:00 [bob]"),
        x.events());
  }

  @Test
  void aHeaderlessFileIsRecognisedBecauseItsFirstRowIsATimestamp() {
    Extraction x = Extraction.of(Extraction.fixture("csv/no-header.csv"), Extraction.config());

    assertEquals(List.of("1 text 2024-01-01 10:15:00", "2 text 2024-01-01 11:15:00"), x.events());
    assertEquals(
        List.of(
            Extraction.fixture("csv/no-header.csv")
                + ": using column \"column 1\" (1 of 1 sampled values are timestamps)"),
        x.notes());
  }

  @Test
  void noHeaderTakesAColumnNumber() {
    InputConfig config =
        new InputConfig(
            null,
            new FieldSpec("1"),
            new FieldSpec("2"),
            null,
            null,
            true,
            1 << 20,
            FormatDetector.JUDGE);

    Extraction x = Extraction.of(Extraction.fixture("csv/no-header.csv"), config);

    assertEquals(
        List.of("1 text 2024-01-01 10:15:00 [alice]", "2 text 2024-01-01 11:15:00 [bob]"),
        x.events());
  }

  @Test
  void aColumnNameWithNoHeaderIsAnError() {
    InputConfig config =
        new InputConfig(
            null, new FieldSpec("when"), null, null, null, true, 1 << 20, FormatDetector.JUDGE);

    Extraction x = Extraction.of(Extraction.fixture("csv/no-header.csv"), config);

    assertTrue(
        x.error()
            .endsWith(
                ": --field \"when\" must be a column number (1, 2, …) when there is no header row"),
        x.error());
  }

  @Test
  void emptyAndMissingCellsAreSkippedAsEmpty() {
    Extraction x =
        Extraction.of(Extraction.fixture("csv/empty-cells.csv"), Extraction.fields("2", "when"));

    assertEquals(
        List.of(
            "2 text alice [2024-01-01 10:15:00]",
            "3 text bob [(none)]",
            "4 skip EMPTY [2024-01-01 12:15:00]",
            "5 text carol [not a time]"),
        x.events());
  }

  @Test
  void anUnknownColumnIsAnErrorListingTheColumns() {
    Extraction x = Extraction.of(Extraction.fixture("csv/comma.csv"), Extraction.field("date"));

    assertEquals(
        Extraction.fixture("csv/comma.csv")
            + ": no column \"date\" (columns, nearest first: \"id\", \"user\", \"Time Stamp\")",
        x.error());
    assertEquals(List.of(), x.events());
  }

  @Test
  void epochSecondsWrittenAsTextAreHandedOnAsNumbers() {
    Extraction x = Extraction.of(Extraction.fixture("csv/epoch.csv"), Extraction.config());

    assertEquals(List.of("2 number 1.7041032E9", "3 number 1.7041068005E9"), x.events());
  }

  @Test
  void anUnclosedQuoteInASmallFileFailsAtTheRecordsFirstLine() {
    Extraction x =
        Extraction.of(Extraction.fixture("csv/unclosed-quote.csv"), Extraction.field("when"));

    assertEquals(
        Extraction.fixture("csv/unclosed-quote.csv")
            + ":2: malformed CSV: a quoted field is not closed before the end of the file",
        x.error());
  }

  @Test
  void anUnclosedQuoteBeforeGigabytesFailsAtItsStartLineWithoutReadingThemAll() {
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(
                "when,note\n2024-01-01 10:00:00,a\n2024-01-01 11:00:00,\"never closed\n"
                    .getBytes(StandardCharsets.UTF_8)),
            TextExtractorTest.endless(2L << 30));

    Extraction x = Extraction.stdin(in, Extraction.config().withType(InputType.CSV));

    assertEquals(
        "<stdin>:3: record longer than 1048576 characters (an unclosed quote?); not read further"
            + " (see --max-line-length)",
        x.error());
    assertEquals(List.of("2 text 2024-01-01 10:00:00"), x.events());
  }
}
