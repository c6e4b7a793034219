package dev.heatmap.run;

import dev.heatmap.grid.WeekHourGrid;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a run says about pre-aggregated input ({@code --count-field}): the buckets' length, declared
 * ({@code --bucket}) or detected from the timestamps (and then said), whether a later timestamp
 * contradicts the declared one, whether {@code --tz} cuts the buckets (an offset that is not a
 * whole number of them puts part of each bucket's events in the wrong cell), and whether {@code
 * --infer-tz} can be answered (it needs 15-minute buckets or finer).
 */
final class Buckets {
  private Buckets() {}

  /**
   * Adds to {@code closing} what the user is told about the buckets; returns why {@code --infer-tz}
   * is refused, or null.
   *
   * @param spacing what every counted timestamp is a multiple of: 3600, 900, or 0 when some is on
   *     no quarter-hour
   */
  static String check(
      HeatmapRun.Request request, int spacing, WeekHourGrid overall, List<String> closing) {
    int declared = request.input().bucketSeconds();
    int bucket;
    if (declared != 0) {
      bucket = declared;
      if (spacing < declared) {
        closing.add(
            "--bucket "
                + (declared == 3600 ? "1h" : "15m")
                + ", but some timestamps are not on "
                + (declared == 3600 ? "the hour" : "a quarter-hour")
                + ": each record is counted at its own time (check the export's bucket length)");
      }
    } else {
      bucket = spacing;
      closing.add(
          spacing == 0
              ? "pre-aggregated counts at their own times: some timestamps are on no quarter-hour"
                  + " (no bucket detected)"
              : "pre-aggregated counts in "
                  + label(spacing)
                  + " buckets (detected: every timestamp is on "
                  + (spacing == 3600 ? "the hour" : "a quarter-hour")
                  + "; --bucket 15m or 1h to say it)");
    }
    if (bucket > 0) {
      ZoneId zone = request.time().zone();
      for (long t : new long[] {overall.first(), overall.last()}) {
        if (t == WeekHourGrid.NONE) {
          continue;
        }
        int offset = zone.getRules().getOffset(Instant.ofEpochSecond(t)).getTotalSeconds();
        if (offset % bucket != 0) {
          closing.add(
              "--tz "
                  + request.time().zoneLabel()
                  + " is "
                  + zone.getRules().getOffset(Instant.ofEpochSecond(t))
                  + ", not a whole number of the "
                  + label(bucket)
                  + " buckets: each bucket's events are drawn at its start, so some land in the"
                  + " hour before their own (export 15-minute buckets for this zone)");
          break;
        }
      }
    }
    if (request.inferTz() && bucket > 900) {
      return "--infer-tz needs buckets of 15 minutes or less: in "
          + label(bucket)
          + " buckets the activity's edges, which tell the zones apart, are lost (export"
          + " 15-minute buckets, e.g. | bin _time span=15m)";
    }
    return null;
  }

  static String label(int seconds) {
    return seconds == 3600 ? "1-hour" : seconds == 900 ? "15-minute" : seconds + "-second";
  }
}
