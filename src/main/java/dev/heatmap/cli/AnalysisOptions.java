package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.render.Normalize;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line's analysis options, parsed once and validated: per-actor grids, what the cells
 * show, zone inference, and how strict a run is about skipped records.
 *
 * @param groupBy the {@code --group-by} field, or null
 * @param top how many groups are kept before the rest fold into one (at least 1)
 * @param inferTz whether to infer the actor's zone
 * @param normalize what the cells show
 * @param strict whether a skipped record fails the run
 * @param calendar whether {@code --calendar} asked for the day-by-day calendar
 * @param noCalendar whether {@code --no-calendar} turned off HTML's default calendar
 */
record AnalysisOptions(
    FieldSpec groupBy,
    int top,
    boolean inferTz,
    Normalize normalize,
    boolean strict,
    boolean calendar,
    boolean noCalendar) {
  static final String GROUP_BY = "--group-by";
  static final String TOP = "--top";
  static final String INFER_TZ = "--infer-tz";
  static final String NORMALIZE = "--normalize";
  static final String STRICT = "--strict";
  static final String CALENDAR = "--calendar";
  static final String NO_CALENDAR = "--no-calendar";

  AnalysisOptions {
    if (top < 1) {
      throw HeatmapException.usage("--top must be at least 1, not " + top);
    }
    if (calendar && noCalendar) {
      throw HeatmapException.usage("give --calendar or --no-calendar, not both");
    }
  }

  /** The values given on the command line {@code parsed}, defaults for the others. */
  static AnalysisOptions parse(ParseResult parsed) {
    return new AnalysisOptions(
        InputOptions.spec(GROUP_BY, parsed.matchedOptionValue(GROUP_BY, null)),
        parsed.matchedOptionValue(TOP, 20),
        parsed.matchedOptionValue(INFER_TZ, false),
        parsed.matchedOptionValue(NORMALIZE, Normalize.COUNT),
        parsed.matchedOptionValue(STRICT, false),
        parsed.matchedOptionValue(CALENDAR, false),
        parsed.matchedOptionValue(NO_CALENDAR, false));
  }

  /** The options, in the order help lists them. */
  static OptionSpec[] options() {
    return new OptionSpec[] {
      OptionSpec.builder(GROUP_BY)
          .paramLabel("FIELD")
          .type(String.class)
          .description(
              "Also draw one heatmap per distinct value of FIELD (same syntax as --field), e.g. the"
                  + " sender.")
          .build(),
      OptionSpec.builder(TOP)
          .paramLabel("N")
          .type(int.class)
          .description("Keep the N largest groups (default 20); the rest fold into \"(other)\".")
          .build(),
      OptionSpec.builder(INFER_TZ)
          .type(boolean.class)
          .description(
              "Guess the actor's time zone from when the activity happens and add the ranking (and"
                  + " the grid redrawn in the best offset) to the report.")
          .build(),
      OptionSpec.builder(NORMALIZE)
          .paramLabel("MODE")
          .type(Normalize.class)
          .converters(new OptionValue(OptionValue.Kind.NORMALIZE))
          .completionCandidates(OptionValue.names(OptionValue.Kind.NORMALIZE))
          .description(
              "What the cells show: count (default), percent of the total, max (fraction of the"
                  + " busiest hour), or rate (events per occurrence of that weekday-hour between"
                  + " the first and last timestamp).")
          .build(),
      OptionSpec.builder(STRICT)
          .type(boolean.class)
          .description("Exit 1 when any record was skipped (the report is still written).")
          .build(),
      OptionSpec.builder(CALENDAR)
          .type(boolean.class)
          .description(
              "Add the day-by-day calendar: events per local day, quiet stretches and the"
                  + " countries whose public holidays match them (on by default in HTML over three"
                  + " weeks or more).")
          .build(),
      OptionSpec.builder(NO_CALENDAR)
          .type(boolean.class)
          .description(
              "Leave the calendar out of an HTML report even when the range spans three weeks or"
                  + " more (the days are then not counted at all).")
          .build()
    };
  }
}
