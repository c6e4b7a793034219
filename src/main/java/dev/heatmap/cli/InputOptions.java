package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.time.FormatDetector;
import java.util.ArrayList;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The command line's input options: how files are read and which value is the timestamp. */
final class InputOptions {
  private final String type;
  private final String field;
  private final String sheet;
  private final String delimiter;
  private final boolean noHeader;
  private final String maxLineLength;

  /** The values given on the command line {@code parsed}, defaults for the others. */
  InputOptions(ParseResult parsed) {
    type = parsed.matchedOptionValue("--type", "auto");
    field = parsed.matchedOptionValue("--field", null);
    sheet = parsed.matchedOptionValue("--sheet", null);
    delimiter = parsed.matchedOptionValue("--delimiter", null);
    noHeader = parsed.matchedOptionValue("--no-header", false);
    maxLineLength = parsed.matchedOptionValue("--max-line-length", null);
  }

  /** The options, in the order help lists them. */
  static OptionSpec[] options() {
    return new OptionSpec[] {
      OptionSpec.builder("--type")
          .paramLabel("TYPE")
          .type(String.class)
          .description(
              "Input type: ${COMPLETION-CANDIDATES} (default auto: by extension, then content).")
          .completionCandidates(new TypeNames())
          .build(),
      OptionSpec.builder("--field")
          .paramLabel("FIELD")
          .type(String.class)
          .description(
              "The timestamp: a CSV header or 1-based column number, a JSON key (at any depth),"
                  + " dotted path or /JSON/Pointer, an Excel header or column letter."
                  + " Default: detected from the first records.")
          .build(),
      OptionSpec.builder("--sheet")
          .paramLabel("NAME|INDEX")
          .type(String.class)
          .description("Excel: the sheet to read (default: the first with a timestamp column).")
          .build(),
      OptionSpec.builder("--delimiter")
          .paramLabel("CHAR")
          .type(String.class)
          .description("CSV: the delimiter, e.g. ';' or tab (default: detected among , ; tab |).")
          .build(),
      OptionSpec.builder("--no-header")
          .type(boolean.class)
          .description("CSV and Excel: the first row is data, not column names.")
          .build(),
      OptionSpec.builder("--max-line-length")
          .paramLabel("CHARS")
          .type(String.class)
          .description(
              "Give up on a file at a line or CSV record longer than this (default 1M; suffixes"
                  + " K, M).")
          .build()
    };
  }

  /**
   * The input configuration these options describe, grouping by {@code groupBy} (the analysis
   * option, or null); a bad value is a usage error.
   */
  InputConfig toConfig(String groupBy) {
    return new InputConfig(
        type(),
        spec("--field", field),
        spec("--group-by", groupBy),
        blankToNull("--sheet", sheet),
        delimiter(),
        noHeader,
        maxLineLength(),
        FormatDetector.JUDGE);
  }

  private InputType type() {
    if (type.equalsIgnoreCase("auto")) {
      return null;
    }
    InputType t = InputType.byId(type);
    if (t == null) {
      throw HeatmapException.usage(
          "unknown input type '" + type + "': choose auto or one of " + InputType.names());
    }
    return t;
  }

  private static FieldSpec spec(String option, String value) {
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

  private Character delimiter() {
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

  private int maxLineLength() {
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

  /** The type names, for help and completion. */
  static final class TypeNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    TypeNames() {
      add("auto");
      for (InputType t : InputType.values()) {
        add(t.id());
      }
    }
  }
}
