package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.testing.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs and chats on the command line (issue 13): notes, --regex, --year, --group-by, failures. */
class LogLayoutCommandTest {
  @TempDir Path dir;

  private static final String ACCESS =
      "203.0.113.9 - alice [18/Mar/2024:10:15:31 +0100] \"GET / HTTP/1.1\" 200 512\n"
          + "203.0.113.9 - - [18/Mar/2024:23:15:31 -0500] \"GET /x HTTP/1.1\" 404 0\n"
          + "10.0.0.1 - bob [19/Mar/2024:00:00:01 +0000] \"POST /login HTTP/1.1\" 302 -\n";

  @Test
  void anAccessLogIsReadWithNoFlagsAndTheNoteNamesTheLayout() throws IOException {
    Path f = dir.resolve("access.log");
    Files.writeString(f, ACCESS);

    Run r = Run.of("", f.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals(3L, json.get("total"));
    assertEquals(0L, json.get("continuation"));
    assertEquals("2024-03-18T09:15:31Z", json.get("first"));
    assertEquals("2024-03-19T04:15:31Z", json.get("last"));
    assertTrue(
        r.err()
            .startsWith(
                "heatmap: "
                    + f
                    + ": layout web server access log (NCSA common/combined) (3 of 3 sampled lines"
                    + " carry its timestamp)\n"),
        r.err());
  }

  @Test
  void aLayoutFieldGroupsAndAnUnknownOneIsAUsageErrorListingTheFields() throws IOException {
    Path f = dir.resolve("access.log");
    Files.writeString(f, ACCESS);

    Run byStatus = Run.of("", f.toString(), "-f", "json", "--group-by", "status");
    Run unknown = Run.of("", f.toString(), "--group-by", "referrer");

    assertEquals(0, byStatus.exitCode(), byStatus.err());
    List<?> groups = (List<?>) JsonTree.parse(byStatus.out()).get("groups");
    assertEquals(3, groups.size());
    assertEquals(2, unknown.exitCode());
    assertTrue(
        unknown
            .err()
            .contains(
                "--group-by referrer: the web server access log (NCSA common/combined) layout has"
                    + " the fields client, user, status"),
        unknown.err());
  }

  @Test
  void aRegexFindsTheTimestampAndANamedGroupGroups() throws IOException {
    Path f = dir.resolve("custom.txt");
    Files.writeString(
        f,
        "job=7 user=ann at=2024-03-05T10:00:00Z ok\n"
            + "job=8 user=bo at=2024-03-05T11:00:00Z ok\n"
            + "a line the pattern does not match\n");

    Run r =
        Run.of(
            "",
            f.toString(),
            "-f",
            "json",
            "--regex",
            "user=(?<user>\\S+) at=(?<ts>\\S+)",
            "--group-by",
            "user");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals(2L, json.get("total"));
    assertEquals(1L, json.get("skipped"));
    assertEquals(2, ((List<?>) json.get("groups")).size()); // the line not matching has none
    assertTrue(r.err().contains("not matching --regex"), r.err());
  }

  @Test
  void aBadRegexOrYearIsAUsageError() {
    Run regex = Run.of("", "-", "--regex", "(?<ts>[");
    Run year = Run.of("", "-", "--year", "24");

    assertEquals(2, regex.exitCode());
    assertTrue(regex.err().startsWith("heatmap: bad --regex: "), regex.err());
    assertEquals(2, year.exitCode());
    assertTrue(
        year.err().startsWith("heatmap: --year must be a four-digit year, not '24'\n"), year.err());
  }

  @Test
  void aRotatedSyslogAcrossNewYearTakesItsYearsFromTheModificationTime() throws IOException {
    Path f = dir.resolve("auth.log.1");
    Files.writeString(
        f,
        "Dec 31 23:59:58 gw sshd[1]: one\n" // a Sunday in 2023
            + "Jan  1 00:00:02 gw sshd[1]: two\n"); // a Monday in 2024
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-01-02T08:00:00Z")));

    Run r = Run.of("", f.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    Map<String, Object> json = JsonTree.parse(r.out());
    assertEquals("2023-12-31T23:59:58Z", json.get("first"));
    assertEquals("2024-01-01T00:00:02Z", json.get("last"));
    assertTrue(
        r.err()
            .contains(
                "the dates have no year: the first is taken as 2023 (from the file's modification"
                    + " time, 2024-01-02, as the latest possible date of the last line; give"
                    + " --year to choose)"),
        r.err());
  }

  @Test
  void linesWithNoTimestampFailQuotingTheFirstLineAndSuggestingRegex() throws IOException {
    Path f = dir.resolve("notes.txt");
    Files.writeString(f, "\n  shopping: milk, eggs\nand bread\n");

    Run r = Run.of("", f.toString());

    assertEquals(1, r.exitCode());
    assertTrue(
        r.err()
            .contains(
                "heatmap: "
                    + f
                    + ": the first line is \"shopping: milk, eggs\": no known log layout or"
                    + " timestamp format fits it; try: heatmap "
                    + f
                    + " --regex '^(?<ts>\\S+ \\S+)'"),
        r.err());
  }

  @Test
  void linesWithOnlyATimeOfDaySayTheDateIsMissing() throws IOException {
    Path f = dir.resolve("channel.log");
    Files.writeString(f, "[10:15:31] <ann> hi\n[10:16:02] <bo> hello\n");

    Run r = Run.of("", f.toString());

    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains(": the lines carry only a time of day, no date; "), r.err());
    assertTrue(r.err().contains("cp " + f + " 2024-03-05.log"), r.err());
  }

  private static String zeek(String fields, String... rows) {
    StringBuilder sb =
        new StringBuilder("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n")
            .append("#unset_field\t-\n#path\tconn\n#fields\t")
            .append(fields)
            .append('\n');
    for (String r : rows) {
      sb.append(r).append('\n');
    }
    return sb.toString();
  }

  @Test
  void zeekFieldsNameTheGroupsAndAFractionOfASecondNeverMovesTheHour() throws IOException {
    Path f = dir.resolve("conn.log");
    Files.writeString(
        f,
        zeek(
                "ts\tuid\tid.orig_h\tservice",
                "1709683199.999999\tCa1\t10.0.0.2\tdns", // Tue 2024-03-05 23:59:59.999999
                "1709683200.000001\tCb2\t10.0.0.3\t-", // Wed 00:00:00.000001
                "1709686800.5\tCc3\t10.0.0.2\t(empty)")
            // a second log appended, its columns in another order
            + zeek("uid\tid.orig_h\tts", "Cd4\t10.0.0.3\t1709690400.25"));

    Run byHost = Run.of("", f.toString(), "-f", "json", "--group-by", "id.orig_h");
    Run byService = Run.of("", f.toString(), "-f", "json", "--group-by", "service");
    Run unknown = Run.of("", f.toString(), "--group-by", "host");

    assertEquals(0, byHost.exitCode(), byHost.err());
    Map<String, Object> json = JsonTree.parse(byHost.out());
    assertEquals(4L, json.get("total"));
    assertEquals("2024-03-05T23:59:59Z", json.get("first"));
    assertEquals("2024-03-06T02:00:00Z", json.get("last"));
    List<?> tue = (List<?>) ((List<?>) json.get("counts")).get(1);
    List<?> wed = (List<?>) ((List<?>) json.get("counts")).get(2);
    assertEquals(1L, tue.get(23));
    assertEquals(List.of(1L, 1L, 1L), List.of(wed.get(0), wed.get(1), wed.get(2)));
    assertEquals(Map.of("10.0.0.2", 2L, "10.0.0.3", 2L), groupTotals(json));
    assertEquals(0, byService.exitCode(), byService.err());
    assertEquals(Map.of("dns", 1L, "(none)", 3L), groupTotals(JsonTree.parse(byService.out())));
    assertEquals(2, unknown.exitCode());
    assertTrue(
        unknown
            .err()
            .contains(
                "--group-by host: the Zeek TSV log layout has the fields ts, uid, id.orig_h,"
                    + " service"),
        unknown.err());
  }

  private static Map<String, Long> groupTotals(Map<String, Object> json) {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (Object o : (List<?>) json.get("groups")) {
      Map<?, ?> g = (Map<?, ?>) o;
      out.put((String) g.get("name"), (Long) g.get("total"));
    }
    return out;
  }

  @Test
  void anAccessLogDateWithoutOffsetIsReadWithACautionSayingWhatWasSeen() throws IOException {
    Path f = dir.resolve("access.log");
    Files.writeString(
        f,
        "203.0.113.9 - - [18/Mar/2024:10:15:31] \"GET / HTTP/1.1\" 200 512\n"
            + "203.0.113.9 - - [18/Mar/2024:11:15:31] \"GET /x HTTP/1.1\" 404 0\n");

    Run r = Run.of("", f.toString(), "-f", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("2024-03-18T10:15:31Z", JsonTree.parse(r.out()).get("first"));
    assertTrue(
        r.err()
            .contains(
                "heatmap: "
                    + f
                    + ": the access log's dates have no UTC offset [18/Mar/2024:10:15:31], where"
                    + " NCSA writes one [18/Mar/2024:10:15:31 +0100]: they are read in the"
                    + " --input-tz zone (UTC unless given); give --input-tz ZONE, the web server's"
                    + " zone\n"),
        r.err());
  }

  @Test
  void anAccessLogWithANumericMonthFailsNamingTheNearMissAndTheCommandThatReadsIt()
      throws IOException {
    Path f = dir.resolve("access.log");
    Files.writeString(f, "203.0.113.9 - - [18/03/2024:10:15:31 +0100] \"GET / HTTP/1.1\" 200 5\n");

    Run r = Run.of("", f.toString());
    Run again =
        Run.of(
            "",
            f.toString(),
            "-f",
            "json",
            "--regex",
            "\\[(?<ts>[^]]+)\\]",
            "--time-format",
            "%d/%m/%Y:%H:%M:%S %z");

    assertEquals(1, r.exitCode());
    assertTrue(
        r.err()
            .contains(
                ": looks like a web server access log, but its date [18/03/2024:10:15:31 +0100]"
                    + " is not NCSA's [18/Mar/2024:10:15:31 +0100]; try: heatmap "
                    + f
                    + " --regex '\\[(?<ts>[^]]+)\\]' --time-format '%d/%m/%Y:%H:%M:%S %z'\n"),
        r.err());
    assertEquals(0, again.exitCode(), again.err());
    assertEquals("2024-03-18T09:15:31Z", JsonTree.parse(again.out()).get("first"));
  }
}
