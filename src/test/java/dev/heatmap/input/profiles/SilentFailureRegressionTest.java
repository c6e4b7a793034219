package dev.heatmap.input.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eleven silent wrong answers of issue 14, one test each, named for what broke: each read
 * exited 0 with a plausible grid and only the usual note. The chat and log cases use the golden
 * exports under {@code src/test/resources/profiles/} (their expected totals were computed from the
 * events they were written from); the column cases have their own fixtures.
 */
class SilentFailureRegressionTest {
  private static final Path PROFILES = Path.of("src/test/resources/profiles");
  private static final Path REGRESSIONS = Path.of("src/test/resources/regressions");

  @TempDir Path dir;

  private static Map<String, Object> json(Run r) throws IOException {
    assertEquals(0, r.exitCode(), r.err());
    return JsonTree.parse(r.out());
  }

  private static long total(String... args) throws IOException {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-f";
    all[args.length + 1] = "json";
    Run r = Run.of("", all);
    Map<String, Object> json = json(r);
    assertEquals(0L, json.get("skipped"), r.err());
    return (Long) json.get("total");
  }

  private static String golden(String profile, String file) {
    return PROFILES.resolve(profile).resolve("export").resolve(file).toString();
  }

  @Test
  void slackThreadReplyStubsAndEditsAreNotCountedAgain() throws IOException {
    assertEquals(12, total(golden("slack-channel", "incident-42")));
    assertEquals(22, total(PROFILES.resolve("slack-workspace/export").toString()));
  }

  @Test
  void elementThreadLatestEventAndRedactionAreNotCountedAgain() throws IOException {
    assertEquals(
        14,
        total(
            golden(
                "element-matrix", "matrix - Ops - Chat Export - 2023-02-01T10-00-00.000Z.json")));
  }

  @Test
  void rocketChatUpdatedAtIsNotASecondRecord() throws IOException {
    assertEquals(12, total(golden("rocketchat-mongoexport", "rocketchat_message.json")));
  }

  @Test
  void telegramContactsProfilePicturesAndServiceMessagesAreNotMessages() throws IOException {
    Run r = Run.of("", golden("telegram-desktop-full", "result.json"), "-f", "json");
    assertEquals(27L, json(r).get("total"));
    assertTrue(r.err().contains("27 messages (2 service messages not counted)"), r.err());
  }

  @Test
  void discordSnowflakeIdsAreNotReadAsNanosecondEpochs() throws IOException {
    assertEquals(
        15,
        total(golden("discordchatexporter", "Test Server - general [755802473426370560].json")));
    // Without the profile's shape too: an id of snowflakes is never the time.
    Path f = dir.resolve("ids.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"755802473426370590\",\"created\":\"2023-01-02T10:00:00Z\"}\n"
            + "{\"id\":\"755802473426370591\",\"created\":\"2023-01-02T11:00:00Z\"}\n");
    Run r = Run.of("", f.toString(), "-f", "json");
    assertEquals("2023-01-02T10:00:00Z", json(r).get("first"), r.err());
  }

  @Test
  void twitterApiIdIsNotATime() throws IOException {
    Run r = Run.of("", golden("twitter-api-v1", "tweets.jsonl"), "-f", "json");
    Map<String, Object> json = json(r);
    assertEquals(12L, json.get("total"));
    assertTrue(((String) json.get("first")).startsWith("2023-01-0"), r.err());
  }

  @Test
  void twitterCreatedAtWithTheYearLastIsATimestamp() throws IOException {
    Run r = Run.of("Wed Oct 10 20:19:24 +0000 2018\n", "-f", "json");
    assertEquals("2018-10-10T20:19:24Z", json(r).get("first"), r.err());
  }

  @Test
  void entraNestedAuthenticationStepsAreNotSecondSignIns() throws IOException {
    assertEquals(
        12, total(golden("entra-signins", "InteractiveSignIns_2023-01-02_2023-01-09.json")));
    // A sign-in log that is not the portal's layout: the record's own time still wins.
    Path f = dir.resolve("signins.json");
    Files.writeString(
        f,
        "[{\"createdDateTime\":\"2023-01-02T10:00:00Z\",\"authenticationDetails\":["
            + "{\"authenticationStepDateTime\":\"2023-01-02T10:00:00Z\"},"
            + "{\"authenticationStepDateTime\":\"2023-01-02T10:00:30Z\"}]},"
            + "{\"createdDateTime\":\"2023-01-02T12:00:00Z\",\"authenticationDetails\":["
            + "{\"authenticationStepDateTime\":\"2023-01-02T12:00:00Z\"},"
            + "{\"authenticationStepDateTime\":\"2023-01-02T12:00:40Z\"}]}]");
    assertEquals(2, total(f.toString()));
  }

  @Test
  void aDateOnlyColumnDoesNotWinOverTheDateTimeColumn() throws IOException {
    Run csv =
        Run.of(
            "",
            REGRESSIONS.resolve("date-only-column-beside-date-time.csv").toString(),
            "-f",
            "json");
    assertEquals("2024-03-04T14:22:10Z", json(csv).get("first"), csv.err());

    Path xlsx = dir.resolve("incident.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      CellStyle day = wb.createCellStyle();
      day.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle stamp = wb.createCellStyle();
      stamp.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
      Sheet s = wb.createSheet("Timeline");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("Date Added");
      h.createCell(1).setCellValue("Event Time");
      List<LocalDateTime> times =
          List.of(
              LocalDateTime.of(2024, 3, 4, 14, 22, 10),
              LocalDateTime.of(2024, 3, 4, 16, 5, 0),
              LocalDateTime.of(2024, 3, 5, 9, 12, 45));
      for (int i = 0; i < times.size(); i++) {
        Row r = s.createRow(i + 1);
        r.createCell(0).setCellValue(times.get(i).toLocalDate().atStartOfDay());
        r.getCell(0).setCellStyle(day);
        r.createCell(1).setCellValue(times.get(i));
        r.getCell(1).setCellStyle(stamp);
      }
      wb.write(out);
    }
    Run x = Run.of("", xlsx.toString(), "-f", "json");
    assertEquals("2024-03-04T14:22:10Z", json(x).get("first"), x.err());
    assertTrue(x.err().contains("using column \"Event Time\""), x.err());
  }

  @Test
  void separateDateAndTimeColumnsCombine() throws IOException {
    Path f = REGRESSIONS.resolve("separate-date-and-time-columns.csv");
    Run r = Run.of("", f.toString(), "-f", "json");
    Map<String, Object> json = json(r);
    assertEquals(3L, json.get("total"));
    assertEquals("2024-03-04T14:22:10Z", json.get("first"), r.err());
    assertTrue(r.err().contains("using columns \"Date\" + \"Time\""), r.err());

    Run forced = Run.of("", f.toString(), "-f", "json", "--field", "Date+Time");
    assertEquals("2024-03-05T09:12:45Z", json(forced).get("last"), forced.err());

    // A workbook with a date cell and a time cell per row.
    Path xlsx = dir.resolve("dates-and-times.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      CellStyle day = wb.createCellStyle();
      day.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
      CellStyle clock = wb.createCellStyle();
      clock.setDataFormat(wb.createDataFormat().getFormat("hh:mm:ss"));
      Sheet s = wb.createSheet("Log");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("Date");
      h.createCell(1).setCellValue("Time");
      h.createCell(2).setCellValue("User");
      List<LocalDateTime> times =
          List.of(
              LocalDateTime.of(2024, 3, 4, 14, 22, 10),
              LocalDateTime.of(2024, 3, 4, 16, 5, 0),
              LocalDateTime.of(2024, 3, 5, 9, 12, 45));
      for (int i = 0; i < times.size(); i++) {
        Row row = s.createRow(i + 1);
        row.createCell(0).setCellValue(times.get(i).toLocalDate().atStartOfDay());
        row.getCell(0).setCellStyle(day);
        row.createCell(1).setCellValue(times.get(i).toLocalTime().toSecondOfDay() / 86400.0);
        row.getCell(1).setCellStyle(clock);
        row.createCell(2).setCellValue(i % 2 == 0 ? "alice" : "bob");
      }
      wb.write(out);
    }
    Run x = Run.of("", xlsx.toString(), "-f", "json");
    Map<String, Object> book = json(x);
    assertEquals("2024-03-04T14:22:10Z", book.get("first"), x.err());
    assertEquals("2024-03-05T09:12:45Z", book.get("last"), x.err());
    assertTrue(x.err().contains("using columns \"Date\" + \"Time\""), x.err());
  }

  @Test
  void dayFirstCsvWhoseFirstThousandRowsHaveDaysUpTo12IsNotReadMonthFirst() throws IOException {
    Path f = REGRESSIONS.resolve("day-first-after-1000-ambiguous-rows.csv");
    Run r = Run.of("", f.toString(), "-f", "json");
    Map<String, Object> json = json(r);
    assertEquals(4000L, json.get("total"), r.err());
    assertEquals(0L, json.get("skipped"), r.err());
    assertTrue(r.err().contains("format d.m.yyyy H:mm"), r.err());

    // Read from a pipe nothing but the start can be sampled: the contradiction stops the input,
    // naming the line, instead of skipping two thirds of it in silence.
    Run piped = Run.of(Files.newInputStream(f), "-", "-f", "json");
    assertEquals(1, piped.exitCode(), piped.err());
    assertTrue(
        piped
            .err()
            .contains(
                ":1002: \"13.01.2024 07:03\" has a day over 12, but the dates from"
                    + " line 2 on were read month-first"),
        piped.err());
  }
}
