package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.time.FormatDetector;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line's input options, parsed once and validated: how files are read and which value
 * is the timestamp.
 *
 * @param type the forced input type, or null to detect it
 * @param field the {@code --field}, or null to detect it
 * @param sheet the {@code --sheet}, or null
 * @param delimiter the CSV delimiter, or null to detect it
 * @param noHeader whether the first row is data
 * @param maxLineLength the longest line or record read, in characters
 * @param year the {@code --year} of year-less logs' first line, or null
 * @param regex the compiled {@code --regex}, or null
 * @param countField the {@code --count-field} of pre-aggregated input, or null
 * @param bucketSeconds the {@code --bucket} in seconds, or 0 to detect it
 */
record InputOptions(
    InputType type,
    FieldSpec field,
    String sheet,
    Character delimiter,
    boolean noHeader,
    int maxLineLength,
    Integer year,
    Pattern regex,
    FieldSpec countField,
    int bucketSeconds) {
  static final String TYPE = "--type";
  static final String FIELD = "--field";
  static final String SHEET = "--sheet";
  static final String DELIMITER = "--delimiter";
  static final String NO_HEADER = "--no-header";
  static final String MAX_LINE_LENGTH = "--max-line-length";
  static final String LIST_PROFILES = "--list-profiles";
  static final String YEAR = "--year";
  static final String REGEX = "--regex";
  static final String COUNT_FIELD = "--count-field";
  static final String BUCKET = "--bucket";

  InputOptions {
    if (bucketSeconds != 0 && countField == null) {
      throw HeatmapException.usage(
          "--bucket is the spacing of pre-aggregated input: give --count-field FIELD with it");
    }
  }

  /** The values given on the command line {@code parsed}, defaults for the others. */
  static InputOptions parse(ParseResult parsed) {
    return new InputOptions(
        parsed.matchedOptionValue(TYPE, null),
        spec(FIELD, parsed.matchedOptionValue(FIELD, null)),
        blankToNull(SHEET, parsed.matchedOptionValue(SHEET, null)),
        delimiter(parsed.matchedOptionValue(DELIMITER, null)),
        parsed.matchedOptionValue(NO_HEADER, false),
        maxLineLength(parsed.matchedOptionValue(MAX_LINE_LENGTH, null)),
        year(parsed.matchedOptionValue(YEAR, null)),
        regex(parsed.matchedOptionValue(REGEX, null)),
        spec(COUNT_FIELD, parsed.matchedOptionValue(COUNT_FIELD, null)),
        bucket(parsed.matchedOptionValue(BUCKET, null)));
  }

  private static int bucket(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return InputConfig.bucketSeconds(value);
    } catch (IllegalArgumentException e) {
      throw HeatmapException.usage(e.getMessage());
    }
  }

  /** The options, in the order help lists them. */
  static OptionSpec[] options() {
    return new OptionSpec[] {
      OptionSpec.builder(TYPE)
          .paramLabel("TYPE")
          .type(InputType.class)
          .converters(new OptionValue(OptionValue.Kind.INPUT_TYPE))
          .description(
              "Input type: ${COMPLETION-CANDIDATES} (default auto: by extension, then content).")
          .completionCandidates(OptionValue.names(OptionValue.Kind.INPUT_TYPE))
          .build(),
      OptionSpec.builder(FIELD)
          .paramLabel("FIELD")
          .type(String.class)
          .description(
              "The timestamp: a CSV header or 1-based column number, a JSON key (at any depth),"
                  + " dotted path or /JSON/Pointer, an Excel header or column letter."
                  + " Default: detected from the first records.")
          .build(),
      OptionSpec.builder(SHEET)
          .paramLabel("NAME|INDEX")
          .type(String.class)
          .description("Excel: the sheet to read (default: the first with a timestamp column).")
          .build(),
      OptionSpec.builder(DELIMITER)
          .paramLabel("CHAR")
          .type(String.class)
          .description("CSV: the delimiter, e.g. ';' or tab (default: detected among , ; tab |).")
          .build(),
      OptionSpec.builder(NO_HEADER)
          .type(boolean.class)
          .description("CSV and Excel: the first row is data, not column names.")
          .build(),
      OptionSpec.builder(LIST_PROFILES)
          .type(boolean.class)
          .description(
              "List the export layouts recognised by their structure (Telegram, Slack,"
                  + " CloudTrail, evtx_dump, mbox, ...): records, time and actor fields; and exit.")
          .build(),
      OptionSpec.builder(MAX_LINE_LENGTH)
          .paramLabel("CHARS")
          .type(String.class)
          .description(
              "Give up on a file at a line or CSV record longer than this (default 1M; suffixes"
                  + " K, M).")
          .build(),
      OptionSpec.builder(YEAR)
          .paramLabel("YYYY")
          .type(String.class)
          .description(
              "Logs whose dates have no year (syslog, journalctl short): the year of the first"
                  + " line (default: from the file's modification time, or now for stdin).")
          .build(),
      OptionSpec.builder(REGEX)
          .paramLabel("PATTERN")
          .type(String.class)
          .description(
              "Text: a Java regular expression that finds the timestamp in each line, as its"
                  + " group (?<ts>...), else its first group; other named groups can be"
                  + " --group-by fields.")
          .build(),
      OptionSpec.builder(COUNT_FIELD)
          .paramLabel("FIELD")
          .type(String.class)
          .description(
              "Pre-aggregated input (CSV rows of bucket,group,count, as a warehouse query or"
                  + " --emit-series writes them): each record counts the number of events in"
                  + " FIELD at its timestamp, the start of its bucket.")
          .build(),
      OptionSpec.builder(BUCKET)
          .paramLabel("15m|1h")
          .type(String.class)
          .description(
              "With --count-field: the length of the buckets (default: detected from how the"
                  + " timestamps are spaced, and said). --infer-tz needs 15m.")
          .build()
    };
  }

  /**
   * The input configuration these options describe, grouping by {@code groupBy} (the analysis
   * option, or null).
   */
  InputConfig toConfig(FieldSpec groupBy) {
    return new InputConfig(
            type, field, groupBy, sheet, delimiter, noHeader, maxLineLength, FormatDetector.JUDGE)
        .withYear(year)
        .withRegex(regex)
        .withCountField(countField, bucketSeconds);
  }

  private static Integer year(String year) {
    if (year == null) {
      return null;
    }
    String s = year.strip();
    if (s.length() != 4 || !s.chars().allMatch(Character::isDigit) || s.equals("0000")) {
      throw HeatmapException.usage("--year must be a four-digit year, not '" + year + "'");
    }
    return Integer.parseInt(s);
  }

  private static Pattern regex(String regex) {
    if (regex == null) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw HeatmapException.usage(
          "bad --regex: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + " of '"
              + regex
              + "'");
    }
  }

  /** A field option's value, or null when not given; an empty one is a usage error. */
  static FieldSpec spec(String option, String value) {
    String v = blankToNull(option, value);
    return v == null ? null : new FieldSpec(v);
  }

  private static String blankToNull(String option, String value) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw HeatmapException.usage(option + " needs a name, not an empty value");
    }
    return value;
  }

  private static Character delimiter(String delimiter) {
    if (delimiter == null) {
      return null;
    }
    String d = delimiter.toLowerCase(Locale.ROOT);
    if (d.equals("tab") || d.equals("\\t") || d.equals("\t")) {
      return '\t';
    }
    if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) < ' ') {
      throw HeatmapException.usage(
          "--delimiter must be one character other than a quote (or 'tab'), not '"
              + delimiter
              + "'");
    }
    return delimiter.charAt(0);
  }

  private static int maxLineLength(String maxLineLength) {
    if (maxLineLength == null) {
      return InputConfig.DEFAULT_MAX_LINE_LENGTH;
    }
    String s = maxLineLength.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("K")) {
      unit = 1 << 10;
      s = s.substring(0, s.length() - 1);
    } else if (s.endsWith("M")) {
      unit = 1 << 20;
      s = s.substring(0, s.length() - 1);
    }
    long v;
    try {
      v = Long.parseLong(s) * unit;
    } catch (NumberFormatException e) {
      v = -1;
    }
    if (v < 16 || v > Integer.MAX_VALUE - 16) {
      throw HeatmapException.usage(
          "--max-line-length must be a number of characters from 16 to 2047M, not '"
              + maxLineLength
              + "'");
    }
    return (int) v;
  }
}
