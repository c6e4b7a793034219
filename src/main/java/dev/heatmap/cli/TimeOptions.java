package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.time.TimeConfig;
import dev.heatmap.time.parse.EpochUnit;
import dev.heatmap.time.parse.IsoParser;
import dev.heatmap.time.parse.TimestampParser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line's time options, parsed once and validated: how values are read and which zone
 * the grid is drawn in.
 *
 * @param inputZone the zone of values that carry no offset
 * @param zone the zone the grid is drawn in
 * @param timeFormat the {@code --time-format} pattern, or null to detect the format
 * @param epochUnit the {@code --epoch-unit}, or null to detect it
 * @param from the first epoch second counted ({@code --since}), or {@code Long.MIN_VALUE}
 * @param to the epoch second from which nothing is counted ({@code --until}), or {@code
 *     Long.MAX_VALUE}
 * @param weekStart the first row of the grid
 * @param hour12 whether hours are labelled 12-hour style
 * @param inputZoneAssumed whether {@code --input-tz} was left out, so that {@code inputZone} is the
 *     default UTC (values read in it are then said to be)
 * @param drawWritten {@code --tz written}: each record drawn at the offset its text carries, the
 *     others in {@code zone} (then the input zone)
 */
record TimeOptions(
    ZoneId inputZone,
    ZoneId zone,
    String timeFormat,
    EpochUnit epochUnit,
    long from,
    long to,
    DayOfWeek weekStart,
    boolean hour12,
    boolean inputZoneAssumed,
    boolean drawWritten) {
  static final String INPUT_TZ = "--input-tz";
  static final String TZ = "--tz";
  static final String TIME_FORMAT = "--time-format";
  static final String EPOCH_UNIT = "--epoch-unit";
  static final String SINCE = "--since";
  static final String UNTIL = "--until";
  static final String WEEK_START = "--week-start";
  static final String HOUR_FORMAT = "--hour-format";

  /** The values given on the command line {@code parsed}, defaults for the others. */
  static TimeOptions parse(ParseResult parsed) {
    ZoneId input = parsed.matchedOptionValue(INPUT_TZ, (ZoneId) ZoneOffset.UTC);
    // A zone, or the word "written" (see OptionValue.GRID_ZONE).
    Object tz = parsed.matchedOptionValue(TZ, (Object) ZoneOffset.UTC);
    boolean written = WRITTEN.equals(tz);
    // --tz written: records with an offset of their own are drawn at it; the others, like
    // --since/--until, are read on the input zone's clock.
    ZoneId zone = written ? input : (ZoneId) tz;
    String since = parsed.matchedOptionValue(SINCE, null);
    String until = parsed.matchedOptionValue(UNTIL, null);
    long from = since == null ? Long.MIN_VALUE : instant(SINCE, since, zone, false);
    long to = until == null ? Long.MAX_VALUE : instant(UNTIL, until, zone, true);
    if (from >= to) {
      throw HeatmapException.usage("--since " + since + " is not before --until " + until);
    }
    return new TimeOptions(
        input,
        zone,
        parsed.matchedOptionValue(TIME_FORMAT, null),
        parsed.matchedOptionValue(EPOCH_UNIT, null),
        from,
        to,
        parsed.matchedOptionValue(WEEK_START, DayOfWeek.MONDAY),
        parsed.matchedOptionValue(HOUR_FORMAT, Boolean.FALSE),
        parsed.matchedOptionValue(INPUT_TZ, null) == null,
        written);
  }

  /** The {@code --tz} value that draws each record at the offset it was written with. */
  static final String WRITTEN = "written";

  /** The options, in the order help lists them. */
  static OptionSpec[] options() {
    return new OptionSpec[] {
      OptionSpec.builder(INPUT_TZ)
          .paramLabel("ZONE")
          .type(ZoneId.class)
          .converters(new OptionValue(OptionValue.Kind.ZONE))
          .description("Zone of values that carry no offset (default UTC).")
          .build(),
      OptionSpec.builder(TZ)
          .paramLabel("ZONE")
          .type(ZoneId.class)
          .converters(new OptionValue(OptionValue.Kind.GRID_ZONE))
          .description(
              "Zone the grid is drawn in (default UTC): an IANA name such as Europe/Moscow, an"
                  + " offset such as +08:00, UTC+5:30 or -03, or 'written' to draw each record at"
                  + " the UTC offset written in it (mail Date headers, git dates, ISO +03:00;"
                  + " records without one in --input-tz).")
          .build(),
      OptionSpec.builder(TIME_FORMAT)
          .paramLabel("PATTERN")
          .type(String.class)
          .description(
              "Timestamp format, instead of detecting it per input: a strftime pattern such as"
                  + " '%%Y-%%m-%%d %%H:%%M:%%S' or '%%d/%%b/%%Y:%%H:%%M:%%S %%z', or a java.time"
                  + " pattern such as 'dd.MM.yyyy HH:mm'.")
          .build(),
      OptionSpec.builder(EPOCH_UNIT)
          .paramLabel("UNIT")
          .type(EpochUnit.class)
          .converters(new OptionValue(OptionValue.Kind.EPOCH_UNIT))
          .description(
              "Unit of epoch numbers: ${COMPLETION-CANDIDATES} (default: chosen per value so that"
                  + " the date falls in 1990-2100).")
          .completionCandidates(OptionValue.names(OptionValue.Kind.EPOCH_UNIT))
          .build(),
      OptionSpec.builder(SINCE)
          .paramLabel("WHEN")
          .type(String.class)
          .description(
              "Count only records at or after WHEN: an ISO date (2024-01-31) or date-time"
                  + " (2024-01-31T08:00), read in --tz. Others count as filtered.")
          .build(),
      OptionSpec.builder(UNTIL)
          .paramLabel("WHEN")
          .type(String.class)
          .description(
              "Count only records before WHEN (a date alone includes that whole day), read in"
                  + " --tz.")
          .build(),
      OptionSpec.builder(WEEK_START)
          .paramLabel("DAY")
          .type(DayOfWeek.class)
          .converters(new OptionValue(OptionValue.Kind.WEEK_START))
          .completionCandidates(OptionValue.names(OptionValue.Kind.WEEK_START))
          .description("First row of the grid: monday (default) or sunday.")
          .build(),
      OptionSpec.builder(HOUR_FORMAT)
          .paramLabel("24|12")
          .type(Boolean.class)
          // A value always: picocli would otherwise take a Boolean option for a flag.
          .arity("1")
          .converters(new OptionValue(OptionValue.Kind.HOUR_FORMAT))
          .completionCandidates(OptionValue.names(OptionValue.Kind.HOUR_FORMAT))
          .description("Hour labels: 24 (0-23, default) or 12 (12 AM-11 PM).")
          .build()
    };
  }

  /**
   * The time configuration these options describe, gathering zone evidence when {@code inferTz}
   * (the analysis option).
   */
  TimeConfig toConfig(boolean inferTz) {
    return new TimeConfig(
        inputZone, zone, timeFormat, epochUnit, from, to, inferTz, inputZoneAssumed, drawWritten);
  }

  /**
   * The instant a {@code --since}/{@code --until} value names in {@code zone}: a date-time (any
   * ISO-8601 spelling, an offset in it wins) or a date alone, which is its start of day for --since
   * and the start of the next day for --until, so that the named day is included.
   */
  static long instant(String option, String text, ZoneId zone, boolean endOfDay) {
    TimestampParser iso = new IsoParser(zone);
    long t = iso.parse(text);
    if (t != TimestampParser.INVALID) {
      return t;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toEpochSecond();
    } catch (DateTimeParseException e) {
      throw HeatmapException.usage(
          "bad "
              + option
              + " '"
              + text
              + "': give an ISO date such as 2024-01-31 or a date-time such as 2024-01-31T08:00");
    }
  }
}
