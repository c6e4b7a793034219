package dev.heatmap.input.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 8, "two candidate keys disagree": when another key or column that also names the
 * event's time reads as timestamps on the same records but puts many of them in other cells, the
 * run says so, naming both, the share and the flag, in the report too; {@code --strict} fails.
 */
class TwoKeysDisagreeTest {
  @TempDir Path dir;

  /** 200 events five hours apart; every third one's second time is five hours earlier. */
  private static List<LocalDateTime[]> events(boolean disagree) {
    List<LocalDateTime[]> list = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      LocalDateTime t = LocalDateTime.of(2024, 3, 4, 9, 0).plusHours(5L * i);
      LocalDateTime other = disagree && i % 3 == 0 ? t.minusHours(5) : t.plusSeconds(2);
      list.add(new LocalDateTime[] {t, other});
    }
    return list;
  }

  private Path jsonl(String a, String b, boolean disagree) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (LocalDateTime[] e : events(disagree)) {
      sb.append("{\"").append(a).append("\":\"").append(e[0]).append("Z\",\"");
      sb.append(b).append("\":\"").append(e[1]).append("Z\",\"user\":\"u\"}\n");
    }
    Path f = dir.resolve("events.jsonl");
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void jsonKeysThatPutEventsInOtherCellsAreNamedWithTheShare() throws IOException {
    Path f = jsonl("timestamp", "eventTime", true);
    Run r = Run.of("", f.toString(), "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    String said =
        f
            + ": keys \"timestamp\" and \"eventTime\" both hold timestamps but disagree on 33 of 99"
            + " sampled records (33%), which fall in other cells of the week; using"
            + " \"timestamp\": give --field 'eventTime' for the other";
    assertTrue(r.err().contains("heatmap: " + said), r.err());
    assertEquals(List.of(said), r.json().get("cautions"));
    assertEquals(200L, r.json().get("total"));

    Run strict = Run.of("", f.toString(), "-f", "json", "--strict");
    assertEquals(1, strict.exitCode(), strict.err());
  }

  @Test
  void csvColumnsToo() throws IOException {
    StringBuilder sb = new StringBuilder("Time Generated,Date,Host\n");
    for (LocalDateTime[] e : events(true)) {
      sb.append(e[0].toString().replace('T', ' ')).append(',');
      sb.append(e[1].toString().replace('T', ' ')).append(",h\n");
    }
    Path f = dir.resolve("events.csv");
    Files.writeString(f, sb.toString());
    Run r = Run.of("", f.toString(), "-f", "json", "--input-tz", "UTC");
    assertTrue(
        r.err()
            .contains(
                "columns \"Time Generated\" and \"Date\" both hold timestamps but disagree on 34 of"
                    + " 100 sampled records (34%)"),
        r.err());
  }

  @Test
  void keysThatAgreeWithinTheHourAreNotSaid() throws IOException {
    Run r = Run.of("", jsonl("timestamp", "eventTime", false).toString(), "-f", "json");
    assertFalse(r.err().contains("disagree"), r.err());
    assertEquals(List.of(), r.json().get("cautions"));
  }

  @Test
  void aLaterChangeIsNoRival() throws IOException {
    Run r = Run.of("", jsonl("created_at", "updated_at", true).toString(), "-f", "json");
    assertTrue(r.err().contains("using key \"created_at\""), r.err());
    assertFalse(r.err().contains("disagree"), r.err());
  }
}
