package dev.heatmap.cli;

import dev.heatmap.HeatmapException;
import dev.heatmap.render.Normalize;
import picocli.CommandLine.Option;

/**
 * The command line's analysis options: per-actor grids, what the cells show, zone inference, and
 * how strict a run is about skipped records.
 */
final class AnalysisOptions {
  @Option(
      names = "--group-by",
      paramLabel = "FIELD",
      description =
          "Also draw one heatmap per distinct value of FIELD (same syntax as --field), e.g. the"
              + " sender.")
  private String groupBy;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Keep the N largest groups (default 20); the rest fold into \"(other)\".")
  private int top = 20;

  @Option(
      names = "--infer-tz",
      description =
          "Guess the actor's time zone from when the activity happens and add the ranking (and"
              + " the grid redrawn in the best offset) to the report.")
  private boolean inferTz;

  @Option(
      names = "--normalize",
      paramLabel = "MODE",
      description =
          "What the cells show: count (default), percent of the total, max (fraction of the"
              + " busiest hour), or rate (events per occurrence of that weekday-hour between the"
              + " first and last timestamp).")
  private String normalize = "count";

  @Option(
      names = "--strict",
      description = "Exit 1 when any record was skipped (the report is still written).")
  private boolean strict;

  /** The {@code --group-by} field as typed, or null. */
  String groupBy() {
    return groupBy;
  }

  /** How many groups are kept before the rest fold into one. */
  int top() {
    if (top < 1) {
      throw HeatmapException.usage("--top must be at least 1, not " + top);
    }
    return top;
  }

  boolean inferTz() {
    return inferTz;
  }

  /** What the cells show; an unknown mode is a usage error. */
  Normalize normalize() {
    Normalize n = Normalize.byId(normalize);
    if (n == null) {
      throw HeatmapException.usage(
          "unknown --normalize '" + normalize + "': choose one of " + Normalize.names());
    }
    return n;
  }

  boolean strict() {
    return strict;
  }
}
