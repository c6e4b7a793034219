package dev.heatmap.cli;

import dev.heatmap.HeatmapException;
import dev.heatmap.input.FieldSpec;
import dev.heatmap.input.InputConfig;
import dev.heatmap.input.InputType;
import java.util.ArrayList;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The command line's input options: how files are read and which value is the timestamp. */
final class InputOptions {
  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description =
          "Input type: ${COMPLETION-CANDIDATES} (default auto: by extension, then content).",
      completionCandidates = TypeNames.class)
  private String type = "auto";

  @Option(
      names = "--field",
      paramLabel = "FIELD",
      description =
          "The timestamp: a CSV header or 1-based column number, a JSON key (at any depth),"
              + " dotted path or /JSON/Pointer, an Excel header or column letter."
              + " Default: detected from the first records.")
  private String field;

  @Option(
      names = "--sheet",
      paramLabel = "NAME|INDEX",
      description = "Excel: the sheet to read (default: the first with a timestamp column).")
  private String sheet;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "CSV: the delimiter, e.g. ';' or tab (default: detected among , ; tab |).")
  private String delimiter;

  @Option(
      names = "--no-header",
      description = "CSV and Excel: the first row is data, not column names.")
  private boolean noHeader;

  @Option(
      names = "--max-line-length",
      paramLabel = "CHARS",
      description =
          "Give up on a file at a line or CSV record longer than this (default 1M; suffixes K, M).")
  private String maxLineLength;

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
        maxLineLength());
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
