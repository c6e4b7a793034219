package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.time.TimeConfig;
import dev.heatmap.time.Zones;
import dev.heatmap.time.parse.EpochUnit;
import dev.heatmap.time.parse.IsoParser;
import dev.heatmap.time.parse.TimestampParser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The command line's time options: how values are read and which zone the grid is drawn in. */
final class TimeOptions {
  private final String inputTz;
  private final String tz;
  private final String timeFormat;
  private final String epochUnit;
  private final String since;
  private final String until;
  private final String weekStart;
  private final String hourFormat;

  /** The values given on the command line {@code parsed}, defaults for the others. */
  TimeOptions(ParseResult parsed) {
    inputTz = parsed.matchedOptionValue("--input-tz", "UTC");
    tz = parsed.matchedOptionValue("--tz", "UTC");
    timeFormat = parsed.matchedOptionValue("--time-format", null);
    epochUnit = parsed.matchedOptionValue("--epoch-unit", null);
    since = parsed.matchedOptionValue("--since", null);
    until = parsed.matchedOptionValue("--until", null);
    weekStart = parsed.matchedOptionValue("--week-start", "monday");
    hourFormat = parsed.matchedOptionValue("--hour-format", "24");
  }

  /** The options, in the order help lists them. */
  static OptionSpec[] options() {
    return new OptionSpec[] {
      OptionSpec.builder("--input-tz")
          .paramLabel("ZONE")
          .type(String.class)
          .description("Zone of values that carry no offset (default UTC).")
          .build(),
      OptionSpec.builder("--tz")
          .paramLabel("ZONE")
          .type(String.class)
          .description(
              "Zone the grid is drawn in (default UTC): an IANA name such as Europe/Moscow, or an"
                  + " offset such as +08:00, UTC+5:30 or -03.")
          .build(),
      OptionSpec.builder("--time-format")
          .paramLabel("PATTERN")
          .type(String.class)
          .description(
              "Timestamp format, instead of detecting it per input: a strftime pattern such as"
                  + " '%%Y-%%m-%%d %%H:%%M:%%S' or '%%d/%%b/%%Y:%%H:%%M:%%S %%z', or a java.time"
                  + " pattern such as 'dd.MM.yyyy HH:mm'.")
          .build(),
      OptionSpec.builder("--epoch-unit")
          .paramLabel("UNIT")
          .type(String.class)
          .description(
              "Unit of epoch numbers: ${COMPLETION-CANDIDATES} (default: chosen per value so that"
                  + " the date falls in 1990-2100).")
          .completionCandidates(new UnitNames())
          .build(),
      OptionSpec.builder("--since")
          .paramLabel("WHEN")
          .type(String.class)
          .description(
              "Count only records at or after WHEN: an ISO date (2024-01-31) or date-time"
                  + " (2024-01-31T08:00), read in --tz. Others count as filtered.")
          .build(),
      OptionSpec.builder("--until")
          .paramLabel("WHEN")
          .type(String.class)
          .description(
              "Count only records before WHEN (a date alone includes that whole day), read in"
                  + " --tz.")
          .build(),
      OptionSpec.builder("--week-start")
          .paramLabel("DAY")
          .type(String.class)
          .description("First row of the grid: monday (default) or sunday.")
          .build(),
      OptionSpec.builder("--hour-format")
          .paramLabel("24|12")
          .type(String.class)
          .description("Hour labels: 24 (0-23, default) or 12 (12 AM-11 PM).")
          .build()
    };
  }

  /**
   * The time configuration these options describe, gathering zone evidence when {@code inferTz}
   * (the analysis option); a bad value is a usage error.
   */
  TimeConfig toConfig(boolean inferTz) {
    ZoneId input = Zones.parse(inputTz);
    ZoneId zone = Zones.parse(tz);
    EpochUnit unit = null;
    if (epochUnit != null) {
      for (EpochUnit u : EpochUnit.values()) {
        if (u.id().equalsIgnoreCase(epochUnit.strip())) {
          unit = u;
        }
      }
      if (unit == null) {
        throw HeatmapException.usage(
            "unknown --epoch-unit '" + epochUnit + "': choose s, ms, us or ns");
      }
    }
    long from = since == null ? Long.MIN_VALUE : instant("--since", since, zone, false);
    long to = until == null ? Long.MAX_VALUE : instant("--until", until, zone, true);
    if (from >= to) {
      throw HeatmapException.usage("--since " + since + " is not before --until " + until);
    }
    return new TimeConfig(input, zone, timeFormat, unit, from, to, inferTz);
  }

  /** The first row of the grid. */
  DayOfWeek weekStart() {
    String s = weekStart.strip();
    if (s.equalsIgnoreCase("monday")) {
      return DayOfWeek.MONDAY;
    }
    if (s.equalsIgnoreCase("sunday")) {
      return DayOfWeek.SUNDAY;
    }
    throw HeatmapException.usage(
        "unknown --week-start '" + weekStart + "': choose monday or sunday");
  }

  /** Whether hours are labelled 12-hour style. */
  boolean hour12() {
    String s = hourFormat.strip();
    if (s.equals("24")) {
      return false;
    }
    if (s.equals("12")) {
      return true;
    }
    throw HeatmapException.usage("unknown --hour-format '" + hourFormat + "': choose 24 or 12");
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

  /** The unit names, for help and completion. */
  static final class UnitNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    UnitNames() {
      for (EpochUnit u : EpochUnit.values()) {
        add(u.id());
      }
    }
  }
}
