package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.render.Normalize;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line's analysis options: per-actor grids, what the cells show, zone inference, and
 * how strict a run is about skipped records.
 */
final class AnalysisOptions {
  private final String groupBy;
  private final int top;
  private final boolean inferTz;
  private final String normalize;
  private final boolean strict;

  /** The values given on the command line {@code parsed}, defaults for the others. */
  AnalysisOptions(ParseResult parsed) {
    groupBy = parsed.matchedOptionValue("--group-by", null);
    top = parsed.matchedOptionValue("--top", 20);
    inferTz = parsed.matchedOptionValue("--infer-tz", false);
    normalize = parsed.matchedOptionValue("--normalize", "count");
    strict = parsed.matchedOptionValue("--strict", false);
  }

  /** The options, in the order help lists them. */
  static OptionSpec[] options() {
    return new OptionSpec[] {
      OptionSpec.builder("--group-by")
          .paramLabel("FIELD")
          .type(String.class)
          .description(
              "Also draw one heatmap per distinct value of FIELD (same syntax as --field), e.g. the"
                  + " sender.")
          .build(),
      OptionSpec.builder("--top")
          .paramLabel("N")
          .type(int.class)
          .description("Keep the N largest groups (default 20); the rest fold into \"(other)\".")
          .build(),
      OptionSpec.builder("--infer-tz")
          .type(boolean.class)
          .description(
              "Guess the actor's time zone from when the activity happens and add the ranking (and"
                  + " the grid redrawn in the best offset) to the report.")
          .build(),
      OptionSpec.builder("--normalize")
          .paramLabel("MODE")
          .type(String.class)
          .description(
              "What the cells show: count (default), percent of the total, max (fraction of the"
                  + " busiest hour), or rate (events per occurrence of that weekday-hour between"
                  + " the first and last timestamp).")
          .build(),
      OptionSpec.builder("--strict")
          .type(boolean.class)
          .description("Exit 1 when any record was skipped (the report is still written).")
          .build()
    };
  }

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
