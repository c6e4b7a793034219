package dev.heatmap.input;

import dev.heatmap.Diagnostics;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats heatmap reads, and the registry that picks an {@link Extractor} for each. */
public enum InputType {
  TEXT("text", ".txt", ".log"),
  CSV("csv", ".csv", ".tsv"),
  JSON("json", ".json", ".jsonl", ".ndjson"),
  EXCEL("excel", ".xlsx", ".xlsm", ".xls"),
  MAIL("mail", ".mbox", ".eml", ".mbx");

  private final String id;
  private final String[] extensions;

  InputType(String id, String... extensions) {
    this.id = id;
    this.extensions = extensions;
  }

  /** The name used on the command line ({@code --type csv}). */
  public String id() {
    return id;
  }

  /**
   * A new extractor for this format, reading with {@code config} and noting choices to {@code d}.
   */
  public Extractor extractor(InputConfig config, Diagnostics d) {
    switch (this) {
      case TEXT:
        return new TextExtractor(config);
      case CSV:
        return new CsvExtractor(config, d);
      case JSON:
        return new JsonExtractor(config, d);
      case EXCEL:
        return new ExcelExtractor(config, d);
      case MAIL:
        return new MailExtractor(config, d);
      default:
        throw new AssertionError(this);
    }
  }

  /** The type a file name's extension names, or {@code null}; a trailing {@code .gz} is ignored. */
  public static InputType byFileName(String name) {
    String lower = stripGz(name);
    for (InputType t : values()) {
      for (String ext : t.extensions) {
        if (lower.endsWith(ext)) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * What a file name says the file is when that is a spreadsheet format heatmap does not read ("an
   * Excel binary workbook (.xlsb)"), else null.
   */
  static String unsupportedExtension(String name) {
    String lower = stripGz(name);
    if (lower.endsWith(".xlsb")) {
      return "an Excel binary workbook (.xlsb)";
    }
    if (lower.endsWith(".ods")) {
      return "an OpenDocument spreadsheet (.ods)";
    }
    if (lower.endsWith(".numbers")) {
      return "an Apple Numbers spreadsheet (.numbers)";
    }
    return null;
  }

  private static String stripGz(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
  }

  /** Whether a file name's extension says JSON lines ({@code .jsonl}, {@code .ndjson}). */
  static boolean isJsonLinesName(String name) {
    String lower = stripGz(name);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  /** Whether a file name's extension says tab-separated ({@code .tsv}). */
  static boolean isTsvName(String name) {
    return stripGz(name).endsWith(".tsv");
  }

  /** The type named {@code id} (case-insensitive), or {@code null}. */
  public static InputType byId(String id) {
    for (InputType t : values()) {
      if (t.id.equalsIgnoreCase(id)) {
        return t;
      }
    }
    return null;
  }

  /** Every type's command-line name, comma-separated, for messages that list the choices. */
  public static String names() {
    return Arrays.stream(values()).map(InputType::id).collect(Collectors.joining(", "));
  }
}
