package dev.heatmap.input.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.input.Extraction;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.time.FormatDetector;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonExtractorTest {
  private static Extraction stdin(String json, InputConfig config) {
    return Extraction.stdin(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        config.withType(InputType.JSON));
  }

  @Test
  void aMalformedJsonLineCostsOnlyThatLineAndIsReportedWithItsNumber() {
    Extraction x =
        Extraction.of(Extraction.fixture("json/broken.jsonl"), Extraction.fields(null, "from"));

    assertNull(x.error());
    assertEquals(
        List.of(
            "1 text 2024-01-01T10:00:00Z [alice]",
            "2 text 2024-01-01T11:00:00Z [bob]",
            "4 skip MALFORMED",
            "5 text 2024-01-01T13:00:00Z [alice]",
            "6 skip MALFORMED",
            "7 text 2024-01-01T15:00:00Z [carol]"),
        x.events());
  }

  @Test
  void aTopLevelArrayGivesOneRecordPerObjectHoldingTheKey() {
    Extraction x = Extraction.of(Extraction.fixture("json/array.json"), Extraction.config());

    assertEquals(
        List.of(
            "2 text 2024-01-01T10:00:00Z",
            "3 number 1.7041068E9",
            "4 number 1.7041104E12",
            "5 skip EMPTY"),
        x.events());
    assertEquals(
        List.of(
            Extraction.fixture("json/array.json")
                + ": using key \"ts\" (3 of 3 sampled values are timestamps)"),
        x.notes());
  }

  @Test
  void concatenatedPrettyPrintedObjectsAreRecords() {
    Extraction x = Extraction.of(Extraction.fixture("json/concatenated.json"), Extraction.config());

    assertEquals(
        List.of(
            "2 text 2020-06-01T07:59:58.280871",
            "8 text 2020-06-01T09:15:48.614923",
            "13 text 2020-06-01T09:36:09.562685"),
        x.events());
  }

  @Test
  void aSyntaxErrorInConcatenatedJsonStopsTheFileWithLineAndColumnAndEarlierRecordsCount() {
    Extraction x =
        Extraction.of(Extraction.fixture("json/concatenated-error.json"), Extraction.config());

    assertEquals(List.of("2 text 2020-06-01T07:59:58", "6 text 2020-06-01T09:15:48"), x.events());
    assertTrue(
        x.error()
            .startsWith(
                Extraction.fixture("json/concatenated-error.json")
                    + ":11:15: malformed JSON: Unexpected character (','"),
        x.error());
    assertTrue(x.error().endsWith("; stopped here (2 records before it count)"), x.error());
  }

  @Test
  void matrixExportRecordsAreTheInnermostObjectsAndGroupBySender() {
    Extraction x =
        Extraction.of(
            Extraction.fixture("json/matrix.json"),
            Extraction.fields("origin_server_ts", "sender"));

    assertEquals(
        List.of(
            "4 number 1.7041032E12 [@alice:example.org]",
            "5 number 1.7041068E12 [@bob:example.org]",
            "6 number 1.7041104E12 [@carol:example.org]",
            "7 number 1.704114E12 [@alice:example.org]"),
        x.events());
  }

  @Test
  void aGroupHeldByAnEnclosingObjectApplies() {
    Extraction x =
        Extraction.of(Extraction.fixture("json/matrix.json"), Extraction.fields(null, "room_name"));

    assertEquals(4, x.events().size());
    assertTrue(x.events().stream().allMatch(e -> e.endsWith(" [ops]")), x.events().toString());
  }

  @Test
  void telegramIsReadAsItsProfileTheServiceMessageCountedApart() {
    Extraction x =
        Extraction.of(Extraction.fixture("json/telegram.json"), Extraction.fields(null, "from"));

    assertEquals(List.of("7 number 1.7041068E9 [alice]", "8 number 1.7041104E9 [bob]"), x.events());
    assertEquals(
        List.of(
            Extraction.fixture("json/telegram.json")
                + ": Telegram Desktop export: messages[].date_unixtime, 2 messages"
                + " (1 service messages not counted)"),
        x.notes());
  }

  @ParameterizedTest
  @CsvSource({
    "json/nested.jsonl, event.created, event.host.name",
    "json/nested.jsonl, /event/created, /event/host/name",
    "json/dotted-key.jsonl, event.created, ",
  })
  void dottedPathsAndPointersNameNestedValues(String fixture, String field, String group) {
    InputConfig config = group == null ? Extraction.field(field) : Extraction.fields(field, group);

    Extraction x = Extraction.of(Extraction.fixture(fixture), config);

    assertNull(x.error());
    assertEquals(2, x.events().size(), x.events().toString());
    assertTrue(x.events().get(0).startsWith("1 text 2024-01-01T10:00:00Z"), x.events().toString());
    if (group != null) {
      assertEquals("2 text 2024-01-01T11:00:00Z [web2]", x.events().get(1));
    }
  }

  @Test
  void aPointerIsAnchoredAtTheRootAndTheElementsOfATopLevelArray() {
    String json = "[{\"a\":{\"ts\":\"2024-01-01T10:00:00Z\"}},{\"ts\":\"2024-01-01T11:00:00Z\"}]";

    Extraction x = stdin(json, Extraction.field("/ts"));

    assertEquals(List.of("1 text 2024-01-01T11:00:00Z"), x.events());
  }

  @Test
  void nanInfinityAndHugeNumbersArePassedOnToBeSkippedAsOutOfRange() {
    Extraction x =
        Extraction.of(Extraction.fixture("json/non-finite.jsonl"), Extraction.field("ts"));

    assertNull(x.error());
    assertEquals(
        List.of(
            "1 number NaN",
            "2 number Infinity",
            "3 number -Infinity",
            "4 number Infinity",
            "5 number 1.2345678901234568E29",
            "6 number 1.7041032E9"),
        x.events());
  }

  @Test
  void aKeyNoObjectHoldsIsAnError() {
    Extraction x = Extraction.of(Extraction.fixture("json/array.json"), Extraction.field("when"));

    assertEquals(
        Extraction.fixture("json/array.json")
            + ": no object holds \"when\" (keys, nearest first: \"other\", \"ts\")",
        x.error());
  }

  @Test
  void deepNestingIsAnErrorForTheFileNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    Extraction x = stdin("{\"ts\":\"2024-01-01T10:00:00Z\"}\n" + deep, Extraction.field("ts"));

    assertEquals(List.of("1 text 2024-01-01T10:00:00Z"), x.events());
    assertEquals(
        "<stdin>:2:258: refused, over a safety limit: Document nesting depth (257) exceeds the"
            + " maximum allowed (256); stopped here (1 records before it count)",
        x.error());
  }

  @Test
  void deepNestingOnAJsonLineCostsThatLine() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String lines =
        "{\"ts\":\"2024-01-01T10:00:00Z\"}\n" + deep + "\n{\"ts\":\"2024-01-01T11:00:00Z\"}\n";

    Extraction x =
        Extraction.stdin(
            new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
            new InputConfig(
                InputType.JSON,
                new FieldSpec("ts"),
                null,
                null,
                null,
                false,
                1 << 20,
                FormatDetector.JUDGE));

    assertEquals(
        List.of("1 text 2024-01-01T10:00:00Z", "2 skip MALFORMED", "3 text 2024-01-01T11:00:00Z"),
        x.events());
  }

  @Test
  void aTimestampStringLongerThanTheLimitStopsTheFile() {
    String json = "{\"ts\":\"2024-01-01T10:00:00Z\"} {\"ts\":\"" + "9".repeat(100_000) + "\"}";

    Extraction x =
        Extraction.stdin(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            new InputConfig(
                InputType.JSON,
                new FieldSpec("ts"),
                null,
                null,
                null,
                false,
                1000,
                FormatDetector.JUDGE));

    assertEquals(List.of("1 text 2024-01-01T10:00:00Z"), x.events());
    assertTrue(x.error().contains("refused, over a safety limit: String value length"), x.error());
  }

  /** Pretty-printed objects, {@code n} of them, each with a timestamp and some text. */
  private static String prettyObjects(int from, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      sb.append("{\n  \"ts\": \"2024-01-0")
          .append(1 + i % 7)
          .append("T10:00:00Z\",\n  \"body\": \"message number ")
          .append(i)
          .append(" of the export\"\n}\n");
    }
    return sb.toString();
  }

  @Test
  void aLongInputIsSampledFromItsStartAsAShortOneIs() {
    // Over the look-ahead's first 64 KiB: the key is chosen from the same first values.
    Extraction x = stdin(prettyObjects(0, 5000), Extraction.config());

    assertEquals(5000, x.events().size());
    assertEquals(
        List.of("<stdin>: using key \"ts\" (100 of 100 sampled values are timestamps)"), x.notes());
  }

  @Test
  void aFirstValueLongerThanTheFirstKilobytesStillLeavesTheChoiceToTheWholeLookAhead() {
    // The first object's text runs past 64 KiB, so the start alone samples too little.
    String blob =
        "{\n  \"ts\": \"2024-01-01T09:00:00Z\",\n  \"body\": \"" + "x".repeat(70_000) + "\"\n}\n";
    Extraction x = stdin(blob + prettyObjects(1, 300), Extraction.config());

    assertEquals(301, x.events().size());
    assertEquals(
        List.of("<stdin>: using key \"ts\" (100 of 100 sampled values are timestamps)"), x.notes());
  }

  @Test
  void jsonLinesAreRecognisedWhenTheFirstLineAloneOutgrowsTheFirstKilobytes() {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"ts\": \"2024-01-01T09:00:00Z\", \"body\": \"")
        .append("y".repeat(70_000))
        .append("\"}\n");
    for (int i = 0; i < 20; i++) {
      sb.append("{\"ts\": \"2024-01-02T09:00:00Z\", \"body\": \"short\"}\n");
    }
    sb.append("{\"ts\": broken}\n");
    Extraction x = stdin(sb.toString(), Extraction.config());

    // As JSON lines, the broken last line costs only itself.
    assertNull(x.error());
    assertEquals(22, x.events().size());
    assertEquals("22 skip MALFORMED", x.events().get(21));
  }

  @Test
  void valuesKeptAsBytesDecodeAsJacksonWouldWhenReadAsText() {
    // Raw UTF-8, an invalid byte and an escape, in pretty-printed and in line form.
    byte[] head = "{\n  \"ts\": \"2024-01-0".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String tail : new String[] {"1T10:00:00Z", "2 é 10:00", "3\\u00e9", "4"}) {
      out.writeBytes(head);
      out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
      if (tail.equals("4")) {
        out.write(0xff);
      }
      out.writeBytes("\"\n}\n".getBytes(StandardCharsets.UTF_8));
    }
    Extraction x =
        Extraction.stdin(
            new ByteArrayInputStream(out.toByteArray()),
            Extraction.config().withType(InputType.JSON));

    assertEquals(
        List.of(
            "2 text 2024-01-01T10:00:00Z",
            "5 text 2024-01-02 é 10:00",
            "8 text 2024-01-03é",
            "11 text 2024-01-04\ufffd"),
        x.events());
  }
}
