package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code --count-field}: rows of a warehouse's or a Spark job's 15-minute (or hour) buckets count
 * their events at the bucket's start, with the bucket detected from the timestamps and said.
 */
class PreAggregatedInputTest {
  /** The crew of GroupInferenceTest counted into buckets of {@code seconds}, as a query would. */
  private static String buckets(int seconds) {
    Map<String, Long> counts = new TreeMap<>();
    String[] lines = GroupInferenceTest.crew().split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",");
      long t = Instant.parse(cells[0]).getEpochSecond();
      counts.merge(
          Instant.ofEpochSecond(t - Math.floorMod(t, seconds)) + "," + cells[1], 1L, Long::sum);
    }
    StringBuilder csv = new StringBuilder("bucket,name,count\n");
    counts.forEach((k, n) -> csv.append(k).append(',').append(n).append('\n'));
    return csv.toString();
  }

  @Test
  void quarterHourBucketsGiveTheEventsGridAndTheSameZones() {
    Run events = Run.of(GroupInferenceTest.crew(), "--infer-tz", "--group-by", "name", "-f", "csv");
    Run counts =
        Run.of(
            buckets(900),
            "--count-field",
            "count",
            "--infer-tz",
            "--group-by",
            "name",
            "-f",
            "csv");
    assertEquals(0, counts.exitCode(), counts.err());
    assertEquals(events.out(), counts.out());
    assertTrue(
        counts
            .err()
            .contains(
                "heatmap: pre-aggregated counts in 15-minute buckets (detected: every timestamp"
                    + " is on a quarter-hour; --bucket 15m or 1h to say it)\n"),
        counts.err());
    assertTrue(
        counts
            .err()
            .contains(
                "heatmap: <stdin>: pre-aggregated: each row counts the events in column"
                    + " \"count\" at its timestamp (--count-field)\n"),
        counts.err());
    Run json =
        Run.of(
            buckets(900),
            "--count-field",
            "count",
            "--infer-tz",
            "--group-by",
            "name",
            "-f",
            "json");
    String j = json.out().replace("\" : ", "\":");
    assertTrue(j.contains("\"crew\":\"4 of 5 members fit +03:00; bentley fits +06:00\""), j);
  }

  @Test
  void hourBucketsAreDetectedAndInferenceIsRefusedWithTheReason() {
    Run r = Run.of(buckets(3600), "--count-field", "count", "--infer-tz", "-f", "json");
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .endsWith(
                "heatmap: pre-aggregated counts in 1-hour buckets (detected: every timestamp is on"
                    + " the hour; --bucket 15m or 1h to say it)\n"
                    + "heatmap: --infer-tz needs buckets of 15 minutes or less: in 1-hour buckets"
                    + " the activity's edges, which tell the zones apart, are lost (export"
                    + " 15-minute buckets, e.g. | bin _time span=15m)\n"),
        r.err());
    Run declared = Run.of(buckets(3600), "--count-field", "count", "--bucket", "1h", "--infer-tz");
    assertEquals(2, declared.exitCode());
    assertTrue(declared.err().startsWith("heatmap: --infer-tz needs buckets of 15 minutes"));
  }

  @Test
  void aZoneThatCutsTheBucketsIsWarnedOfAndTheTotalIsTheSumOfTheCounts() {
    Run r = Run.of(buckets(3600), "--count-field", "count", "--tz", "Asia/Kolkata", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains(
                "heatmap: --tz Asia/Kolkata is +05:30, not a whole number of the 1-hour buckets:"),
        r.err());
    Run events = Run.of(GroupInferenceTest.crew(), "-f", "json");
    String total = events.out().replaceAll("(?s).*?(\"total\" : \\d+).*", "$1");
    assertTrue(r.out().contains(total + ","), total);
  }

  @Test
  void aCountThatIsNotANumberIsASkippedRecordAndAZeroCountsNothing() {
    Run r =
        Run.of(
            "bucket,count\n2024-03-04T09:15:00Z,4\n2024-03-04T09:30:00Z,x\n"
                + "2024-03-04T09:45:00Z,0\n2024-03-04T10:00:00Z,2.0\n",
            "--count-field",
            "count",
            "-f",
            "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"total\" : 6,"), r.out());
    assertTrue(r.err().contains("skipped 1 record (1 malformed record)"), r.err());
    Run noField = Run.of("bucket\n2024-03-04T09:15:00Z\n", "--count-field", "count");
    assertEquals(1, noField.exitCode());
    assertTrue(noField.err().contains("--count-field is read from CSV rows"), noField.err());
    Run noColumn = Run.of("bucket,n\n2024-03-04T09:15:00Z,1\n", "--count-field", "count");
    assertEquals(1, noColumn.exitCode());
    assertTrue(noColumn.err().contains("no column \"count\""), noColumn.err());
    Run bucketAlone = Run.of("bucket\n2024-03-04T09:15:00Z\n", "--bucket", "15m");
    assertEquals(2, bucketAlone.exitCode());
  }
}
